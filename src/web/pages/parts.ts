import type { Coverage } from '../../core/assessment.js';
import type { Messages } from '../../core/messages/messages.js';
import type { FieldProblem } from '../answer-form.js';
import { progressInWords } from '../progress-words.js';
import { html, type Html } from '../html.js';

export function progressBar(progress: Coverage, messages: Messages): Html {
  return html`<p class="progress"><progress value="${progress.answered}" max="${Math.max(progress.applicable, 1)}" aria-label="${messages.t('web.progress_label')}"></progress> ${progressInWords(progress, messages)}</p>`;
}

/** The problems of a refused form, each a link to its field, announced when the page opens. */
export function problemSummary(problems: readonly FieldProblem[], messages: Messages): Html {
  if (problems.length === 0) return html``;
  return html`<div class="problems" role="alert" aria-labelledby="problems-heading">
<h2 id="problems-heading">${messages.t('web.problems', { count: problems.length })}</h2>
<ul>${problems.map((p) => html`<li><a href="#${p.field === 'choice' ? 'main' : p.field}">${p.message}</a></li>`)}</ul>
</div>`;
}
