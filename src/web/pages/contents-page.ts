import type { Assessment } from '../../core/assessment.js';
import type { Place } from '../../core/interview/go-to.js';
import type { Messages } from '../../core/messages/messages.js';
import type { Answers } from '../../core/types.js';
import { answerOnFileInWords } from '../../core/answers/answer-in-words.js';
import { progressInWords } from '../progress-words.js';
import { html, type Html } from '../html.js';
import { progressBar } from './parts.js';

export interface ContentsView {
  readonly title: string;
  readonly messages: Messages;
  readonly places: readonly Place[];
  readonly answers: Answers;
  readonly assessment: Assessment;
  /** Where to carry on: the first question without an answer; undefined when every one has one. */
  readonly resume: string | undefined;
  readonly file: string;
}

/** Every question, dimension by dimension, each with its answer: to start, to carry on, or to go to any one. */
export function contentsPage(view: ContentsView): Html {
  const { messages } = view;
  const progress = view.assessment.coverage;
  const dimensions = [...new Map(view.places.map((p) => [p.dimension.id, p.dimension])).values()];
  const started = progress.answered + progress.dontKnow + progress.notApplicable > 0;
  return html`
<h1>${view.title}</h1>
${progressBar(progress, messages)}
<p>${messages.t('web.contents.saved_in', { file: view.file })}</p>
${
  view.resume === undefined
    ? html`<p><a class="button primary" href="/scores">${messages.t('web.contents.see_scores')}</a></p>`
    : html`<p><a class="button primary" href="${view.resume}">${started ? messages.t('web.contents.carry_on') : messages.t('web.contents.start')}</a></p>`
}
${dimensions.map((dimension, d) => {
  const result = view.assessment.dimensions.find((r) => r.id === dimension.id);
  return html`<section aria-labelledby="dimension-${d + 1}">
<h2 id="dimension-${d + 1}">${d + 1}. ${dimension.title}</h2>
${result === undefined ? '' : html`<p class="hint">${progressInWords(result.coverage, messages)}</p>`}
<ol class="contents">
${view.places
  .filter((p) => p.dimension.id === dimension.id)
  .map((p) => {
    const answer = view.answers.answers.get(p.indicator.id);
    const excluded = view.assessment.dimensions.flatMap((r) => r.indicators).find((r) => r.id === p.indicator.id)?.exclusion;
    const state = excluded?.kind === 'condition' ? messages.t('go_to.not_asked') : answer === undefined ? messages.t('go_to.no_answer') : answerOnFileInWords(p.indicator, answer, messages);
    return html`<li><a href="/i/${encodeURIComponent(p.indicator.id)}">${p.indicator.title}</a> <span class="state">${state}</span></li>`;
  })}
</ol>
</section>`;
})}
`;
}
