import type { Contents, ContentsEntry } from '../model/report-document.js';
import type { PageFlow } from './page-flow.js';
import type { PdfLinkOptions, PdfStructure } from './pdf-document.js';

const ROW_GAP = 3;
const NUMBER_WIDTH = 24;
const COLUMN_GAP = 24;

/** Where each section starts: its page index and the top of its title. */
type SectionStarts = ReadonlyMap<string, { readonly page: number; readonly y: number }>;

/** A table of contents drawn before its page numbers are known; `finish` adds them and the links. */
export interface PendingContents {
  finish(starts: SectionStarts): void;
}

interface Row {
  readonly entry: ContentsEntry;
  readonly link: PdfStructure;
  readonly item: PdfStructure;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function columnHeight(flow: PageFlow, entries: readonly ContentsEntry[], width: number): number {
  return entries.reduce((s, e) => s + flow.wrap(e.title, flow.theme.body, width - NUMBER_WIDTH).height + ROW_GAP, 0);
}

function columnsOf(contents: Contents): [ContentsEntry[], ContentsEntry[]] {
  return [contents.entries.filter((e) => !e.annex), contents.entries.filter((e) => e.annex)];
}

export function contentsHeight(flow: PageFlow, contents: Contents): number {
  const width = (flow.width - COLUMN_GAP) / 2;
  const title = flow.wrap(contents.title, flow.theme.h2, flow.width).height;
  const annexes = flow.wrap(contents.annexesTitle, flow.theme.h3, width).height;
  const [body, annex] = columnsOf(contents);
  return title + 4 + Math.max(columnHeight(flow, body, width), annexes + columnHeight(flow, annex, width));
}

/**
 * The body's sections on the left, the annexes on the right, each a link to where it starts.
 * The page numbers come from the layout, so the structure stays open until they are drawn.
 */
export function drawContents(flow: PageFlow, contents: Contents): PendingContents {
  const { doc, tags, theme } = flow;
  flow.ensure(contentsHeight(flow, contents));
  const width = (flow.width - COLUMN_GAP) / 2;
  const page = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  const titleY = flow.y;
  const title = flow.wrap(contents.title, theme.h2, flow.width);
  tags.leaf('H2', () => flow.drawLines(title, flow.left, titleY));
  const top = titleY + title.height + 4;
  const toc = tags.child('TOC');
  const rows: Row[] = [];
  const [body, annex] = columnsOf(contents);
  const column = (entries: readonly ContentsEntry[], x: number, start: number): number => {
    let y = start;
    for (const entry of entries) {
      const text = flow.wrap(entry.title, theme.body, width - NUMBER_WIDTH);
      const item = doc.struct('TOCI');
      toc.add(item);
      const link = doc.struct('Link');
      item.add(link);
      const rowY = y;
      tags.mark(link, 'Link', () => flow.drawLines(text, x, rowY));
      rows.push({ entry, link, item, x, y: rowY, width, height: text.height });
      y += text.height + ROW_GAP;
    }
    return y;
  };
  const leftEnd = column(body, flow.left, top);
  const right = flow.left + width + COLUMN_GAP;
  const annexTitle = flow.wrap(contents.annexesTitle, theme.h3, width);
  let rightEnd = top;
  if (annex.length > 0) {
    const item = doc.struct('TOCI');
    toc.add(item);
    const lbl = doc.struct('Lbl');
    item.add(lbl);
    tags.mark(lbl, 'Lbl', () => flow.drawLines(annexTitle, right, top));
    lbl.end();
    item.end();
    rightEnd = column(annex, right, top + annexTitle.height);
  }
  flow.y = Math.max(leftEnd, rightEnd);

  return {
    finish(starts) {
      doc.switchToPage(page);
      for (const row of rows) {
        const start = starts.get(row.entry.id);
        if (start !== undefined) {
          const number = flow.wrap(String(start.page + 1), theme.body, NUMBER_WIDTH);
          tags.mark(row.link, 'Link', () => flow.drawLines(number, row.x + row.width - NUMBER_WIDTH, row.y, { width: NUMBER_WIDTH, align: 'right' }));
          const options: PdfLinkOptions = { structParent: row.link };
          doc.goTo(row.x, row.y, row.width, row.height, row.entry.id, options);
        }
        row.link.end();
        row.item.end();
      }
      toc.end();
    },
  };
}
