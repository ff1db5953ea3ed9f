import type { Assessment } from '../../core/assessment.js';
import { indexPoints } from '../../core/scoring/points.js';
import { progressText } from '../../report/terminal/interview-screen.js';
import { html, type Html } from '../html.js';
import { progressBar } from './parts.js';

/** The scores as `gret score` counts them: the index and band, each dimension, what is still open, and the widest gaps. */
export interface Download {
  readonly href: string;
  /** The link's whole text. */
  readonly label: string;
  /** Saved rather than shown in the browser. */
  readonly download: boolean;
}

export function scoresPage(assessment: Assessment, where: { readonly file: string; readonly reportCommand: string; readonly downloads: readonly Download[] }): Html {
  const { overall, coverage } = assessment;
  const open = assessment.dimensions.flatMap((d) => d.indicators).filter((i) => i.status === 'unanswered' && i.applicable);
  const points = (score: number | null): string => (score === null ? 'no score' : `${indexPoints(score).toFixed(1)} of 100`);
  return html`
<h1>Scores</h1>
${progressBar(coverage, progressText(coverage))}
<p class="index">Overall index: <strong>${points(overall.score)}</strong>${overall.band === null ? '' : html`, band <strong>${overall.band}</strong>`}${overall.provisional ? ' (provisional: less than half of it rests on evidence beyond a claim)' : ''}</p>
<table>
<caption>By dimension</caption>
<thead><tr><th scope="col">Dimension</th><th scope="col">Score of 100</th><th scope="col">Band</th><th scope="col">Answered</th></tr></thead>
<tbody>
${assessment.dimensions.map((d) => html`<tr><th scope="row">${d.title}</th><td>${d.score === null ? 'none' : indexPoints(d.score).toFixed(1)}</td><td>${d.band ?? ''}</td><td>${d.coverage.answered} of ${d.coverage.applicable}</td></tr>`)}
</tbody>
</table>
${
  open.length === 0
    ? html`<p>Every question that applies has an answer.</p>`
    : html`<h2>Still open</h2><p>Each counts as level 0 until answered.</p><ul>${open.map((i) => html`<li><a href="/i/${encodeURIComponent(i.id)}">${i.title}</a></li>`)}</ul>`
}
${
  assessment.gaps.length === 0
    ? ''
    : html`<h2>Widest gaps</h2><ol>${assessment.gaps.slice(0, 5).map((g) => html`<li><a href="/i/${encodeURIComponent(g.indicator)}">${g.title}</a>: level ${g.level}, target ${g.target}${g.critical ? ' (critical)' : ''}</li>`)}</ol>`
}
<h2>The report</h2>
${where.downloads.length === 0 ? '' : html`<ul>${where.downloads.map((d) => html`<li><a href="${d.href}"${d.download ? ' download' : ''}>${d.label}</a> <span class="hint">(it takes a few seconds to make)</span></li>`)}</ul>`}
<p>Your answers are saved in ${where.file}. In a terminal, the same report is written by <code>${where.reportCommand}</code></p>
`;
}
