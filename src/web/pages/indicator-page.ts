import type { Coverage } from '../../core/assessment.js';
import { naReasonMessages } from '../../core/interview/ask-answer.js';
import { verificationKeys } from '../../core/interview/ask-evidence.js';
import type { Messages } from '../../core/messages/messages.js';
import type { Place } from '../../core/interview/go-to.js';
import { glossaryTermsFor } from '../../core/interview/glossary-for.js';
import { levelOf } from '../../core/scoring/level-of.js';
import type { Answer, Evidence, Rubric } from '../../core/types.js';
import { parityCounts } from '../../core/vocabulary.js';
import type { AnswerFields, FieldProblem } from '../answer-form.js';
import { html, type Html } from '../html.js';
import { problemSummary, progressBar } from './parts.js';

export interface IndicatorView {
  readonly rubric: Rubric;
  /** The interface's words, shared with the terminal interview. */
  readonly messages: Messages;
  readonly place: Place;
  readonly dimensionCount: number;
  readonly progress: Coverage;
  readonly fields: AnswerFields;
  readonly problems: readonly FieldProblem[];
  /** The answer on file: its evidence is listed, and can be added to once the question is answered. */
  readonly onFile: Answer | undefined;
  readonly formToken: string;
  /** The version of the answer on file the form was filled in over (see answer-version.ts). */
  readonly version: string;
  /** Set when a post was made over an older answer: the answer saved meanwhile, in words. */
  readonly savedMeanwhile?: string;
  readonly previous: string | undefined;
  readonly next: string;
}

/** One indicator: where it sits, its question with every answer it can take, the note and agency, then its evidence. */
export function indicatorPage(view: IndicatorView): Html {
  const { messages } = view;
  const { indicator, dimension } = view.place;
  const base = `/i/${encodeURIComponent(indicator.id)}`;
  const glossary = glossaryTermsFor(indicator, view.rubric.glossary);
  const where = { dimension: view.place.dimensionNumber, dimensions: view.dimensionCount, title: dimension.title, question: view.place.indicatorNumber, questions: dimension.indicators.length };
  return html`
<p class="where">${messages.t('web.question.where', where)}</p>
${progressBar(view.progress, messages)}
<h1>${indicator.title}${indicator.critical ? html` <span class="tag">${messages.t('web.question.critical')}</span>` : ''}</h1>
${problemSummary(view.problems, messages)}
${
  view.savedMeanwhile === undefined
    ? ''
    : html`<div class="problems" role="alert" aria-labelledby="meanwhile-heading"><h2 id="meanwhile-heading">${messages.t('web.question.meanwhile_heading')}</h2>
<p>${messages.t('web.question.meanwhile', { answer: view.savedMeanwhile })}</p><p><a href="${base}">${messages.t('web.question.meanwhile_keep')}</a></p></div>`
}
<form method="post" action="${base}" novalidate>
<input type="hidden" name="form" value="${view.formToken}">
<input type="hidden" name="version" value="${view.version}">
<fieldset class="question"${view.problems.some((p) => p.field === 'choice') ? html` aria-describedby="problem-choice"` : ''}>
<legend>${indicator.question}</legend>
<details class="guidance"><summary>${messages.t('web.question.guidance')}</summary><p>${indicator.guidance}</p>${indicator.scope === 'national' ? html`<p>${messages.t('web.question.national')}</p>` : ''}</details>
${fieldProblem(view.problems, 'choice')}
${answerOptions(view)}
${radio('choice', 'dont-know', messages.t('web.question.dont_know'), messages.t('web.question.dont_know_means'), view.fields.choice)}
${radio('choice', 'not-applicable', messages.t('web.question.not_applicable'), messages.t('web.question.not_applicable_means'), view.fields.choice)}
</fieldset>
<fieldset class="na">
<legend>${messages.t('web.question.why_not')}</legend>
${fieldProblem(view.problems, 'na_reason')}
${naReasonMessages.map(([value, key]) => radio('na_reason', value, value === 'other' ? messages.t('web.question.other_reason') : messages.t(key), undefined, view.fields.naReason))}
<label for="na_note">${messages.t('web.question.other_reason_words')}</label>
${fieldProblem(view.problems, 'na_note')}
<input type="text" id="na_note" name="na_note" value="${view.fields.naNote}" maxlength="2000">
</fieldset>
<label for="note">${view.fields.choice === 'dont-know' ? messages.t('web.question.note_dont_know') : messages.t('web.question.note')} <span class="hint">${messages.t('web.optional')}</span></label>
<textarea id="note" name="note" rows="3" maxlength="8000">${view.fields.note}</textarea>
<label for="agency">${messages.t('web.question.agency')} <span class="hint">${messages.t('web.question.agency_hint')}</span></label>
${fieldProblem(view.problems, 'agency')}
<input type="text" id="agency" name="agency" value="${view.fields.agency}" maxlength="500" autocomplete="organization">
<div class="actions">
<button type="submit" name="go" value="next" class="primary">${messages.t('web.question.save_next')}</button>
<button type="submit" name="go" value="stay">${messages.t('web.question.save')}</button>
</div>
</form>
${evidenceSection(view, base)}
<nav class="steps" aria-label="${messages.t('web.question.steps_label')}">
<ul>
${view.previous === undefined ? '' : html`<li><a href="${view.previous}" rel="prev">${messages.t('web.question.previous')}</a></li>`}
<li><a href="${view.next}" rel="next">${view.onFile === undefined ? messages.t('web.question.skip') : messages.t('web.question.next')}</a></li>
<li><a href="/">${messages.t('web.all_questions')}</a></li>
</ul>
</nav>
${glossary.length === 0 ? '' : html`<details class="glossary"><summary>${messages.t('web.glossary')}</summary><dl>${glossary.map((t) => html`<dt>${t.term}</dt><dd>${t.definition}</dd>`)}</dl></details>`}
${shortcuts(view)}
`;
}

/** The keyboard shortcuts, announced here and hidden until the script that gives them runs (see shortcuts-script.ts). */
function shortcuts(view: IndicatorView): Html {
  const levels = view.place.indicator.type === 'level';
  const text = levels ? view.messages.t('web.live.shortcuts_levels', { max: view.rubric.maxLevel }) : view.messages.t('web.live.shortcuts');
  return html`<div id="shortcuts" class="shortcuts" data-digits="${String(levels)}" hidden><p>${text}</p><button type="button" aria-pressed="true">${view.messages.t('web.live.shortcuts_toggle')}</button></div>
<script src="/shortcuts.js" defer></script>`;
}

function answerOptions(view: IndicatorView): Html {
  const { indicator } = view.place;
  const { fields, rubric, messages } = view;
  switch (indicator.type) {
    case 'level':
      return html`${indicator.levels.map((descriptor, level) =>
        radio('choice', `=${level}`, messages.t('web.question.level', { level, label: rubric.scale[level]?.label ?? messages.t('interview.choice.level_unnamed', { level }) }), descriptor ?? undefined, fields.choice),
      )}`;
    case 'yes-no':
      return html`${radio('choice', '=yes', messages.t('interview.choice.yes_short'), indicator.levels[indicator.yesLevel] ?? undefined, fields.choice)}${radio('choice', '=no', messages.t('interview.choice.no_short'), indicator.levels[indicator.noLevel] ?? undefined, fields.choice)}`;
    case 'choice':
      return html`${indicator.options.map((o) => radio('choice', `=${o.id}`, o.label, undefined, fields.choice))}`;
    case 'checklist':
      return html`${radio('choice', 'answer', messages.t('web.question.tick'), undefined, fields.choice)}
<fieldset class="typed"><legend>${messages.t('interview.tick_items')}</legend>
${indicator.items.map((item, i) => html`<div class="option"><input type="checkbox" id="item-${i}" name="item" value="${item.id}"${fields.items.includes(item.id) ? ' checked' : ''}><label for="item-${i}">${item.label}</label></div>`)}
</fieldset>`;
    case 'number':
    case 'percent':
      return html`${radio('choice', 'answer', indicator.type === 'percent' ? messages.t('web.question.percentage') : messages.t('web.question.number'), undefined, fields.choice)}
<div class="typed">${numberInput('number', numberLabel(view), view)}</div>`;
    case 'parity':
      return html`${radio('choice', 'answer', messages.t('web.question.counts'), undefined, fields.choice)}
<div class="typed">${parityCounts.map((count) => numberInput(count, messages.t('interview.count_prompt', { count: indicator.counts[count] }), view))}</div>`;
  }
}

/** The label of a number's field, as the terminal asks for it: its unit and range, where the pack gives them. */
function numberLabel(view: IndicatorView): string {
  const { indicator } = view.place;
  const { messages } = view;
  if (indicator.type === 'percent') return messages.t('interview.percentage_prompt');
  if (indicator.type !== 'number') return '';
  const prompt = indicator.unit === undefined ? messages.t('interview.number_prompt') : messages.t('interview.number_prompt_in', { unit: indicator.unit });
  return indicator.min !== undefined && indicator.max !== undefined ? messages.t('interview.number_range', { prompt, min: indicator.min, max: indicator.max }) : prompt;
}

function numberInput(name: string, label: string, view: IndicatorView): Html {
  const problem = view.problems.some((p) => p.field === name);
  return html`<label for="${name}">${label}</label>${fieldProblem(view.problems, name)}<input type="text" inputmode="decimal" id="${name}" name="${name}" value="${view.fields.numbers[name] ?? ''}"${problem ? html` aria-invalid="true" aria-describedby="problem-${name}"` : ''}>`;
}

function radio(name: string, value: string, label: string, description: string | undefined, chosen: string | undefined): Html {
  const id = `${name}-${value.replace(/[^a-z0-9-]/gi, '_')}`;
  return html`<div class="option"><input type="radio" id="${id}" name="${name}" value="${value}"${chosen === value ? ' checked' : ''}><label for="${id}"><strong>${label}</strong>${description === undefined ? '' : html`: ${description}`}</label></div>`;
}

function fieldProblem(problems: readonly FieldProblem[], field: string): Html {
  const found = problems.filter((p) => p.field === field);
  return found.length === 0 ? html`` : html`<p class="problem" id="problem-${field}">${found.map((p) => p.message).join(' ')}</p>`;
}

function evidenceSection(view: IndicatorView, base: string): Html {
  const { messages } = view;
  const { indicator } = view.place;
  const answer = view.onFile;
  const level = answer?.status === 'answered' && answer.value !== undefined ? levelOf(indicator, answer.value, view.rubric.maxLevel) : null;
  const needed = level === null ? null : (indicator.evidence[level] ?? null);
  return html`<section class="evidence" aria-labelledby="evidence-heading">
<h2 id="evidence-heading">${messages.t('web.evidence.heading')}</h2>
<p>${messages.t('web.evidence.look_for', { prompt: indicator.evidencePrompt })}</p>
${needed === null || level === null ? '' : html`<p>${messages.t('web.evidence.needed', { level, needed })}</p>`}
${
  answer?.status !== 'answered'
    ? html`<p>${messages.t('web.evidence.after_answer')}</p>`
    : html`${
        answer.evidence.length === 0
          ? html`<p>${messages.t('web.evidence.none_yet')}</p>`
          : html`<ol>${answer.evidence.map(
              (e, i) =>
                html`<li>${evidenceText(e, messages)} <a href="${base}/evidence/${i + 1}">${messages.t('web.evidence.edit')}<span class="visually-hidden">${messages.t('web.evidence.edit_which', { number: i + 1 })}</span></a></li>`,
            )}</ol>`
      }
<p><a href="${base}/evidence/new">${answer.evidence.length === 0 ? messages.t('evidence.add_first') : messages.t('evidence.add_another')}</a></p>`
}
</section>`;
}

function evidenceText(e: Evidence, messages: Messages): Html {
  return html`${e.title}${e.link === undefined ? '' : messages.t('web.evidence.entry_link', { link: e.link })}, <span class="hint">${messages.t(`${verificationKeys[e.verification]}_state`)}</span>`;
}
