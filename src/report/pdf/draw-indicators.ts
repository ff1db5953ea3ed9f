import type { IndicatorEntries, IndicatorEntry } from '../model/report-document.js';
import type { PageFlow, WrappedText } from './page-flow.js';
import type { PdfStructureOptions } from './pdf-document.js';
import { STANDING_MARK } from '../look/standing-look.js';
import { drawStandingShape } from './standing-marks.js';
import type { TextStyle } from './theme.js';

const SHARES = [0.46, 0.54];
const PAD_X = 4;
const PAD_Y = 4;
const BOX = 6;
const ITEM_INDENT = 11;
const SHAPE = 6;

// The standing's mark beside the level, in a colour that holds on white.
/** A line of a column: it knows its height and draws itself from a top edge. */
interface Atom {
  readonly height: number;
  /** The structure element it belongs to, by its place among the entry's elements. */
  readonly element: number;
  draw(y: number): void;
}

interface Laid {
  readonly columns: readonly (readonly Atom[])[];
  /** The entry's paragraphs, in reading order, as structure options. */
  readonly elements: readonly PdfStructureOptions[];
  readonly height: number;
}

function lines(flow: PageFlow, element: number, text: WrappedText, x: number, width: number): Atom[] {
  return text.lines.map((_, k) => ({
    height: text.lineHeight,
    element,
    draw: (y: number) => flow.drawLines(text, x, y, { from: k, to: k + 1, width }),
  }));
}

function columnHeight(atoms: readonly Atom[]): number {
  return atoms.reduce((s, a) => s + a.height, 0);
}

/**
 * Lays one entry out in two columns: the indicator with its level, descriptor and any checklist
 * items, and beside it the note and the evidence. Structure elements are made in reading order.
 */
function layout(flow: PageFlow, entry: IndicatorEntry, labels: IndicatorEntries['labels']): Laid {
  const t = flow.theme;
  const { tags } = flow;
  const widths = SHARES.map((s) => s * flow.width);
  const xs = widths.map((_, k) => flow.left + widths.slice(0, k).reduce((s, w) => s + w, 0) + PAD_X);
  const inner = widths.map((w) => w - 2 * PAD_X);
  const elements: PdfStructureOptions[] = [];
  const element = (options: PdfStructureOptions = {}): number => elements.push(options) - 1;
  const text = (s: string, style: TextStyle, k: number, indent = 0) => flow.wrap(s, style, (inner[k] ?? 0) - indent);

  const first: Atom[] = [];
  const titleEl = element(flow.languageOf(entry.title));
  first.push(...lines(flow, titleEl, text(entry.title, t.cellBold, 0), xs[0] ?? 0, inner[0] ?? 0));
  if (entry.critical !== null) first.push(...lines(flow, titleEl, text(entry.critical, { ...t.cellDetail, color: t.colours.accent }, 0), xs[0] ?? 0, inner[0] ?? 0));

  const levelEl = element();
  // The target shares the level's line: the two are read together.
  const level = text(entry.target === null ? entry.level : `${entry.level} · ${entry.target}`, t.cellBold, 0, SHAPE + 4);
  const levelLines = lines(flow, levelEl, level, (xs[0] ?? 0) + SHAPE + 4, (inner[0] ?? 0) - SHAPE - 4);
  const firstLevel = levelLines[0];
  if (firstLevel !== undefined) {
    levelLines[0] = {
      ...firstLevel,
      draw: (y) => {
        tags.artifact(() => drawStandingShape(flow, entry.standing, xs[0] ?? 0, y + (level.lineHeight - SHAPE) / 2, SHAPE, STANDING_MARK[entry.standing]));
        firstLevel.draw(y);
      },
    };
  }
  first.push(...levelLines);
  if (entry.levelDetail !== null && entry.levelDetail !== '') first.push(...lines(flow, levelEl, text(entry.levelDetail, t.cellDetail, 0), xs[0] ?? 0, inner[0] ?? 0));
  for (const item of entry.checklist) {
    const state = item.ticked ? labels.ticked : labels.unticked;
    const itemEl = element({ actual: `${state}: ${item.label}` });
    // Items in the smaller type: a long checklist must not push its indicator off the page.
    const label = text(item.label, { ...t.cellDetail, leading: 1.35, color: item.ticked ? t.colours.text : t.colours.muted }, 0, ITEM_INDENT);
    const itemLines = lines(flow, itemEl, label, (xs[0] ?? 0) + ITEM_INDENT, (inner[0] ?? 0) - ITEM_INDENT);
    const head = itemLines[0];
    if (head !== undefined) {
      itemLines[0] = {
        ...head,
        draw: (y) => {
          tags.artifact(() => drawBox(flow, xs[0] ?? 0, y + (label.lineHeight - BOX) / 2, item.ticked));
          head.draw(y);
        },
      };
    }
    first.push(...itemLines);
  }

  const third: Atom[] = [];
  if (entry.note !== null) {
    const noteEl = element(flow.languageOf(entry.note));
    third.push(...lines(flow, noteEl, text(entry.note, t.cell, 1), xs[1] ?? 0, inner[1] ?? 0));
  }
  const evidenceEl = element();
  const evidence = entry.evidence.length === 0 ? [labels.noEvidence] : entry.evidence;
  evidence.forEach((e, k) => {
    const line = k === 0 ? `${labels.evidence}: ${e}` : e;
    third.push(...lines(flow, evidenceEl, text(line, t.cellDetail, 1), xs[1] ?? 0, inner[1] ?? 0));
  });

  const columns = [first, third];
  return { columns, elements, height: Math.max(...columns.map(columnHeight)) + 2 * PAD_Y };
}

function drawBox(flow: PageFlow, x: number, y: number, ticked: boolean): void {
  const { doc, theme } = flow;
  doc.save();
  if (ticked) {
    doc.rect(x, y, BOX, BOX).fill(theme.colours.primary);
    doc.moveTo(x + 1.3, y + BOX * 0.55).lineTo(x + BOX * 0.42, y + BOX - 1.4).lineTo(x + BOX - 1.1, y + 1.3).lineWidth(1).strokeColor('#ffffff').stroke();
  } else {
    doc.rect(x + 0.3, y + 0.3, BOX - 0.6, BOX - 0.6).lineWidth(0.7).strokeColor(theme.colours.muted).stroke();
  }
  doc.restore();
}

function indicatorEntryHeight(flow: PageFlow, entry: IndicatorEntry, labels: IndicatorEntries['labels']): number {
  return layout(flow, entry, labels).height;
}

/** What must fit for the entries to start on a page: the first of them. */
export function indicatorsStartHeight(flow: PageFlow, block: IndicatorEntries): number {
  const first = block.entries[0];
  return first === undefined ? 0 : Math.min(indicatorEntryHeight(flow, first, block.labels), flow.bottom - flow.top);
}

/** Each indicator on a band of its own, moved on whole where it fits a page and sliced where it does not. */
export function drawIndicators(flow: PageFlow, block: IndicatorEntries): void {
  const { doc, tags, theme } = flow;
  const pageBody = flow.bottom - flow.top;
  tags.open('Div');
  for (const entry of block.entries) {
    const laid = layout(flow, entry, block.labels);
    if (laid.height > flow.room && laid.height <= pageBody) flow.newPage();
    tags.open('Div');
    const elements = laid.elements.map((options) => tags.child('P', options));
    const progress = laid.columns.map(() => 0);
    for (;;) {
      const y = flow.y + PAD_Y;
      const room = flow.room - 2 * PAD_Y;
      let used = 0;
      laid.columns.forEach((atoms, k) => {
        let h = 0;
        let i = progress[k] ?? 0;
        while (i < atoms.length) {
          const atom = atoms[i];
          if (atom === undefined || h + atom.height > room) break;
          const top = y + h;
          const element = elements[atom.element];
          if (element !== undefined) tags.mark(element, 'P', () => atom.draw(top));
          h += atom.height;
          i += 1;
        }
        progress[k] = i;
        used = Math.max(used, h);
      });
      const bottom = flow.y + used + 2 * PAD_Y;
      tags.artifact(() => doc.moveTo(flow.left, bottom).lineTo(flow.left + flow.width, bottom).lineWidth(0.4).strokeColor(theme.colours.rule).stroke());
      flow.y = bottom;
      if (laid.columns.every((atoms, k) => (progress[k] ?? 0) >= atoms.length)) break;
      flow.newPage();
    }
    for (const element of elements) element.end();
    tags.close();
  }
  tags.close();
}
