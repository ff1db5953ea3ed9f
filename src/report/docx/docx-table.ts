import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Cell, Table as ModelTable } from '../model/report-document.js';
import { SIZES, wordColour, type PageLayout, NO_BORDER } from './docx-layout.js';
import { textRuns } from './script-text-runs.js';

interface TableLook {
  readonly layout: PageLayout;
  readonly language: string;
  readonly colours: { readonly muted: string; readonly rule: string; readonly shade: string; readonly primary: string };
  /** Keep the table on one page with what stands before it: Word's way is no row split and every row kept with the next. */
  readonly whole?: boolean;
}

function cellParagraphs(cell: Cell, align: 'left' | 'right', bold: boolean, look: TableLook, keepNext: boolean, colour?: string): Paragraph[] {
  const alignment = align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const main = new Paragraph({
    alignment,
    keepNext,
    spacing: { before: 0, after: 0 },
    children: textRuns(cell.text, { size: SIZES.cell, bold, ...(colour === undefined ? {} : { colour }) }, look.language),
  });
  if (cell.detail === undefined) return [main];
  const detail = new Paragraph({
    alignment,
    keepNext,
    spacing: { before: 20, after: 0 },
    children: textRuns(cell.detail, { size: SIZES.detail, colour: wordColour(look.colours.muted) }, look.language),
  });
  return [main, detail];
}

/**
 * A report table as a Word table: its header row repeats on every page a long table runs onto,
 * and the column shares become fixed widths, so Word and LibreOffice lay it out alike.
 */
export function docxTable(table: ModelTable, look: TableLook): Table {
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  const widths = table.columns.map((c) => Math.floor((look.layout.content * c.width) / total));
  const rule = { style: BorderStyle.SINGLE, size: 4, color: wordColour(look.colours.rule) };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (column, k) =>
        new TableCell({
          width: { size: widths[k] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: wordColour(look.colours.shade), color: 'auto' },
          children: cellParagraphs({ text: column.header }, column.align, true, look, true, wordColour(look.colours.primary)),
        }),
    ),
  });
  const rows = table.rows.map((row, r) => {
    const isTotal = table.totalRow && r === table.rows.length - 1;
    const keepNext = look.whole === true && r < table.rows.length - 1;
    // A row may run onto the next page: an answer with a long note would otherwise leave half a page blank.
    return new TableRow({
      ...(look.whole === true ? { cantSplit: true } : {}),
      children: table.columns.map(
        (column, k) =>
          new TableCell({
            width: { size: widths[k] ?? 0, type: WidthType.DXA },
            children: cellParagraphs(row[k] ?? { text: '' }, column.align, isTotal, look, keepNext),
          }),
      ),
    });
  });
  return new Table({
    width: { size: look.layout.content, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 50, bottom: 50, left: 60, right: 60 },
    borders: { top: rule, bottom: rule, insideHorizontal: rule, left: NO_BORDER, right: NO_BORDER, insideVertical: NO_BORDER },
    rows: [header, ...rows],
  });
}
