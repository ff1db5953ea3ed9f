import { HeadingLevel, ImageRun, Paragraph, Table, type ParagraphChild } from 'docx';
import type { Block, ChartBlock, Section } from '../model/report-document.js';
import { chartSvg } from '../svg/chart-svg.js';
import type { DocxContext } from './docx-context.js';
import { SIZES, twipsToPixels, wordColour } from './docx-layout.js';
import { docxTable } from './docx-table.js';
import { textRuns, type RunLook } from './script-text-runs.js';

export const BULLETS = 'bullets';
export const NUMBERS = 'numbers';

type Child = Paragraph | Table;
type ChartHeading = typeof HeadingLevel.HEADING_2 | typeof HeadingLevel.HEADING_3;

function runs(ctx: DocxContext, text: string, look: RunLook = {}): ParagraphChild[] {
  return textRuns(text, look, ctx.language);
}

/**
 * A chart as a PNG drawn from its SVG, with its text alternative, which states every figure.
 * Its data table is left out, as in the PDF: the tables of the section hold the same figures.
 */
async function chart(ctx: DocxContext, block: ChartBlock, heading: ChartHeading): Promise<Child[]> {
  const id = ctx.nextImageId();
  const drawn = chartSvg(block, { colours: ctx.colours, language: ctx.language, id: `chart-${id}` });
  const png = await ctx.rasteriser.png(drawn.svg);
  const width = Math.round(twipsToPixels(ctx.layout.content));
  const image = new ImageRun({
    type: 'png',
    data: png,
    transformation: { width, height: Math.round((drawn.height * width) / drawn.width) },
    altText: { id: String(id), name: block.title, title: block.title, description: block.alt },
  });
  return [
    new Paragraph({ heading, keepNext: true, children: runs(ctx, block.title) }),
    new Paragraph({ children: [image] }),
  ];
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
      return b.items.flatMap((f) => [
        new Paragraph({ keepNext: true, spacing: { before: 120, after: 0 }, children: runs(ctx, f.label, { size: SIZES.caption, bold: true, colour: muted }) }),
        new Paragraph({ keepNext: true, spacing: { after: 0 }, children: runs(ctx, f.value, { size: SIZES.figure, bold: true, colour: wordColour(ctx.colours.primary) }) }),
        new Paragraph({ children: runs(ctx, f.note, { size: SIZES.muted, colour: muted }) }),
      ]);
    case 'table':
      return [docxTable(b, { layout: ctx.layout, language: ctx.language, colours: ctx.colours })];
    case 'chart':
      return chart(ctx, b, heading);
    default:
      return b satisfies never;
  }
}

/**
 * A section as Word content: its title a level-1 heading on a new page, as in the PDF, and a
 * chart's title one level below the heading it follows, so headings never skip a level.
 */
export async function sectionChildren(ctx: DocxContext, section: Section): Promise<Child[]> {
  const children: Child[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, keepNext: true, children: runs(ctx, section.title) })];
  let heading: ChartHeading = HeadingLevel.HEADING_2;
  for (const b of section.blocks) {
    if (b.kind === 'subheading') heading = HeadingLevel.HEADING_3;
    children.push(...(await block(ctx, b, heading)));
  }
  return children;
}
