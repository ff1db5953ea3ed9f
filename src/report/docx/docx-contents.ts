import { Bookmark, InternalHyperlink, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type ParagraphChild } from 'docx';
import type { Contents } from '../model/report-document.js';
import type { DocxContext } from './docx-context.js';
import { SIZES, wordColour, NO_BORDERS } from './docx-layout.js';
import { textRuns } from './script-text-runs.js';

/** Word's bookmark names take letters, digits and underscores, at most 40 characters. */
function bookmarkName(sectionId: string): string {
  return `s_${sectionId.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);
}

/** A section heading's runs inside the bookmark its contents entry links to. */
export function bookmarked(sectionId: string, children: ParagraphChild[]): ParagraphChild[] {
  return [new Bookmark({ id: bookmarkName(sectionId), children })];
}

/**
 * The table of contents as links to the bookmarks at each section's heading, the body on the
 * left and the annexes on the right, as on the PDF's cover. Word can't fill a page-number field
 * until the reader updates it, and LibreOffice leaves it empty, so the entries carry no
 * numbers: a click (Ctrl+click in Word) goes to the section.
 */
export function contentsChildren(ctx: DocxContext, contents: Contents): (Paragraph | Table)[] {
  const lang = ctx.language;
  const link = (id: string, title: string) =>
    new Paragraph({
      spacing: { after: 40 },
      children: [new InternalHyperlink({ anchor: bookmarkName(id), children: textRuns(title, { size: SIZES.muted, colour: wordColour(ctx.colours.primary) }, lang) })],
    });
  const heading = (text: string) => new Paragraph({ keepNext: true, spacing: { after: 60 }, children: textRuns(text, { bold: true, size: SIZES.muted, colour: wordColour(ctx.colours.muted) }, lang) });
  const body = contents.entries.filter((e) => !e.annex).map((e) => link(e.id, e.title));
  const annexes = contents.entries.filter((e) => e.annex).map((e) => link(e.id, e.title));
  const half = Math.floor(ctx.layout.content / 2);
  const column = (children: Paragraph[]) => new TableCell({ width: { size: half, type: WidthType.DXA }, children: children.length === 0 ? [new Paragraph({})] : children });
  return [
    new Paragraph({ keepNext: true, spacing: { before: 240 }, children: textRuns(contents.title, { bold: true, size: SIZES.lead, colour: wordColour(ctx.colours.primary) }, lang) }),
    new Table({
      width: { size: 2 * half, type: WidthType.DXA },
      columnWidths: [half, half],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      margins: { top: 0, bottom: 0, left: 0, right: 240 },
      rows: [new TableRow({ children: [column(body), column(annexes.length === 0 ? [] : [heading(contents.annexesTitle), ...annexes])] })],
    }),
  ];
}
