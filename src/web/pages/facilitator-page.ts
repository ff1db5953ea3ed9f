import type { Coverage } from '../../core/assessment.js';
import type { WorkshopView } from '../../core/aggregate/aggregate-summary.js';
import type { Messages } from '../../core/messages/messages.js';
import { progressText } from '../../report/terminal/interview-screen.js';
import { html, type Html } from '../html.js';
import { progressBar } from './parts.js';
import type { Download } from './scores-page.js';

export interface GroupProgress {
  readonly group: string;
  readonly coverage: Coverage;
}

/** What the facilitator sees of the workshop at one moment: each group's progress, and where they disagree. */
export interface WorkshopState {
  readonly groups: readonly GroupProgress[];
  readonly view: WorkshopView | undefined;
}

/**
 * The facilitator's page: each group's progress, then the indicators on which the groups
 * disagree most, ranked as `gret aggregate --workshop` ranks them, with every group's answer.
 * The two parts are also what the page's event stream sends as it changes, rendered by the
 * same code, so the page refreshed and the page updated live show the same.
 */
export function facilitatorPage(state: WorkshopState, messages: Messages, reports: readonly Download[]): Html {
  return html`
<h1>Workshop: the groups' progress</h1>
<p id="live-note" role="status" data-live="${messages.t('web.live.updates')}" data-lost="${messages.t('web.live.lost')}">Refresh this page to see the answers given since it was opened.</p>
<div id="progress">${progressPart(state.groups)}</div>
<h2>Where the groups disagree most</h2>
<div id="ranking">${rankingPart(state.view, messages)}</div>
<p>For the full comparison and the agreement statistics, run <code>gret aggregate --workshop</code> on the groups' folder.</p>
<h2>${messages.t('web.live.workshop_report')}</h2>
<ul>${reports.map((r) => html`<li><a href="${r.href}"${r.download ? ' download' : ''}>${r.label}</a> <span class="hint">(${messages.t('web.live.report_wait')})</span></li>`)}</ul>
<script src="/facilitator-live.js" defer></script>
`;
}

export function progressPart(groups: readonly GroupProgress[]): Html {
  return html`<table>
<caption>Progress by group</caption>
<thead><tr><th scope="col">Group</th><th scope="col">Answered</th></tr></thead>
<tbody>
${groups.map((g) => html`<tr><th scope="row">${g.group}</th><td>${progressBar(g.coverage, progressText(g.coverage))}</td></tr>`)}
</tbody>
</table>`;
}

export function rankingPart(view: WorkshopView | undefined, messages: Messages): Html {
  if (view === undefined || view.prompts.length === 0) return html`<p>No disagreement yet: the groups' answers so far agree, or too few have been given.</p>`;
  return html`<ol class="disagreements">${view.prompts.map(
    (row) => html`<li data-indicator="${row.id}"><strong>${row.title}</strong> <span class="hint">(${[
      ...(row.spread === null || row.range === null ? [] : [messages.t('web.live.figures', { spread: row.spread.toFixed(1), range: row.range })]),
      ...(row.applicabilitySplit ? [messages.t('web.live.applicability_split')] : []),
    ].join('; ')})</span>
<ul>${row.answers.map((a, i) => html`<li>${view.groups[i]?.label ?? ''}: ${a.answerText ?? (a.status === 'unanswered' ? 'no answer yet' : a.status.replace(/-/g, ' '))}</li>`)}</ul></li>`,
  )}</ol>`;
}
