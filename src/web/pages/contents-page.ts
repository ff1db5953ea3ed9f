import type { Assessment } from '../../core/assessment.js';
import { describeAnswerOnFile } from '../../core/answers/describe-answer.js';
import type { Place } from '../../core/interview/go-to.js';
import type { Answers } from '../../core/types.js';
import { progressText } from '../../report/terminal/interview-screen.js';
import { html, type Html } from '../html.js';
import { progressBar } from './parts.js';

export interface ContentsView {
  readonly title: string;
  readonly places: readonly Place[];
  readonly answers: Answers;
  readonly assessment: Assessment;
  /** Where to carry on: the first question without an answer; undefined when every one has one. */
  readonly resume: string | undefined;
  readonly file: string;
}

/** Every question, dimension by dimension, each with its answer: to start, to carry on, or to go to any one. */
export function contentsPage(view: ContentsView): Html {
  const progress = view.assessment.coverage;
  const dimensions = [...new Map(view.places.map((p) => [p.dimension.id, p.dimension])).values()];
  return html`
<h1>${view.title}</h1>
${progressBar(progress, progressText(progress))}
<p>Every answer is saved in ${view.file} as soon as it is given: you can close this page and carry on later.</p>
${view.resume === undefined ? html`<p><a class="button primary" href="/scores">See the scores</a></p>` : html`<p><a class="button primary" href="${view.resume}">${progress.answered + progress.dontKnow + progress.notApplicable === 0 ? 'Start with the first question' : 'Carry on with the next open question'}</a></p>`}
${dimensions.map((dimension, d) => {
  const result = view.assessment.dimensions.find((r) => r.id === dimension.id);
  return html`<section aria-labelledby="dimension-${d + 1}">
<h2 id="dimension-${d + 1}">${d + 1}. ${dimension.title}</h2>
${result === undefined ? '' : html`<p class="hint">${progressText(result.coverage)}</p>`}
<ol class="contents">
${view.places
  .filter((p) => p.dimension.id === dimension.id)
  .map((p) => {
    const answer = view.answers.answers.get(p.indicator.id);
    const excluded = view.assessment.dimensions.flatMap((r) => r.indicators).find((r) => r.id === p.indicator.id)?.exclusion;
    const state = excluded?.kind === 'condition' ? 'not asked: its condition is not met' : answer === undefined ? 'no answer yet' : describeAnswerOnFile(p.indicator, answer);
    return html`<li><a href="/i/${encodeURIComponent(p.indicator.id)}">${p.indicator.title}</a> <span class="state">${state}</span></li>`;
  })}
</ol>
</section>`;
})}
`;
}
