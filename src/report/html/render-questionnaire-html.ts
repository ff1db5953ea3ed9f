import type { Rendered } from '../rendered.js';
import type { FontLoader, ReportTemplate } from '../report-input.js';
import type { Question, Questionnaire, QuestionnaireSection, Tick } from '../sheet/questionnaire.js';
import { htmlDocument } from './html-document.js';
import { HtmlText } from './html-text.js';
import { questionnaireStyle } from './questionnaire-style.js';
import { printedMargins } from './render-html-page.js';

export interface QuestionnaireHtmlInput {
  readonly questionnaire: Questionnaire;
  readonly template: ReportTemplate;
  readonly loadFont: FontLoader;
}

const BOX = '<span class="box" aria-hidden="true"></span>';
const LINE = '<span class="write" aria-hidden="true"></span>';

function front(q: Questionnaire, text: HtmlText): string {
  const fields = q.fields.map((f) => `<dt>${text.inline(f)}</dt><dd></dd>`).join('');
  return [
    '<header class="front">',
    `<h1>${text.inline(q.title)}</h1>`,
    `<p class="subtitle">${text.inline(q.subtitle)}</p>`,
    `<p class="muted">${text.inline(q.identity)}</p>`,
    `<dl class="fields">${fields}</dl>`,
    `<p class="instructions">${text.inline(q.instructions)}</p>`,
    '</header>',
  ].join('\n');
}

/** A statement with its box, a line after it where something is to be written in, and the boxes under it. */
function tick(t: Tick, text: HtmlText): string {
  const label = t.detail === undefined ? text.inline(t.label) : `<span><strong>${text.inline(t.label)}</strong>: ${text.inline(t.detail)}</span>`;
  const under = t.under === undefined ? '' : ticks(t.under, text);
  return `<li><span class="tick">${BOX}${t.detail === undefined ? `<span>${label}</span>` : label}${t.writeIn === true ? LINE : ''}</span>${under}</li>`;
}

function ticks(list: readonly Tick[], text: HtmlText): string {
  return `<ul class="ticks">${list.map((t) => tick(t, text)).join('')}</ul>`;
}

function question(q: Question, text: HtmlText): string {
  const parts = [
    `<h3><span class="number">${text.inline(q.number)}</span>${text.inline(q.heading)}</h3>`,
    `<p class="ask">${text.inline(q.question)}</p>`,
    `<p>${text.inline(q.guidance)}</p>`,
    ...q.conditions.map((c) => `<p class="muted">${text.inline(c)}</p>`),
    ...(q.choicesIntro === undefined ? [] : [`<p>${text.inline(q.choicesIntro)}</p>`]),
    ticks(q.choices, text),
    ...q.figures.map((f) => `<p class="blank"><span>${text.inline(f)}</span>${LINE}</p>`),
    ticks([q.notApplicable, q.dontKnow], text),
    `<p>${text.inline(q.evidence.prompt)}</p>`,
    ...q.evidence.needed.map((n) => `<p class="muted">${text.inline(n)}</p>`),
    ...q.lines.map((l) => `<div class="lines"><p class="label">${text.inline(l.label)}</p>${'<span class="row" aria-hidden="true"></span>'.repeat(l.rows)}</div>`),
    `<p class="id">${text.inline(q.idLine)}</p>`,
  ];
  return `<div class="question">${parts.join('\n')}</div>`;
}

function section(s: QuestionnaireSection, text: HtmlText): string {
  const id = `dimension-${s.number}`;
  return [
    `<section class="new-page" aria-labelledby="${id}">`,
    `<h2 id="${id}">${text.inline(`${s.number}. ${s.title}`)}</h2>`,
    `<p class="muted">${text.inline(s.description)}</p>`,
    ...s.questions.map((q) => question(q, text)),
    '</section>',
  ].join('\n');
}

/**
 * The blank questionnaire as a page to print on A4 (or Letter): a box to tick for every level,
 * for not applicable with its reasons and for don't know, lines to write the figures, evidence,
 * note and agency on, the indicator id in small print on every question so the answers can be
 * typed in later, and no question split between printed pages.
 */
export async function renderQuestionnaireHtml(input: QuestionnaireHtmlInput): Promise<Rendered<string>> {
  const { questionnaire: q, template } = input;
  const text = new HtmlText(q.language, q.language, []);
  const body = ['<div class="page">', front(q, text), '<main>', ...q.sections.map((s) => section(s, text)), '</main>', '</div>'].join('\n');
  const frame = { runningHeader: q.title, pageNumber: template.wording.document.page_number, organisation: template.look.organisation };
  const content = await htmlDocument({
    language: q.language,
    title: q.title,
    description: q.subtitle,
    author: template.look.organisation,
    keywords: q.identity,
    style: questionnaireStyle(template.look, frame),
    body,
    margins: printedMargins(frame),
    loadFont: input.loadFont,
    contentLanguage: q.language,
  });
  return { content, warnings: [] };
}
