import type { Question, Tick } from '../sheet/questionnaire.js';
import type { PageFlow, WrappedText } from './page-flow.js';
import type { TextStyle } from './theme.js';

const BOX = 8.5;
const BOX_COLUMN = 15;
const SUB_INDENT = 18;
/** The level's name ("2 Defined") sits in a column of its own, the statement beside it. */
const LABEL_COLUMN = 100;
const COLUMN_GAP = 8;
/** Height of a line to write on by hand. */
const WRITING_LINE = 20;
/** The least stretch of line after a label that still leaves room to write. */
const SHORTEST_BLANK = 90;
const ROW_GAP = 3;

/** A piece of a question as laid out: its height is known before anything is drawn. */
interface Row {
  readonly height: number;
  draw(y: number): void;
}

/** Rows that write text in one structure element each. */
function textRow(flow: PageFlow, tag: string, text: string, style: TextStyle, x: number, width: number, after = ROW_GAP): Row {
  const wrapped = flow.wrap(text, style, width);
  return {
    height: wrapped.height + after,
    draw: (y) => flow.tags.leaf(tag, () => flow.drawLines(wrapped, x, y, { width }), flow.languageOf(text)),
  };
}

function box(flow: PageFlow, x: number, y: number, lineHeight: number): void {
  const top = y + (lineHeight - BOX) / 2;
  flow.tags.artifact(() => flow.doc.rect(x, top, BOX, BOX).lineWidth(0.8).strokeColor(flow.theme.colours.text).stroke());
}

/** A line to write on, from x to the right edge, drawn so that handwriting sits on it. */
function blank(flow: PageFlow, x: number, baseline: number): void {
  flow.tags.artifact(() =>
    flow.doc
      .moveTo(x, baseline)
      .lineTo(flow.left + flow.width, baseline)
      .lineWidth(0.5)
      .strokeColor(flow.theme.colours.muted)
      .stroke(),
  );
}

/** The baseline of the last line of a wrapped text drawn at y: where a blank after it goes. */
function lastBaseline(text: WrappedText, y: number): number {
  return y + text.height - text.lineHeight * 0.25;
}

/** A label with room to write after it: on its last line if there is room enough, else on a line of its own. */
function writeInRow(flow: PageFlow, label: string, style: TextStyle, x: number, tag: string, beside?: (top: number, lineHeight: number) => void): Row {
  const width = flow.left + flow.width - x;
  const wrapped = flow.wrap(label, style, width);
  const last = wrapped.lines[wrapped.lines.length - 1];
  const inline = last !== undefined && width - last.width >= SHORTEST_BLANK;
  const textHeight = Math.max(wrapped.height, WRITING_LINE);
  return {
    height: textHeight + (inline ? 0 : WRITING_LINE) + ROW_GAP,
    draw: (y) => {
      const top = y + textHeight - wrapped.height;
      beside?.(top, wrapped.lineHeight);
      flow.tags.leaf(tag, () => flow.drawLines(wrapped, x, top, { width }), flow.languageOf(label));
      if (inline) blank(flow, x + (last?.width ?? 0) + 4, lastBaseline(wrapped, top));
      else blank(flow, x, y + textHeight + WRITING_LINE - 4);
    },
  };
}

/** A line to write on across the whole width, below the label it continues. */
function writingLine(flow: PageFlow): Row {
  return { height: WRITING_LINE, draw: (y) => blank(flow, flow.left, y + WRITING_LINE - 4) };
}

function tickRows(flow: PageFlow, tick: Tick, indent: number): Row[] {
  const { theme, tags } = flow;
  const x = flow.left + indent;
  const textX = x + BOX_COLUMN;
  const right = flow.left + flow.width;
  let row: Row;
  if (tick.writeIn === true) {
    row = writeInRow(flow, tick.label, theme.body, textX, 'LBody', (top, lineHeight) => box(flow, x, top, lineHeight));
  } else if (tick.detail === undefined) {
    const label = flow.wrap(tick.label, theme.body, right - textX);
    row = {
      height: label.height + ROW_GAP,
      draw: (y) => {
        box(flow, x, y, label.lineHeight);
        tags.leaf('LBody', () => flow.drawLines(label, textX, y), flow.languageOf(tick.label));
      },
    };
  } else {
    const label = flow.wrap(tick.label, { ...theme.body, weight: 'bold' }, LABEL_COLUMN);
    const detailX = textX + LABEL_COLUMN + COLUMN_GAP;
    const detail = flow.wrap(tick.detail, theme.body, right - detailX);
    const { detail: detailText } = tick;
    row = {
      height: Math.max(label.height, detail.height) + ROW_GAP,
      draw: (y) => {
        box(flow, x, y, label.lineHeight);
        tags.leaf('Lbl', () => flow.drawLines(label, textX, y), flow.languageOf(tick.label));
        tags.leaf('LBody', () => flow.drawLines(detail, detailX, y), flow.languageOf(detailText));
      },
    };
  }
  const item: Row = { height: row.height, draw: (y) => (tags.open('LI'), row.draw(y), tags.close()) };
  const under = tick.under ?? [];
  if (under.length === 0) return [item];
  // The boxes under this one form a list inside the item: opened with its first and closed after its last.
  const subRows = under.flatMap((t) => tickRows(flow, t, indent + SUB_INDENT));
  return [
    { height: row.height, draw: (y) => (tags.open('LI'), row.draw(y), tags.open('L')) },
    ...subRows.slice(0, -1),
    ...subRows.slice(-1).map((last) => ({ height: last.height, draw: (y: number) => (last.draw(y), tags.close(), tags.close()) })),
  ];
}

/** Rows of a list of ticks, inside one list element. */
function tickList(flow: PageFlow, ticks: readonly Tick[]): Row[] {
  const rows = ticks.flatMap((t) => tickRows(flow, t, 0));
  if (rows.length === 0) return [];
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return [];
  if (rows.length === 1) return [{ height: first.height, draw: (y) => (flow.tags.open('L'), first.draw(y), flow.tags.close()) }];
  return [
    { height: first.height, draw: (y) => (flow.tags.open('L'), first.draw(y)) },
    ...rows.slice(1, -1),
    { height: last.height, draw: (y) => (last.draw(y), flow.tags.close()) },
  ];
}

function headerRow(flow: PageFlow, q: Question): Row {
  const { theme, tags, doc } = flow;
  const heading = `${q.number}  ${q.heading}`;
  const title = flow.wrap(heading, theme.h2, flow.width);
  // Small, under the title: the key to type the answers in by later.
  const id = flow.wrap(q.idLine, theme.caption, flow.width);
  return {
    height: 6 + title.height + id.height + ROW_GAP,
    draw: (y) => {
      tags.artifact(() => doc.moveTo(flow.left, y).lineTo(flow.left + flow.width, y).lineWidth(0.8).strokeColor(theme.colours.rule).stroke());
      tags.leaf('H2', () => flow.drawLines(title, flow.left, y + 6), flow.languageOf(heading));
      tags.leaf('P', () => flow.drawLines(id, flow.left, y + 6 + title.height));
    },
  };
}

function questionRows(flow: PageFlow, q: Question, roomy: boolean): Row[] {
  const { theme } = flow;
  const full = (tag: string, text: string, style: TextStyle, after?: number) => textRow(flow, tag, text, style, flow.left, flow.width, after);
  return [
    headerRow(flow, q),
    full('P', q.question, theme.h3),
    full('P', q.guidance, theme.muted),
    ...q.conditions.map((c) => full('P', c, { ...theme.muted, weight: 'bold' })),
    ...(q.choicesIntro === undefined ? [] : [full('P', q.choicesIntro, theme.body)]),
    ...tickList(flow, q.choices),
    ...q.figures.map((f) => writeInRow(flow, f, theme.body, flow.left, 'P')),
    ...tickList(flow, [q.notApplicable, q.dontKnow]),
    full('P', q.evidence.prompt, theme.muted),
    ...q.evidence.needed.map((n) => full('P', n, theme.muted)),
    ...q.lines.flatMap((l) => [writeInRow(flow, l.label, theme.body, flow.left, 'P'), ...Array.from({ length: roomy ? l.rows - 1 : 0 }, () => writingLine(flow))]),
  ];
}

const heightOf = (rows: readonly Row[]): number => rows.reduce((sum, r) => sum + r.height, 0);

/**
 * Draws one question, whole on one page whenever a page can hold it. The first question of a
 * section stays with the section's title: where it would not fit below it, it gives up its
 * extra lines to write on. Only a question taller than a page breaks, between its rows.
 */
export function drawQuestion(flow: PageFlow, q: Question, first: boolean): void {
  const roomy = questionRows(flow, q, true);
  const compact = questionRows(flow, q, false);
  const page = flow.bottom - flow.top;
  let rows = roomy;
  if (heightOf(roomy) > flow.room) {
    if (first || heightOf(roomy) > page) rows = compact;
    else flow.newPage();
  }
  flow.tags.open('Sect');
  for (const row of rows) {
    flow.ensure(row.height);
    const y = flow.y;
    row.draw(y);
    flow.y = y + row.height;
  }
  flow.tags.close();
}
