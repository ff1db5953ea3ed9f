import type { Assessment } from '../../core/assessment.js';
import type { Messages } from '../../core/messages/messages.js';
import { indexPoints } from '../../core/scoring/points.js';
import { formatDecimal } from '../../core/translation/locale-format.js';
import { html, type Html } from '../html.js';
import { progressBar } from './parts.js';

/** A report the scores page offers, and how it names it. */
export interface Download {
  readonly href: string;
  /** The link's whole text. */
  readonly label: string;
  /** Saved rather than shown in the browser. */
  readonly download: boolean;
}

/** The scores as `gret score` counts them: the index and band, each dimension, what is still open, and the widest gaps. */
export function scoresPage(assessment: Assessment, messages: Messages, where: { readonly file: string; readonly reportCommand: string; readonly downloads: readonly Download[] }): Html {
  const { overall, coverage } = assessment;
  const open = assessment.dimensions.flatMap((d) => d.indicators).filter((i) => i.status === 'unanswered' && i.applicable);
  const points = (score: number): string => formatDecimal(indexPoints(score), 1, messages.language);
  return html`
<h1>${messages.t('web.scores')}</h1>
${progressBar(coverage, messages)}
<p class="index">${messages.t('web.scores_page.index')} <strong>${overall.score === null ? messages.t('web.scores_page.no_score') : messages.t('web.scores_page.points', { points: points(overall.score) })}</strong>${overall.band === null ? '' : html`, ${messages.t('web.scores_page.band')} <strong>${overall.band}</strong>`}${overall.provisional ? messages.t('web.scores_page.provisional') : ''}</p>
<table>
<caption>${messages.t('web.scores_page.by_dimension')}</caption>
<thead><tr><th scope="col">${messages.t('web.scores_page.dimension')}</th><th scope="col">${messages.t('web.scores_page.score')}</th><th scope="col">${messages.t('web.scores_page.band_column')}</th><th scope="col">${messages.t('web.scores_page.answered')}</th></tr></thead>
<tbody>
${assessment.dimensions.map(
  (d) =>
    html`<tr><th scope="row">${d.title}</th><td class="figure">${d.score === null ? messages.t('web.scores_page.none') : points(d.score)}</td><td>${d.band ?? ''}</td><td class="figure">${messages.t('web.scores_page.answered_of', { answered: d.coverage.answered, applicable: d.coverage.applicable })}</td></tr>`,
)}
</tbody>
</table>
${
  open.length === 0
    ? html`<p>${messages.t('web.scores_page.complete')}</p>`
    : html`<h2>${messages.t('web.scores_page.still_open')}</h2><p>${messages.t('web.scores_page.open_counts')}</p><ul>${open.map((i) => html`<li><a href="/i/${encodeURIComponent(i.id)}">${i.title}</a></li>`)}</ul>`
}
${
  assessment.gaps.length === 0
    ? ''
    : html`<h2>${messages.t('web.scores_page.widest_gaps')}</h2><ol>${assessment.gaps.slice(0, 5).map((g) => {
        const values = { title: g.title, level: g.level, target: g.target };
        return html`<li><a href="/i/${encodeURIComponent(g.indicator)}">${g.critical ? messages.t('web.scores_page.gap_critical', values) : messages.t('web.scores_page.gap', values)}</a></li>`;
      })}</ol>`
}
<h2>${messages.t('web.scores_page.report')}</h2>
${
  where.downloads.length === 0
    ? ''
    : html`<ul>${where.downloads.map((d) => html`<li><a href="${d.href}"${d.download ? ' download' : ''}>${d.label}</a> <span class="hint">(${messages.t('web.live.report_wait')})</span></li>`)}</ul>`
}
<p>${messages.t('web.scores_page.saved_in', { file: where.file })}</p>
<p><code>${where.reportCommand}</code></p>
`;
}
