import { AlignmentType, Document, Footer, Header, LevelFormat, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { buildReport } from '../model/build-report.js';
import type { ReportDocument } from '../model/report-document.js';
import type { Rendered } from '../rendered.js';
import type { ReportInput } from '../report-input.js';
import { fontFamily, type FontScript } from '../text/font-catalog.js';
import { hanScript } from '../text/script-runs.js';
import { BULLETS, NUMBERS, sectionChildren } from './docx-blocks.js';
import { DocxContext } from './docx-context.js';
import { coverChildren } from './docx-cover.js';
import { pageLayout, SIZES, wordColour } from './docx-layout.js';
import { SvgRasteriser } from './rasterise-svg.js';
import { textRuns, type RunLook } from './script-text-runs.js';
import { stablePackage } from './stable-package.js';

function styles(ctx: DocxContext, han: FontScript) {
  const c = ctx.colours;
  const heading = (size: number, colour: string, before: number) => ({
    run: { size, bold: true, color: wordColour(colour) },
    paragraph: { spacing: { before, after: 120 }, keepNext: true },
  });
  return {
    default: {
      // The shipped fonts by name; Word finds them when they are installed, else picks its own.
      document: {
        run: { size: SIZES.body, color: wordColour(c.text), font: { ascii: fontFamily('latin'), hAnsi: fontFamily('latin'), eastAsia: fontFamily(han), cs: fontFamily('latin') } },
        paragraph: { spacing: { after: 120, line: 288, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { size: SIZES.title, bold: true, color: wordColour(c.primary) }, paragraph: { spacing: { after: 120 } } },
      heading1: heading(40, c.primary, 0),
      heading2: heading(26, c.primary, 240),
      heading3: heading(22, c.text, 200),
    },
    paragraphStyles: [
      { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: SIZES.subtitle, color: wordColour(c.muted) } },
    ],
  };
}

/** "Page {page} of {pages}" with Word's page fields in place of the two placeholders. */
function pageNumberRuns(template: string, ctx: DocxContext, look: RunLook): ParagraphChild[] {
  const field = (page: string) => new TextRun({ children: [page], size: SIZES.caption, color: look.colour ?? 'auto' });
  return template.split(/(\{page\}|\{pages\})/).flatMap((part): ParagraphChild[] => {
    if (part === '{page}') return [field(PageNumber.CURRENT)];
    if (part === '{pages}') return [field(PageNumber.TOTAL_PAGES)];
    return part === '' ? [] : textRuns(part, look, ctx.language);
  });
}

interface DocxOptions {
  readonly input: Pick<ReportInput, 'template' | 'loadFont' | 'loadRasteriser'>;
  /** The answers' language, which decides whether Han characters are Chinese or Japanese. */
  readonly contentLanguage: string;
}

/** Any report document as an editable Word file: the PDF's content, in the same order. */
async function renderDocxDocument(report: ReportDocument, { input, contentLanguage }: DocxOptions): Promise<Rendered<Uint8Array>> {
  const { look, logo } = input.template;
  const layout = pageLayout(look.page_size);
  const ctx = new DocxContext(layout, look.colours, contentLanguage, new SvgRasteriser(input.loadRasteriser, input.loadFont));
  const caption: RunLook = { size: SIZES.caption, colour: wordColour(look.colours.muted) };
  const body = [];
  for (const section of report.sections) body.push(...(await sectionChildren(ctx, section)));
  const numbered = (reference: string, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    reference,
    levels: [{ level: 0, format, text, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 360 } } } }],
  });
  const doc = new Document({
    title: report.title,
    subject: report.subject,
    creator: report.author,
    lastModifiedBy: report.author,
    keywords: report.keywords,
    revision: 1,
    styles: styles(ctx, hanScript('', contentLanguage)),
    numbering: { config: [numbered(BULLETS, LevelFormat.BULLET, '•'), numbered(NUMBERS, LevelFormat.DECIMAL, '%1.')] },
    sections: [
      {
        properties: {
          page: {
            size: { width: layout.width, height: layout.height },
            margin: { top: layout.margin, bottom: layout.margin, left: layout.margin, right: layout.margin, header: 567, footer: 567 },
          },
          titlePage: true,
        },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: textRuns(report.runningHeader, caption, ctx.language) })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [...textRuns(`${report.cover.organisation} · `, caption, ctx.language), ...pageNumberRuns(report.pageNumber, ctx, caption)] })],
          }),
        },
        children: [...coverChildren(ctx, report.cover, logo), ...body],
      },
    ],
  });
  const packed = await Packer.toBuffer(doc);
  return { content: stablePackage(packed, report.date), warnings: [] };
}

/** The report as a Word document, for consultants to edit and adapt. */
export async function renderDocx(input: ReportInput): Promise<Rendered<Uint8Array>> {
  return renderDocxDocument(buildReport(input), { input, contentLanguage: input.assessment.meta.language });
}
