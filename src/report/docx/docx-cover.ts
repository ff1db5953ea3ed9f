import { AlignmentType, BorderStyle, ImageRun, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Cover } from '../model/report-document.js';
import { SIZES, wordColour, NO_BORDERS } from './docx-layout.js';
import { contentsChildren } from './docx-contents.js';
import type { DocxContext } from './docx-context.js';
import { imageSize } from './image-size.js';
import { textRuns } from './script-text-runs.js';

const LOGO_BOX = [160, 80] as const;

function logoParagraph(ctx: DocxContext, logo: Uint8Array, name: string): Paragraph[] {
  const size = imageSize(logo);
  if (size === null || size.width === 0 || size.height === 0) return [];
  const scale = Math.min(LOGO_BOX[0] / size.width, LOGO_BOX[1] / size.height, 1);
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [
        new ImageRun({
          type: size.type,
          data: logo,
          transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
          altText: { id: String(ctx.nextImageId()), name: name, title: name, description: name },
        }),
      ],
    }),
  ];
}

/** The title page: organisation, title, whom it was prepared for, the facts, the contents, the disclaimer. */
export function coverChildren(ctx: DocxContext, cover: Cover, logo: Uint8Array | null): (Paragraph | Table)[] {
  const c = ctx.colours;
  const lang = ctx.language;
  const labelWidth = Math.round(ctx.layout.content * 0.3);
  const facts = new Table({
    width: { size: ctx.layout.content, type: WidthType.DXA },
    columnWidths: [labelWidth, ctx.layout.content - labelWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 40, bottom: 40, left: 0, right: 80 },
    rows: cover.lines.map(
      (line) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: labelWidth, type: WidthType.DXA }, children: [new Paragraph({ children: textRuns(line.label, { colour: wordColour(c.muted) }, lang) })] }),
            new TableCell({ width: { size: ctx.layout.content - labelWidth, type: WidthType.DXA }, children: [new Paragraph({ children: textRuns(line.value, {}, lang) })] }),
          ],
        }),
    ),
  });
  const accent = { style: BorderStyle.SINGLE, size: 24, color: wordColour(c.accent), space: 8 };
  // With the contents on it, the page has room for less air between its parts.
  const air = cover.contents === undefined ? 1 : 0.5;
  return [
    ...(logo === null ? [] : logoParagraph(ctx, logo, cover.organisation)),
    new Paragraph({ spacing: { after: 1200 * air }, children: textRuns(cover.organisation, { bold: true, colour: wordColour(c.primary) }, lang) }),
    new Paragraph({ style: 'Title', children: textRuns(cover.title, {}, lang) }),
    new Paragraph({ style: 'Subtitle', spacing: { after: 720 * air }, children: textRuns(cover.subtitle, {}, lang) }),
    new Paragraph({ border: { left: accent }, spacing: { after: 0 }, children: textRuns(cover.preparedFor.toUpperCase(), { size: SIZES.caption, bold: true, colour: wordColour(c.muted) }, lang) }),
    new Paragraph({ border: { left: accent }, spacing: { after: 480 * air }, children: textRuns(cover.ministry, { size: SIZES.ministry, bold: true }, lang) }),
    facts,
    // The contents stand above the disclaimer, as on the PDF's cover.
    ...(cover.contents === undefined ? [] : contentsChildren(ctx, cover.contents)),
    new Paragraph({
      spacing: { before: 720 * air },
      shading: { type: ShadingType.CLEAR, fill: wordColour(c.shade), color: 'auto' },
      border: { top: { style: BorderStyle.SINGLE, size: 1, color: wordColour(c.shade), space: 6 }, bottom: { style: BorderStyle.SINGLE, size: 1, color: wordColour(c.shade), space: 6 } },
      children: textRuns(cover.disclaimer, { size: SIZES.muted, colour: wordColour(c.muted) }, lang),
    }),
  ];
}
