import type { Figures, List, Paragraph } from '../model/report-document.js';
import type { PageFlow } from './page-flow.js';
import type { TextStyle } from './theme.js';

const LIST_INDENT = 16;

function toneStyle(flow: PageFlow, tone: Paragraph['tone']): TextStyle {
  return tone === 'lead' ? flow.theme.lead : tone === 'muted' ? flow.theme.muted : flow.theme.body;
}

export function paragraphStartHeight(flow: PageFlow, p: Paragraph): number {
  const text = flow.wrap(p.text, toneStyle(flow, p.tone), flow.width);
  return Math.min(text.lines.length, 2) * text.lineHeight;
}

/** The whole height of a paragraph, where it must stay with what follows it. */
export function paragraphHeight(flow: PageFlow, p: Paragraph): number {
  return flow.wrap(p.text, toneStyle(flow, p.tone), flow.width).height;
}

export function drawParagraph(flow: PageFlow, p: Paragraph): void {
  const text = flow.wrap(p.text, toneStyle(flow, p.tone), flow.width);
  const element = flow.tags.child('P', flow.languageOf(p.text));
  flow.flowText(element, 'P', text, flow.left, flow.width);
  element.end();
}

/** A heading inside a section; the caller keeps it with what follows. */
export function headingHeight(flow: PageFlow, text: string, style: TextStyle): number {
  return flow.wrap(text, style, flow.width).height;
}

export function drawHeading(flow: PageFlow, tag: 'H2' | 'H3', text: string, style: TextStyle): void {
  const wrapped = flow.wrap(text, style, flow.width);
  const y = flow.y;
  flow.tags.leaf(tag, () => flow.drawLines(wrapped, flow.left, y, { width: flow.width }));
  flow.y += wrapped.height;
}

function marker(list: List, k: number): string {
  return list.ordered ? `${k + 1}.` : '•';
}

export function listStartHeight(flow: PageFlow, list: List): number {
  const first = list.items[0];
  if (first === undefined) return 0;
  const text = flow.wrap(first, flow.theme.body, flow.width - LIST_INDENT);
  return Math.min(text.lines.length, 2) * text.lineHeight;
}

export function drawList(flow: PageFlow, list: List): void {
  const { tags, theme } = flow;
  tags.open('L');
  list.items.forEach((item, k) => {
    const text = flow.wrap(item, theme.body, flow.width - LIST_INDENT);
    const label = flow.wrap(marker(list, k), { ...theme.body, color: theme.colours.accent }, LIST_INDENT);
    tags.open('LI');
    const lbl = tags.child('Lbl');
    const body = tags.child('LBody', flow.languageOf(item));
    flow.flowText(body, 'LBody', text, flow.left + LIST_INDENT, flow.width - LIST_INDENT, (y) =>
      tags.mark(lbl, 'Lbl', () => flow.drawLines(label, flow.left, y)),
    );
    lbl.end();
    body.end();
    tags.close();
    if (k < list.items.length - 1) flow.y += 2;
  });
  tags.close();
}

const FIGURE_GAP = 10;
const FIGURE_PAD = 9;

function figureLayout(flow: PageFlow, figures: Figures) {
  const t = flow.theme;
  const count = Math.max(1, figures.items.length);
  const width = (flow.width - FIGURE_GAP * (count - 1)) / count;
  const inner = width - 2 * FIGURE_PAD;
  const tiles = figures.items.map((f) => ({
    label: flow.wrap(f.label.toUpperCase(), { ...t.caption, weight: 'bold' }, inner),
    value: flow.wrap(f.value, t.figureValue, inner),
    note: flow.wrap(f.note, t.caption, inner),
  }));
  const height = Math.max(...tiles.map((x) => x.label.height + x.value.height + x.note.height)) + 2 * FIGURE_PAD + 4;
  return { width, tiles, height };
}

export function figuresHeight(flow: PageFlow, figures: Figures): number {
  return figureLayout(flow, figures).height;
}

/** Headline figures side by side, each in a tinted tile. */
export function drawFigures(flow: PageFlow, figures: Figures): void {
  const { doc, tags, theme } = flow;
  const { width, tiles, height } = figureLayout(flow, figures);
  flow.ensure(height);
  const y = flow.y;
  tags.open('Div');
  tiles.forEach((tile, k) => {
    const x = flow.left + k * (width + FIGURE_GAP);
    tags.artifact(() => {
      doc.rect(x, y, width, height).fill(theme.colours.shade);
      doc.rect(x, y, 3, height).fill(theme.colours.accent);
    });
    tags.leaf('P', () => {
      let cursor = y + FIGURE_PAD;
      flow.drawLines(tile.label, x + FIGURE_PAD, cursor);
      cursor += tile.label.height;
      flow.drawLines(tile.value, x + FIGURE_PAD, cursor);
      cursor += tile.value.height + 2;
      flow.drawLines(tile.note, x + FIGURE_PAD, cursor);
    });
  });
  tags.close();
  // A little more air below the tiles than between ordinary blocks.
  flow.y = Math.min(y + height + 6, flow.bottom);
}
