import type { Coverage } from '../../core/assessment.js';
import { naReasonMessages } from '../../core/interview/ask-answer.js';
import type { Messages } from '../../core/messages/messages.js';
import type { Place } from '../../core/interview/go-to.js';
import { glossaryTermsFor } from '../../core/interview/glossary-for.js';
import { levelOf } from '../../core/scoring/level-of.js';
import type { Answer, Evidence, Rubric } from '../../core/types.js';
import { parityCounts } from '../../core/vocabulary.js';
import { progressText } from '../../report/terminal/interview-screen.js';
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
  const { indicator, dimension } = view.place;
  const base = `/i/${encodeURIComponent(indicator.id)}`;
  const glossary = glossaryTermsFor(indicator, view.rubric.glossary);
  return html`
<p class="where">Dimension ${view.place.dimensionNumber} of ${view.dimensionCount}: ${dimension.title} · question ${view.place.indicatorNumber} of ${dimension.indicators.length}</p>
${progressBar(view.progress, progressText(view.progress))}
<h1>${indicator.title}${indicator.critical ? html` <span class="tag">critical</span>` : ''}</h1>
${problemSummary(view.problems)}
${
  view.savedMeanwhile === undefined
    ? ''
    : html`<div class="problems" role="alert" aria-labelledby="meanwhile-heading"><h2 id="meanwhile-heading">Not saved yet: someone else answered meanwhile</h2>
<p>While this page was open, another answer to this question was saved: ${view.savedMeanwhile}. Your answer is below. Save it to put it in place of that one, or open <a href="${base}">the question</a> again to keep the other.</p></div>`
}
<form method="post" action="${base}" novalidate>
<input type="hidden" name="form" value="${view.formToken}">
<input type="hidden" name="version" value="${view.version}">
<fieldset class="question"${view.problems.some((p) => p.field === 'choice') ? html` aria-describedby="problem-choice"` : ''}>
<legend>${indicator.question}</legend>
<details class="guidance"><summary>Guidance</summary><p>${indicator.guidance}</p>${indicator.scope === 'national' ? html`<p>Scope: national. Answer for the country as a whole, not only for the ministry.</p>` : ''}</details>
${fieldProblem(view.problems, 'choice')}
${answerOptions(view)}
${radio('choice', 'dont-know', "Don't know", "nobody here can say yet; it counts as level 0 until answered", view.fields.choice)}
${radio('choice', 'not-applicable', 'Not applicable', 'this does not apply to the ministry', view.fields.choice)}
</fieldset>
<fieldset class="na">
<legend>If it does not apply: why?</legend>
${fieldProblem(view.problems, 'na_reason')}
${naReasonMessages.map(([value, key]) => radio('na_reason', value, value === 'other' ? 'Another reason, given below' : view.messages.t(key), undefined, view.fields.naReason))}
<label for="na_note">The other reason, in your words</label>
${fieldProblem(view.problems, 'na_note')}
<input type="text" id="na_note" name="na_note" value="${view.fields.naNote}" maxlength="2000">
</fieldset>
<label for="note">${view.fields.choice === 'dont-know' ? 'Note: who could find out?' : 'Note'} <span class="hint">(optional)</span></label>
<textarea id="note" name="note" rows="3" maxlength="8000">${view.fields.note}</textarea>
<label for="agency">Answering agency <span class="hint">(the ministry assessed, unless another body answered)</span></label>
${fieldProblem(view.problems, 'agency')}
<input type="text" id="agency" name="agency" value="${view.fields.agency}" maxlength="500" autocomplete="organization">
<div class="actions">
<button type="submit" name="go" value="next" class="primary">Save and go on</button>
<button type="submit" name="go" value="stay">Save</button>
</div>
</form>
${evidenceSection(view, base)}
<nav class="steps" aria-label="Questions">
<ul>
${view.previous === undefined ? '' : html`<li><a href="${view.previous}" rel="prev">Previous question</a></li>`}
<li><a href="${view.next}" rel="next">${view.onFile === undefined ? 'Skip for now' : 'Next question'}</a></li>
<li><a href="/">All questions</a></li>
</ul>
</nav>
${glossary.length === 0 ? '' : html`<details class="glossary"><summary>Glossary</summary><dl>${glossary.map((t) => html`<dt>${t.term}</dt><dd>${t.definition}</dd>`)}</dl></details>`}
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
  const { fields, rubric } = view;
  switch (indicator.type) {
    case 'level':
      return html`${indicator.levels.map((descriptor, level) => radio('choice', `=${level}`, `${level} ${rubric.scale[level]?.label ?? `Level ${level}`}`, descriptor ?? undefined, fields.choice))}`;
    case 'yes-no':
      return html`${radio('choice', '=yes', 'Yes', indicator.levels[indicator.yesLevel] ?? undefined, fields.choice)}${radio('choice', '=no', 'No', indicator.levels[indicator.noLevel] ?? undefined, fields.choice)}`;
    case 'choice':
      return html`${indicator.options.map((o) => radio('choice', `=${o.id}`, o.label, undefined, fields.choice))}`;
    case 'checklist':
      return html`${radio('choice', 'answer', 'Answer: the items ticked below apply', undefined, fields.choice)}
<fieldset class="typed"><legend>Tick every item that applies</legend>
${indicator.items.map((item, i) => html`<div class="option"><input type="checkbox" id="item-${i}" name="item" value="${item.id}"${fields.items.includes(item.id) ? ' checked' : ''}><label for="item-${i}">${item.label}</label></div>`)}
</fieldset>`;
    case 'number':
    case 'percent':
      return html`${radio('choice', 'answer', indicator.type === 'percent' ? 'Answer: the percentage below' : 'Answer: the number below', undefined, fields.choice)}
<div class="typed">${numberInput('number', indicator.type === 'percent' ? 'Percentage, from 0 to 100' : `Number${indicator.unit === undefined ? '' : ` (${indicator.unit})`}${indicator.min !== undefined && indicator.max !== undefined ? `, from ${indicator.min} to ${indicator.max}` : ''}`, view)}</div>`;
    case 'parity':
      return html`${radio('choice', 'answer', 'Answer: the four counts below', undefined, fields.choice)}
<div class="typed">${parityCounts.map((count) => numberInput(count, `${indicator.counts[count]} (a whole number)`, view))}</div>`;
  }
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
  const { indicator } = view.place;
  const answer = view.onFile;
  const level = answer?.status === 'answered' && answer.value !== undefined ? levelOf(indicator, answer.value, view.rubric.maxLevel) : null;
  const needed = level === null ? null : (indicator.evidence[level] ?? null);
  return html`<section class="evidence" aria-labelledby="evidence-heading">
<h2 id="evidence-heading">Evidence</h2>
<p>Evidence to look for: ${indicator.evidencePrompt}</p>
${needed === null || level === null ? '' : html`<p>Needed for level ${level}: ${needed}</p>`}
${
  answer?.status !== 'answered'
    ? html`<p>Evidence can be added once the question is answered.</p>`
    : html`${answer.evidence.length === 0 ? html`<p>None yet.</p>` : html`<ol>${answer.evidence.map((e, i) => html`<li>${evidenceText(e)} <a href="${base}/evidence/${i + 1}">Edit or delete<span class="visually-hidden"> reference ${i + 1}</span></a></li>`)}</ol>`}
<p><a href="${base}/evidence/new">${answer.evidence.length === 0 ? 'Add a reference' : 'Add another reference'}</a></p>`
}
</section>`;
}

function evidenceText(e: Evidence): Html {
  return html`${e.title}${e.link === undefined ? '' : html` (${e.link})`}, <span class="hint">${e.verification.replace(/-/g, ' ')}</span>`;
}
