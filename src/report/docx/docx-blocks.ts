import { HeadingLevel, ImageRun, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type ParagraphChild } from 'docx';
import { MESSAGE_STANDING, STANDING_MARK, STANDING_SYMBOL } from '../look/standing-look.js';
import type { BandScale, Block, ChartBlock, Figures, KeyMessages, Section } from '../model/report-document.js';
import { chartSvg, scaleSvg, type ChartSvg } from '../svg/chart-svg.js';
import { bookmarked, contentsChildren } from './docx-contents.js';
import type { DocxContext } from './docx-context.js';
import { indicatorParagraphs } from './docx-entries.js';
import { SIZES, twipsToPixels, wordColour, NO_BORDERS } from './docx-layout.js';
import { actionsTable, decisionBox } from './docx-plan.js';
import { docxTable } from './docx-table.js';
import { textRuns, type RunLook } from './script-text-runs.js';

export const BULLETS = 'bullets';
export const NUMBERS = 'numbers';

type Child = Paragraph | Table;
type ChartHeading = typeof HeadingLevel.HEADING_2 | typeof HeadingLevel.HEADING_3;

function runs(ctx: DocxContext, text: string, look: RunLook = {}): ParagraphChild[] {
  return textRuns(text, look, ctx.language);
}

/** An SVG drawing as a PNG across the text width, with its name and text alternative. */
async function picture(ctx: DocxContext, id: number, drawn: ChartSvg, name: string, alt: string): Promise<Paragraph> {
  const png = await ctx.rasteriser.png(drawn.svg);
  const width = Math.round(twipsToPixels(ctx.layout.content));
  const image = new ImageRun({
    type: 'png',
    data: png,
    transformation: { width, height: Math.round((drawn.height * width) / drawn.width) },
    altText: { id: String(id), name, title: name, description: alt },
  });
  return new Paragraph({ children: [image] });
}

/**
 * A chart as a PNG drawn from its SVG, with its text alternative, which states every figure.
 * Its data table is left out, as in the PDF: the tables of the section hold the same figures.
 */
async function chart(ctx: DocxContext, block: ChartBlock, heading: ChartHeading): Promise<Child[]> {
  const id = ctx.nextImageId();
  const drawn = chartSvg(block, { colours: ctx.colours, language: ctx.language, id: `chart-${id}` });
  return [new Paragraph({ heading, keepNext: true, children: runs(ctx, block.title) }), await picture(ctx, id, drawn, block.title, block.alt)];
}

/** The band scale as a picture; its sentence, which says where the ministry stands, is its alternative. */
async function bandScale(ctx: DocxContext, block: BandScale): Promise<Child[]> {
  const id = ctx.nextImageId();
  const drawn = scaleSvg(block, { colours: ctx.colours, language: ctx.language, id: `chart-${id}` });
  return [await picture(ctx, id, drawn, block.marker, block.alt)];
}

/** The headline figures side by side, as in the PDF: label, value and note in a borderless column each. */
function figures(ctx: DocxContext, block: Figures): Table {
  const muted = wordColour(ctx.colours.muted);
  const width = Math.floor(ctx.layout.content / Math.max(block.items.length, 1));
  return new Table({
    width: { size: width * block.items.length, type: WidthType.DXA },
    columnWidths: block.items.map(() => width),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 200 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: block.items.map(
          (f) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              children: [
                new Paragraph({ spacing: { before: 60, after: 0 }, children: runs(ctx, f.label, { size: SIZES.caption, bold: true, colour: muted }) }),
                new Paragraph({ spacing: { after: 0 }, children: runs(ctx, f.value, { size: SIZES.figure, bold: true, colour: wordColour(ctx.colours.primary) }) }),
                new Paragraph({ spacing: { after: 120 }, children: runs(ctx, f.note, { size: SIZES.muted, colour: muted }) }),
              ],
            }),
        ),
      }),
    ],
  });
}

/** The key messages as a bulleted list, each led by its standing's mark in the mark's colour, as in the PDF. */
function keyMessages(ctx: DocxContext, block: KeyMessages): Child[] {
  return block.items.map((m) => {
    const standing = MESSAGE_STANDING[m.kind];
    return new Paragraph({
      numbering: { reference: BULLETS, level: 0 },
      keepLines: true,
      children: [...runs(ctx, `${STANDING_SYMBOL[standing]} `, { bold: true, colour: wordColour(STANDING_MARK[standing]) }), ...runs(ctx, m.text, { bold: true })],
    });
  });
}

async function block(ctx: DocxContext, b: Block, heading: ChartHeading): Promise<Child[]> {
  const muted = wordColour(ctx.colours.muted);
  switch (b.kind) {
    case 'paragraph': {
      const look: RunLook = b.tone === 'lead' ? { size: SIZES.lead } : b.tone === 'muted' ? { size: SIZES.muted, colour: muted } : {};
      return [new Paragraph({ children: runs(ctx, b.text, look) })];
    }
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: runs(ctx, b.text) })];
    case 'list': {
      const instance = ctx.nextList();
      return b.items.map(
        (item) =>
          new Paragraph({
            numbering: b.ordered ? { reference: NUMBERS, level: 0, instance } : { reference: BULLETS, level: 0 },
            children: runs(ctx, item),
          }),
      );
    }
    case 'figures':
      return [figures(ctx, b)];
    case 'table':
      return [docxTable(b, { layout: ctx.layout, language: ctx.language, colours: ctx.colours })];
    case 'chart':
      return chart(ctx, b, heading);
    case 'key-messages':
      return keyMessages(ctx, b);
    case 'actions':
      return [actionsTable(ctx, b)];
    case 'decision-box':
      return decisionBox(ctx, b);
    case 'band-scale':
      return bandScale(ctx, b);
    case 'indicators':
      return indicatorParagraphs(ctx, b, heading);
    case 'contents':
      return contentsChildren(ctx, b);
    default:
      return b satisfies never;
  }
}

/**
 * A section as Word content: its title a level-1 heading on a new page, as in the PDF, and a
 * chart's title one level below the heading it follows, so headings never skip a level.
 */
export async function sectionChildren(ctx: DocxContext, section: Section): Promise<Child[]> {
  const title = runs(ctx, section.title);
  // Every heading carries its bookmark, so the contents (where there is one) links to it.
  const children: Child[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, keepNext: true, children: bookmarked(section.id, title) })];
  let heading: ChartHeading = HeadingLevel.HEADING_2;
  for (const b of section.blocks) {
    if (b.kind === 'subheading') heading = HeadingLevel.HEADING_3;
    children.push(...(await block(ctx, b, heading)));
  }
  return children;
}
