import { buildReport } from '../model/build-report.js';
import type { Block, ReportDocument, Section } from '../model/report-document.js';
import type { Rendered } from '../rendered.js';
import type { FontLoader, ReportInput } from '../report-input.js';
import type { ReportTemplate } from '../report-input.js';
import { bandScaleHeight, drawBandScale } from './band-scale.js';
import { chartHeight, drawChart } from './draw-chart.js';
import { contentsHeight, drawContents, type PendingContents } from './draw-contents.js';
import { drawIndicators, indicatorsStartHeight } from './draw-indicators.js';
import { drawKeyMessages, keyMessagesStartHeight } from './draw-key-messages.js';
import { actionsStartHeight, decisionBoxHeight, drawActions, drawDecisionBox } from './draw-plan.js';
import { answerTexts, DeclaredLanguages, type DeclaredText } from './declared-languages.js';
import { drawCover } from './draw-cover.js';
import { drawTable, tableStartHeight } from './draw-table.js';
import {
  drawFigures,
  drawHeading,
  drawList,
  drawParagraph,
  figuresHeight,
  headingHeight,
  listStartHeight,
  paragraphHeight,
  paragraphStartHeight,
} from './draw-text-blocks.js';
import { drawPageFrames, HEADER_GAP, HEADER_TOP } from './page-frame.js';
import { PageFlow } from './page-flow.js';
import { newDocument } from './new-document.js';
import { PdfFonts } from './pdf-fonts.js';
import { Tags } from './tags.js';
import { createTheme, type Theme } from './theme.js';

const BLOCK_GAP = 8;
const HEADING_GAP = 14;

interface PlacedBlock {
  /** The least that must fit on the page for the block to start there. */
  readonly start: number;
  draw(): void;
}

/** The tag of a chart's title, which sits below the section's title or below a subheading. */
type ChartHeading = 'H2' | 'H3';

/** What drawing the sections gathers for the end: where each starts, and the contents that list them. */
interface Gathered {
  readonly starts: Map<string, { page: number; y: number }>;
  readonly contents: PendingContents[];
}

function place(flow: PageFlow, block: Block, chartHeading: ChartHeading, gathered: Gathered): PlacedBlock {
  switch (block.kind) {
    case 'paragraph':
      return { start: paragraphStartHeight(flow, block), draw: () => drawParagraph(flow, block) };
    case 'subheading':
      return { start: headingHeight(flow, block.text, flow.theme.h2), draw: () => drawHeading(flow, 'H2', block.text, flow.theme.h2) };
    case 'list':
      return { start: listStartHeight(flow, block), draw: () => drawList(flow, block) };
    case 'figures':
      return { start: figuresHeight(flow, block), draw: () => drawFigures(flow, block) };
    case 'table':
      return { start: tableStartHeight(flow, block), draw: () => drawTable(flow, block) };
    case 'chart':
      return { start: chartHeight(flow, block), draw: () => drawChart(flow, block, chartHeading) };
    case 'key-messages':
      return { start: keyMessagesStartHeight(flow, block), draw: () => drawKeyMessages(flow, block) };
    case 'actions':
      return { start: actionsStartHeight(flow, block), draw: () => drawActions(flow, block) };
    case 'decision-box':
      return { start: decisionBoxHeight(flow, block), draw: () => drawDecisionBox(flow, block) };
    case 'band-scale':
      return { start: bandScaleHeight(flow, block), draw: () => drawBandScale(flow, block) };
    case 'indicators':
      return { start: indicatorsStartHeight(flow, block), draw: () => drawIndicators(flow, block) };
    case 'contents':
      return { start: contentsHeight(flow, block), draw: () => gathered.contents.push(drawContents(flow, block)) };
  }
}

// Blocks that break across pages: a section may start once the first of them starts.
const FLOWING = new Set<Block['kind']>(['table', 'indicators', 'actions', 'list']);

/** What a section needs to start on a page: its title and its blocks up to the start of the first that flows on. */
function sectionStartHeight(flow: PageFlow, section: Section, gathered: Gathered): number {
  const title = flow.wrap(section.title, flow.theme.h1, flow.width).height + 18;
  const flowing = section.blocks.findIndex((b) => FLOWING.has(b.kind));
  const leading = flowing === -1 ? section.blocks : section.blocks.slice(0, flowing + 1);
  return title + leading.reduce((s, b) => s + (b.kind === 'subheading' ? HEADING_GAP : BLOCK_GAP) + place(flow, b, 'H2', gathered).start, 0);
}

/**
 * What must fit below a heading for it to stay on the page: a heading never ends a page, and
 * neither does the short introduction under it, so both move on with the start of the first
 * block that follows them (a table, a list, a chart).
 */
function keptWithHeading(flow: PageFlow, following: readonly Block[], chartHeading: ChartHeading, gathered: Gathered): number {
  let height = 0;
  for (const [k, block] of following.entries()) {
    const leads = block.kind === 'paragraph' && k < following.length - 1 && following[k + 1]?.kind !== 'subheading';
    height += BLOCK_GAP + (leads ? paragraphHeight(flow, block) : place(flow, block, chartHeading, gathered).start);
    if (!leads) break;
  }
  return height;
}

function drawSection(flow: PageFlow, section: Section, gathered: Gathered): void {
  const { doc, tags, theme } = flow;
  flow.startSection(section.title);
  if (section.newPage === false && flow.room >= 2 * HEADING_GAP + sectionStartHeight(flow, section, gathered)) flow.gap(2 * HEADING_GAP);
  else flow.newPage();
  const bookmark = doc.outline.addItem(section.title);
  tags.open('Sect');
  const title = flow.wrap(section.title, theme.h1, flow.width);
  const y = flow.y;
  const range = doc.bufferedPageRange();
  gathered.starts.set(section.id, { page: range.start + range.count - 1, y });
  doc.addNamedDestination(section.id, 'XYZ', 0, y, null);
  tags.artifact(() => doc.rect(flow.left, y, 36, 3).fill(theme.colours.accent));
  tags.leaf('H1', () => flow.drawLines(title, flow.left, y + 10));
  flow.y = y + 10 + title.height + 8;

  // A chart's title is one level below the heading it follows, so headings never skip a level.
  let chartHeading: ChartHeading = 'H2';
  section.blocks.forEach((block, k) => {
    const heading = block.kind === 'subheading';
    if (heading) chartHeading = 'H3';
    flow.gap(heading ? HEADING_GAP : BLOCK_GAP);
    const placed = place(flow, block, chartHeading, gathered);
    flow.ensure(placed.start + (heading ? keptWithHeading(flow, section.blocks.slice(k + 1), chartHeading, gathered) : 0));
    if (block.kind === 'subheading') bookmark.addItem(block.text);
    placed.draw();
  });
  tags.close();
}

function headerTheme(theme: Theme, flowHeight: number): Theme {
  return { ...theme, margins: { ...theme.margins, top: Math.max(theme.margins.top, HEADER_TOP + flowHeight + HEADER_GAP) } };
}

/** Renders the report as a tagged, bookmarked PDF with embedded subset fonts; same input, same bytes. */
export async function renderPdf(input: ReportInput): Promise<Rendered<Uint8Array>> {
  return renderPdfDocument(buildReport(input), {
    template: input.template,
    loadFont: input.loadFont,
    contentLanguage: input.assessment.meta.language,
    declared: answerTexts(input.assessment),
  });
}

interface PdfDocumentOptions {
  readonly template: ReportTemplate;
  readonly loadFont: FontLoader;
  /** The language of the answers, which decides how Han characters are drawn. */
  readonly contentLanguage: string;
  /** Texts whose language their source declares, to be tagged with it wherever they appear. */
  readonly declared?: readonly DeclaredText[];
}

/**
 * Renders any report document (the single report, a comparison, a summary) with the template's
 * look. Text the fonts cannot shape is drawn unshaped and returned as a warning.
 */
export async function renderPdfDocument(report: ReportDocument, options: PdfDocumentOptions): Promise<Rendered<Uint8Array>> {
  const base = createTheme(options.template.look);
  const { doc, bytes } = newDocument(report, base);

  // Han characters alone do not say whether they are Chinese or Japanese: the assessment's language decides.
  const fonts = new PdfFonts(doc, options.loadFont, options.contentLanguage);
  const tags = new Tags(doc, report.language);
  const declared = new DeclaredLanguages(options.declared ?? [], report.language);
  const probe = new PageFlow(doc, fonts, base, tags, report.language, declared);
  const headerWidth = probe.width / 2 - 10;
  const frameHeight = Math.max(
    ...[report.runningHeader, ...report.sections.map((s) => s.title)].map((t) => probe.wrap(t, base.caption, headerWidth).height),
  );
  const theme = headerTheme(base, frameHeight);
  const flow = new PageFlow(doc, fonts, theme, tags, report.language, declared);
  flow.pageSections.push('');
  const gathered: Gathered = { starts: new Map(), contents: [] };
  drawCover(flow, report.cover, options.template.logo, gathered.contents);
  for (const section of report.sections) drawSection(flow, section, gathered);
  for (const contents of gathered.contents) contents.finish(gathered.starts);
  drawPageFrames(flow, report.runningHeader, report.pageNumber, report.cover.organisation);
  tags.finish();
  doc.end();
  return { content: await bytes, warnings: fonts.unshaped };
}
