import type { Cell, Table } from '../model/report-document.js';
import type { PageFlow, WrappedText } from './page-flow.js';
import type { PdfStructure } from './pdf-document.js';
import type { TextStyle } from './theme.js';

const PAD_X = 4;
const PAD_Y = 3.5;

interface CellLayout {
  readonly main: WrappedText;
  readonly detail: WrappedText | null;
}

interface RowLayout {
  readonly cells: readonly CellLayout[];
  readonly height: number;
}

// A column never needs more than this share of the table to keep its longest word whole (URLs break).
const MAX_WORD_SHARE = 0.3;

function longestWord(flow: PageFlow, text: string, style: TextStyle): number {
  return flow.fonts.widestWord(text, style.weight, style.size);
}

/**
 * Column widths: the template's relative widths, widened where a column's longest word would otherwise be split
 * (a translated header, a long owner name), taking the room from columns that have some to spare.
 */
function columnWidths(flow: PageFlow, table: Table): number[] {
  let widths = computed.get(table);
  if (widths === undefined) {
    widths = fitColumns(flow, table);
    computed.set(table, widths);
  }
  return widths;
}

// A table is measured before it is drawn; its widths are worked out once.
const computed = new WeakMap<Table, number[]>();

function fitColumns(flow: PageFlow, table: Table): number[] {
  const t = flow.theme;
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  const widths = table.columns.map((c) => (c.width / total) * flow.width);
  const needed = table.columns.map((c, k) => {
    const words = [longestWord(flow, c.header, t.cellBold), ...table.rows.map((r) => longestWord(flow, r[k]?.text ?? '', t.cell))];
    return Math.min(Math.max(...words) + 2 * PAD_X + 1, flow.width * MAX_WORD_SHARE);
  });
  const short = widths.reduce((s, w, k) => s + Math.max(0, (needed[k] ?? 0) - w), 0);
  const spare = widths.reduce((s, w, k) => s + Math.max(0, w - (needed[k] ?? 0)), 0);
  if (short === 0 || spare < short) return widths;
  return widths.map((w, k) => {
    const need = needed[k] ?? 0;
    return w < need ? need : w - ((w - need) / spare) * short;
  });
}

function layoutRow(flow: PageFlow, cells: readonly Cell[], widths: readonly number[], bold: boolean): RowLayout {
  const t = flow.theme;
  const laid = cells.map((cell, k) => {
    const inner = (widths[k] ?? 0) - 2 * PAD_X;
    return {
      main: flow.wrap(cell.text, bold ? t.cellBold : t.cell, inner),
      detail: cell.detail === undefined || cell.detail === '' ? null : flow.wrap(cell.detail, t.cellDetail, inner),
    };
  });
  const height = Math.max(...laid.map((c) => c.main.height + (c.detail?.height ?? 0))) + 2 * PAD_Y;
  return { cells: laid, height };
}

// A table starts on a page only with its header and this many rows (or all of a shorter table).
const FIRST_ROWS = 3;
const MAX_START = 160;

/** What must fit before a table may start on a page: its header and its first rows. */
export function tableStartHeight(flow: PageFlow, table: Table): number {
  const widths = columnWidths(flow, table);
  const header = layoutRow(flow, table.columns.map((c) => ({ text: c.header })), widths, true);
  const first = table.rows.slice(0, FIRST_ROWS).reduce((s, row) => s + layoutRow(flow, row, widths, false).height, 0);
  return header.height + Math.min(first, MAX_START);
}

/** The whole table's height, header included, for a table that must stay on one page. */
export function tableHeight(flow: PageFlow, table: Table): number {
  const widths = columnWidths(flow, table);
  const header = layoutRow(flow, table.columns.map((c) => ({ text: c.header })), widths, true);
  return table.rows.reduce((s, row) => s + layoutRow(flow, row, widths, false).height, header.height);
}

export function drawTable(flow: PageFlow, table: Table): void {
  const { doc, tags, theme } = flow;
  const c = theme.colours;
  const widths = columnWidths(flow, table);
  const xs = widths.map((_, k) => flow.left + widths.slice(0, k).reduce((s, w) => s + w, 0));
  const header = layoutRow(flow, table.columns.map((col) => ({ text: col.header })), widths, true);
  const rows = table.rows.map((r, k) => layoutRow(flow, r, widths, table.totalRow && k === table.rows.length - 1));
  const align = (k: number) => table.columns[k]?.align ?? 'left';

  const drawCells = (row: RowLayout, y: number, mark: (k: number, draw: () => void) => void, lineRange?: (k: number) => [number, number]) => {
    row.cells.forEach((cell, k) => {
      const x = (xs[k] ?? 0) + PAD_X;
      const width = (widths[k] ?? 0) - 2 * PAD_X;
      const [a, b] = lineRange?.(k) ?? [0, cell.main.lines.length + (cell.detail?.lines.length ?? 0)];
      mark(k, () => {
        const mainEnd = cell.main.lines.length;
        const mainFrom = Math.min(a, mainEnd);
        const mainTo = Math.min(b, mainEnd);
        if (mainTo > mainFrom) flow.drawLines(cell.main, x, y + PAD_Y, { from: mainFrom, to: mainTo, width, align: align(k) });
        if (cell.detail !== null && b > mainEnd) {
          const dFrom = Math.max(0, a - mainEnd);
          const offset = (mainTo - mainFrom) * cell.main.lineHeight;
          flow.drawLines(cell.detail, x, y + PAD_Y + offset, { from: dFrom, to: b - mainEnd, width, align: align(k) });
        }
      });
    });
  };

  const drawHeader = (repeat: boolean) => {
    const y = flow.y;
    tags.artifact(() => {
      doc.rect(flow.left, y, flow.width, header.height).fill(c.shade);
      doc.moveTo(flow.left, y + header.height).lineTo(flow.left + flow.width, y + header.height).lineWidth(0.8).strokeColor(c.primary).stroke();
    });
    if (repeat) {
      tags.artifact(() => drawCells(header, y, (_, draw) => draw()));
    } else {
      tags.open('TR');
      drawCells(header, y, (_, draw) => {
        const th = tags.child('TH', { scope: 'Column' });
        tags.mark(th, 'TH', draw);
        th.end();
      });
      tags.close();
    }
    flow.y += header.height;
  };

  const bodyHeight = flow.bottom - flow.top - header.height;
  tags.open('Table');
  flow.ensure(tableStartHeight(flow, table));
  drawHeader(false);
  rows.forEach((row, index) => {
    const isTotal = table.totalRow && index === rows.length - 1;
    if (row.height > flow.room && row.height <= bodyHeight) {
      flow.newPage();
      drawHeader(true);
    }
    tags.open('TR');
    const tds: PdfStructure[] = table.rows[index]?.map((cell) => tags.child('TD', flow.languageOf(cell.text))) ?? [];
    const progress = row.cells.map(() => 0);
    const totals = row.cells.map((cell) => cell.main.lines.length + (cell.detail?.lines.length ?? 0));
    // A row taller than a page is drawn in slices, each cell giving the lines that fit.
    for (;;) {
      const y = flow.y;
      const room = flow.room - 2 * PAD_Y;
      const ranges = row.cells.map((cell, k): [number, number] => {
        const from = progress[k] ?? 0;
        let height = 0;
        let to = from;
        while (to < (totals[k] ?? 0)) {
          const lh = to < cell.main.lines.length ? cell.main.lineHeight : (cell.detail?.lineHeight ?? 0);
          if (height + lh > room) break;
          height += lh;
          to += 1;
        }
        return [from, to];
      });
      const sliceHeight = Math.max(...ranges.map(([a, b], k) => heightOf(row.cells[k], a, b))) + 2 * PAD_Y;
      const rowHeight = Math.min(sliceHeight, row.height);
      tags.artifact(() => {
        if (isTotal) {
          doc.rect(flow.left, y, flow.width, rowHeight).fill(c.shade);
          doc.moveTo(flow.left, y).lineTo(flow.left + flow.width, y).lineWidth(0.8).strokeColor(c.primary).stroke();
        }
        doc.moveTo(flow.left, y + rowHeight).lineTo(flow.left + flow.width, y + rowHeight).lineWidth(0.4).strokeColor(c.rule).stroke();
      });
      drawCells(row, y, (k, draw) => {
        const td = tds[k];
        if (td !== undefined) tags.mark(td, 'TD', draw);
      }, (k) => ranges[k] ?? [0, 0]);
      ranges.forEach(([, b], k) => (progress[k] = b));
      flow.y += rowHeight;
      if (progress.every((p, k) => p >= (totals[k] ?? 0))) break;
      flow.newPage();
      drawHeader(true);
    }
    tds.forEach((td) => td.end());
    tags.close();
  });
  tags.close();
}

function heightOf(cell: CellLayout | undefined, from: number, to: number): number {
  if (cell === undefined) return 0;
  let h = 0;
  for (let i = from; i < to; i++) h += i < cell.main.lines.length ? cell.main.lineHeight : (cell.detail?.lineHeight ?? 0);
  return h;
}
