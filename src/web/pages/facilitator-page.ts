import type { Coverage } from '../../core/assessment.js';
import type { WorkshopView } from '../../core/aggregate/aggregate-summary.js';
import type { Messages } from '../../core/messages/messages.js';
import { html, type Html } from '../html.js';
import { progressBar } from './parts.js';
import type { Download } from './scores-page.js';

export interface GroupProgress {
  readonly group: string;
  readonly coverage: Coverage;
}

/** A group's answer to an indicator in words; the group named by its file, as the view names it. */
export type GroupAnswer = (indicatorId: string, file: string) => string;

/** What the facilitator sees of the workshop at one moment: each group's progress, and where they disagree. */
export interface WorkshopState {
  readonly groups: readonly GroupProgress[];
  readonly view: WorkshopView | undefined;
  readonly answer: GroupAnswer;
}

/**
 * The facilitator's page: each group's progress, then the indicators on which the groups
 * disagree most, ranked as `gret aggregate --workshop` ranks them, with every group's answer.
 * The two parts are also what the page's event stream sends as it changes, rendered by the
 * same code, so the page refreshed and the page updated live show the same.
 */
export function facilitatorPage(state: WorkshopState, messages: Messages, reports: readonly Download[]): Html {
  return html`
<h1>${messages.t('web.workshop.progress_heading')}</h1>
<p id="live-note" role="status" data-live="${messages.t('web.live.updates')}" data-lost="${messages.t('web.live.lost')}">${messages.t('web.workshop.refresh')}</p>
<div id="progress">${progressPart(state.groups, messages)}</div>
<h2>${messages.t('web.workshop.disagree')}</h2>
<div id="ranking">${rankingPart(state, messages)}</div>
<p>${messages.t('web.workshop.full_comparison')}</p>
<p><code>gret aggregate --workshop</code></p>
<h2>${messages.t('web.live.workshop_report')}</h2>
<ul>${reports.map((r) => html`<li><a href="${r.href}"${r.download ? ' download' : ''}>${r.label}</a> <span class="hint">(${messages.t('web.live.report_wait')})</span></li>`)}</ul>
<script src="/facilitator-live.js" defer></script>
`;
}

export function progressPart(groups: readonly GroupProgress[], messages: Messages): Html {
  return html`<table>
<caption>${messages.t('web.workshop.progress_caption')}</caption>
<thead><tr><th scope="col">${messages.t('web.workshop.group')}</th><th scope="col">${messages.t('web.workshop.answered')}</th></tr></thead>
<tbody>
${groups.map((g) => html`<tr><th scope="row">${g.group}</th><td>${progressBar(g.coverage, messages)}</td></tr>`)}
</tbody>
</table>`;
}

export function rankingPart(state: WorkshopState, messages: Messages): Html {
  const { view } = state;
  if (view === undefined || view.prompts.length === 0) return html`<p>${messages.t('web.workshop.no_disagreement')}</p>`;
  return html`<ol class="disagreements">${view.prompts.map(
    (row) => html`<li data-indicator="${row.id}"><strong>${row.title}</strong> <span class="hint">(${[
      ...(row.spread === null || row.range === null ? [] : [messages.t('web.live.figures', { spread: row.spread.toFixed(1), range: row.range })]),
      ...(row.applicabilitySplit ? [messages.t('web.live.applicability_split')] : []),
    ].join('; ')})</span>
<ul>${view.groups.map((g) => html`<li>${messages.t('web.workshop.group_answer', { group: g.label, answer: state.answer(row.id, g.file) })}</li>`)}</ul></li>`,
  )}</ol>`;
}
