import type { Coverage } from '../../core/assessment.js';
import type { WorkshopView } from '../../core/aggregate/aggregate-summary.js';
import type { Messages } from '../../core/messages/messages.js';
import { html, type Html } from '../html.js';
import { progressBar } from './parts.js';

export interface GroupProgress {
  readonly group: string;
  readonly coverage: Coverage;
}

/** A group's answer to an indicator in words; the group named by its file, as the view names it. */
export type GroupAnswer = (indicatorId: string, file: string) => string;

/**
 * The facilitator's page: each group's progress, then the indicators on which the groups
 * disagree most, ranked as `gret aggregate --workshop` ranks them, with every group's answer.
 */
export function facilitatorPage(groups: readonly GroupProgress[], view: WorkshopView | undefined, answer: GroupAnswer, messages: Messages): Html {
  return html`
<h1>${messages.t('web.workshop.progress_heading')}</h1>
<p>${messages.t('web.workshop.refresh')}</p>
<table>
<caption>${messages.t('web.workshop.progress_caption')}</caption>
<thead><tr><th scope="col">${messages.t('web.workshop.group')}</th><th scope="col">${messages.t('web.workshop.answered')}</th></tr></thead>
<tbody>
${groups.map((g) => html`<tr><th scope="row">${g.group}</th><td>${progressBar(g.coverage, messages)}</td></tr>`)}
</tbody>
</table>
<h2>${messages.t('web.workshop.disagree')}</h2>
${
  view === undefined || view.prompts.length === 0
    ? html`<p>${messages.t('web.workshop.no_disagreement')}</p>`
    : html`<ol class="disagreements">${view.prompts.map((row) => {
        const range = row.range === null ? '' : row.applicabilitySplit ? messages.t('web.workshop.range_split', { range: row.range }) : messages.t('web.workshop.range', { range: row.range });
        return html`<li><strong>${row.title}</strong>${range === '' ? '' : html` <span class="hint">${range}</span>`}
<ul>${view.groups.map((g) => html`<li>${messages.t('web.workshop.group_answer', { group: g.label, answer: answer(row.id, g.file) })}</li>`)}</ul></li>`;
      })}</ol>`
}
<p>${messages.t('web.workshop.full_comparison')}</p>
<p><code>gret aggregate --workshop</code></p>
`;
}
