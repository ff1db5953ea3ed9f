import type { Coverage } from '../../core/assessment.js';
import type { WorkshopView } from '../../core/aggregate/aggregate-summary.js';
import { progressText } from '../../report/terminal/interview-screen.js';
import { html, type Html } from '../html.js';
import { progressBar } from './parts.js';

export interface GroupProgress {
  readonly group: string;
  readonly coverage: Coverage;
}

/**
 * The facilitator's page: each group's progress, then the indicators on which the groups
 * disagree most, ranked as `gret aggregate --workshop` ranks them, with every group's answer.
 */
export function facilitatorPage(groups: readonly GroupProgress[], view: WorkshopView | undefined): Html {
  return html`
<h1>Workshop: the groups' progress</h1>
<p>Refresh this page to see the answers given since it was opened.</p>
<table>
<caption>Progress by group</caption>
<thead><tr><th scope="col">Group</th><th scope="col">Answered</th></tr></thead>
<tbody>
${groups.map((g) => html`<tr><th scope="row">${g.group}</th><td>${progressBar(g.coverage, progressText(g.coverage))}</td></tr>`)}
</tbody>
</table>
<h2>Where the groups disagree most</h2>
${
  view === undefined || view.prompts.length === 0
    ? html`<p>No disagreement yet: the groups' answers so far agree, or too few have been given.</p>`
    : html`<ol class="disagreements">${view.prompts.map(
        (row) => html`<li><strong>${row.title}</strong>${row.range === null ? '' : html` <span class="hint">(levels ${row.range} apart${row.applicabilitySplit ? '; some groups find it does not apply' : ''})</span>`}
<ul>${row.answers.map((a, i) => html`<li>${view.groups[i]?.label ?? ''}: ${a.answerText ?? (a.status === 'unanswered' ? 'no answer yet' : a.status.replace(/-/g, ' '))}</li>`)}</ul></li>`,
      )}</ol>`
}
<p>For the full comparison and the agreement statistics, run <code>gret aggregate --workshop</code> on the groups' folder.</p>
`;
}
