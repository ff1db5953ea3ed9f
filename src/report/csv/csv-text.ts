/**
 * A spreadsheet opening a CSV file runs a cell that begins with =, +, -, @, a tab or a carriage
 * return as a formula, and text in gret's CSV files comes from answers files, packs and file
 * names that anyone may have written (CSV injection, as OWASP describes it). Such a cell gets a
 * leading single quote, which spreadsheets take as "this is text". A cell that is a plain
 * decimal number (`-3.5`, `12`) is left as it is: a number cannot be a formula, and gret's own
 * figures, negative ones included, must stay numbers a spreadsheet can add up.
 */
function csvCell(value: string): string {
  if (/^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value)) return `'${value}`;
  return value;
}

/** A value that neither csvCell nor quoting changes: most of them, so most fields are looked at once. */
const AS_IT_IS = /^(?![=+\-@\t\r])[^",\r\n]*$/;

/** One CSV field, neutralised, then quoted when RFC 4180 requires it (comma, quote, CR or LF). */
export function csvField(value: string): string {
  if (AS_IT_IS.test(value)) return value;
  const cell = csvCell(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The UTF-8 byte order mark a CSV file opens with: spreadsheets need it to read UTF-8. */
export const CSV_START = '\uFEFF';

/** RFC 4180 rows, each ended with CRLF: a file is CSV_START and its rows, however many pieces they come in. */
export function csvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/** RFC 4180 CSV with CRLF line ends and a UTF-8 byte order mark. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `${CSV_START}${csvRows(rows)}`;
}
