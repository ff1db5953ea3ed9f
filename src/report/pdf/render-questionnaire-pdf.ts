import type { Rendered } from '../rendered.js';
import type { FontLoader, ReportTemplate } from '../report-input.js';
import type { Questionnaire } from '../sheet/questionnaire.js';
import { DeclaredLanguages } from './declared-languages.js';
import { drawQuestion } from './draw-question.js';
import { newDocument } from './new-document.js';
import { drawPageFrames, HEADER_GAP, HEADER_TOP } from './page-frame.js';
import { PageFlow } from './page-flow.js';
import { PdfFonts } from './pdf-fonts.js';
import { Tags } from './tags.js';
import { createTheme } from './theme.js';

export interface QuestionnairePdfInput {
  readonly questionnaire: Questionnaire;
  readonly template: ReportTemplate;
  readonly loadFont: FontLoader;
  /** The day it is printed (YYYY-MM-DD), the document's only date. */
  readonly date: string;
}

const FIELD_LABEL = 130;

/** The first page: title, the facts to fill in by hand, and how to answer. */
function drawFront(flow: PageFlow, q: Questionnaire): void {
  const { theme, tags, doc } = flow;
  const put = (tag: string, text: string, style = theme.body, after = 8) => {
    const wrapped = flow.wrap(text, style, flow.width);
    const y = flow.y;
    tags.leaf(tag, () => flow.drawLines(wrapped, flow.left, y, { width: flow.width }), flow.languageOf(text));
    flow.y = y + wrapped.height + after;
  };
  flow.y = flow.top + 40;
  put('H1', q.title, { ...theme.h1, size: 24 }, 4);
  put('P', q.subtitle, { ...theme.lead, size: 13, color: theme.colours.muted }, 14);
  put('P', q.identity, theme.muted, 24);
  for (const field of q.fields) {
    const label = flow.wrap(field, { ...theme.body, weight: 'bold' }, FIELD_LABEL);
    const y = flow.y;
    tags.leaf('P', () => flow.drawLines(label, flow.left, y, { width: FIELD_LABEL }), flow.languageOf(field));
    const baseline = y + label.lineHeight;
    tags.artifact(() => doc.moveTo(flow.left + FIELD_LABEL, baseline).lineTo(flow.left + flow.width, baseline).lineWidth(0.5).strokeColor(theme.colours.muted).stroke());
    flow.y = y + Math.max(label.height, 26);
  }
  flow.y += 16;
  put('P', q.instructions, theme.lead);
}

/**
 * The blank questionnaire as an A4 (or Letter) PDF to print: a tick box for every level and for
 * not applicable and don't know, lines to write on, and the indicator id on every question so
 * the answers can be typed in later. A question is never split across pages when a page holds it.
 */
export async function renderQuestionnairePdf(input: QuestionnairePdfInput): Promise<Rendered<Uint8Array>> {
  const { questionnaire: q, template } = input;
  const base = createTheme(template.look);
  const theme = { ...base, margins: { ...base.margins, top: Math.max(base.margins.top, HEADER_TOP + base.caption.size * base.caption.leading + HEADER_GAP) } };
  const { doc, bytes } = newDocument(
    { language: q.language, title: q.title, subject: q.subtitle, author: template.look.organisation, keywords: q.identity, date: input.date },
    theme,
  );
  const fonts = new PdfFonts(doc, input.loadFont, q.language);
  const tags = new Tags(doc, q.language);
  const flow = new PageFlow(doc, fonts, theme, tags, q.language, new DeclaredLanguages([], q.language));
  flow.pageSections.push('');
  drawFront(flow, q);
  for (const section of q.sections) {
    const title = `${section.number}. ${section.title}`;
    flow.startSection(title);
    flow.newPage();
    doc.outline.addItem(title);
    tags.open('Sect');
    const heading = flow.wrap(title, theme.h1, flow.width);
    const y = flow.y;
    tags.leaf('H1', () => flow.drawLines(heading, flow.left, y), flow.languageOf(title));
    flow.y = y + heading.height + 4;
    const description = flow.wrap(section.description, theme.muted, flow.width);
    const dy = flow.y;
    tags.leaf('P', () => flow.drawLines(description, flow.left, dy, { width: flow.width }), flow.languageOf(section.description));
    flow.y = dy + description.height + 12;
    for (const [k, question] of section.questions.entries()) {
      drawQuestion(flow, question, k === 0);
      flow.gap(10);
    }
    tags.close();
  }
  drawPageFrames(flow, q.title, template.wording.document.page_number, template.look.organisation);
  tags.finish();
  doc.end();
  return { content: await bytes, warnings: fonts.unshaped };
}
