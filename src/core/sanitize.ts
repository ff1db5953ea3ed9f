// C0 controls other than newline and tab, DEL, and C1 controls (which include the CSI that starts terminal escapes).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

/** About one line of a terminal: enough to recognise what was written, never a whole paragraph. */
export const QUOTE_LENGTH = 80;

export function hasControlChars(text: string): boolean {
  return CONTROL.test(text);
}

/** Makes text from files safe to print: control characters become visible \xNN escapes. */
export function sanitize(text: string): string {
  return text.replace(CONTROL_ALL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Text from a file quoted inside a message: safe to print, kept on one line (line breaks and
 * tabs shown as \n and \t) and cut to about `max` characters, so that a long note or a whole
 * file read as one value never floods the screen.
 */
export function excerpt(text: string, max: number = QUOTE_LENGTH): string {
  const chars = Array.from(sanitize(text.replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t')));
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

/** A value from a file, quoted for a message: text in double quotes, anything else as JSON. */
export function quoted(value: unknown): string {
  return typeof value === 'string' ? `"${excerpt(value)}"` : excerpt(JSON.stringify(value) ?? String(value));
}
