import type { Assessment, DimensionResult, ScoreSummary } from '../../core/assessment.js';
import { indexPoints, roundToSum } from '../../core/scoring/points.js';
import { sanitize } from '../../core/sanitize.js';
import { bandWithMarks, explainBand, markLines, rangeText } from './band-text.js';
import { clip } from './clip.js';
import { plainStyle, type Glyphs, type Style } from './style.js';
import { wrap } from './wrap.js';

interface SummaryOptions {
  readonly style?: Style;
  readonly columns?: number;
  /** Add the score breakdown: every indicator's contribution in index points. */
  readonly explain?: boolean;
  /** How many priorities and gains to list. */
  readonly top?: number;
}

const pct = (x: number | null, g: Glyphs): string => (x === null ? g.enDash : `${Math.round(x * 100)}%`);
const pts = (x: number | null): string => (x === null ? 'no score' : indexPoints(x).toFixed(1));

/** The terminal summary of `gret score`: plain text, readable at 80 columns, colour optional. */
export function renderSummary(a: Assessment, options: SummaryOptions = {}): string {
  const s = options.style ?? plainStyle;
  const width = options.columns ?? 80;
  const top = options.top ?? 5;
  const g = s.glyphs;
  const out: string[] = [];
  const line = (text = ''): void => {
    out.push(text);
  };

  line(s.bold(sanitize(`${a.meta.ministry} ${g.emDash} ${a.meta.country}`)));
  line(s.dim(`${a.rubric.id} ${a.rubric.version} ${g.dot} assessed ${a.meta.date} ${g.dot} ${targetText(a)}`));
  line();
  line(`${s.bold('Overall index')}  ${s.bold(pts(a.overall.score))} / 100  ${a.overall.score === null ? '' : bandWithMarks(a.overall, g)}`);
  for (const m of markLines(a, a.overall, a.coverage, g)) line(wrap(`  ${m}`, width, '    '));
  line(s.dim(`  ${threeFigures(a.overall, g)}`));
  line();

  // Bands come last on each row: with their marks they are the longest cell, and the reasons follow beneath.
  const nameWidth = Math.max(9, ...a.dimensions.map((d) => d.shortTitle.length));
  line(s.bold(`${'Dimension'.padEnd(nameWidth)}  ${'Score'.padStart(5)}  Applicable  To target  Band`));
  for (const d of a.dimensions) {
    line(`${sanitize(d.shortTitle).padEnd(nameWidth)}  ${pts(d.score).padStart(5)}  ${pct(d.applicableWeight, g).padStart(10)}  ${pct(d.toTarget, g).padStart(9)}  ${bandWithMarks(d, g)}`);
    if (d.score !== null) for (const m of markLines(a, d, d.coverage, g)) line(s.dim(wrap(`    ${m}`, width, '      ')));
  }
  line();
  line(wrap(coverageText(a, g), width));
  line();

  if (a.gaps.length === 0) {
    line(s.good('Every applicable indicator is at or above its target.'));
  } else {
    line(s.bold(`Top priorities (${Math.min(top, a.gaps.length)} of ${a.gaps.length} gaps)`));
    for (const gap of a.gaps.slice(0, top)) {
      const mark = gap.critical ? s.bad('critical') : '';
      const head = `${String(gap.rank).padStart(2)}. ${sanitize(gap.title)}`;
      const tail = `level ${gap.level} ${g.arrow} ${gap.target}${dataGapText(a, gap.indicator)}${mark === '' ? '' : ` ${g.dot} ${mark}`}`;
      line(wrap(`${head} ${g.emDash} ${tail}`, width, '    '));
    }
    line();
    const gains = [...a.dimensions.flatMap((d) => d.indicators)]
      .filter((i) => i.gainToTarget > 0)
      .sort((x, y) => y.gainToTarget - x.gainToTarget || y.gainNext - x.gainNext)
      .slice(0, top);
    line(s.bold('Biggest gains (index points)'));
    for (const i of gains) {
      const figures = `+${i.gainNext.toFixed(1)} one level up ${g.dot} +${i.gainToTarget.toFixed(1)} at target`;
      line(wrap(`  ${sanitize(i.title)} ${g.emDash} ${figures}`, width, '    '));
    }
  }

  if (options.explain === true) {
    line();
    out.push(...explain(a, s, width));
  }
  for (const w of a.warnings) {
    line();
    line(wrap(s.warn(`Warning: ${sanitize(w)}`), width, '  '));
  }
  return `${out.join('\n')}\n`;
}

function dataGapText(a: Assessment, id: string): string {
  const status = a.dimensions.flatMap((d) => d.indicators).find((i) => i.id === id)?.status;
  if (status === 'dont-know') return " (don't know)";
  if (status === 'unanswered') return ' (not answered yet)';
  return '';
}

function targetText(a: Assessment): string {
  if (a.targets.source === 'file') return `targets from file (default level ${a.targets.default})`;
  return `target level ${a.targets.default}`;
}

function threeFigures(x: ScoreSummary, g: Glyphs): string {
  return `${pct(x.applicableWeight, g)} of the rubric's weight applicable ${g.dot} ${pct(x.toTarget, g)} of the way to target (${pts(x.targetScore)})`;
}

function coverageText(a: Assessment, g: Glyphs): string {
  const c = a.coverage;
  const parts = [
    `Coverage: ${c.answered} of ${c.applicable} applicable indicators answered (${pct(c.answeredShare, g)})`,
    c.dontKnow > 0 ? `${c.dontKnow} don't know (scored 0)` : '',
    c.unanswered > 0 ? `${c.unanswered} unanswered (scored 0)` : '',
    c.notApplicable > 0 ? `${c.notApplicable} not applicable (left out; at level 0 the index would be ${pts(a.overall.scoreExcludedAtZero)})` : '',
  ].filter((p) => p !== '');
  return `${parts.join('; ')}. Evidence beyond a bare claim for ${c.evidenced} of ${c.answered} answers (${pct(c.evidenceShare, g)}).`;
}

/** Contributions rounded so that each column adds up exactly to the score shown beside it. */
function explain(a: Assessment, s: Style, width: number): string[] {
  const out: string[] = [s.bold('How the scores are built (index points)')];
  const dimensionPoints = roundToSum(a.dimensions.map((d) => d.contribution));
  for (const d of a.dimensions) out.push('', ...explainDimension(a, d, s, width));
  out.push('', s.bold('Overall index'));
  a.dimensions.forEach((d, i) => {
    out.push(`  ${sanitize(d.shortTitle).padEnd(32)} weight ${pctWeight(d.normalisedWeight)}  ${(dimensionPoints[i] ?? 0).toFixed(1).padStart(5)}`);
  });
  out.push(`  ${'Total'.padEnd(32)}              ${pts(a.overall.score).padStart(5)}`);
  out.push('', s.bold('The band of the overall index'), ...explainBand(a, a.overall, width, s.glyphs));
  return out;
}

function explainDimension(a: Assessment, d: DimensionResult, s: Style, width: number): string[] {
  const range = rangeText(d, d.coverage);
  const out = [s.bold(wrap(`${sanitize(d.title)}: ${pts(d.score)}${range === null ? '' : `, ${range}`}`, width, '  '))];
  const applicable = d.indicators.filter((i) => i.applicable);
  const points = roundToSum(applicable.map((i) => i.contribution));
  out.push(s.dim(`  ${'Indicator'.padEnd(44)} Level  Weight  Share  Points`));
  applicable.forEach((i, k) => {
    const title = clip(sanitize(i.title), 44, s.glyphs.ellipsis);
    out.push(
      `  ${title.padEnd(44)} ${String(i.level ?? s.glyphs.enDash).padStart(5)}  ${String(i.weight).padStart(6)}  ${pctWeight(i.normalisedWeight)}  ${(points[k] ?? 0).toFixed(1).padStart(6)}`,
    );
  });
  for (const i of d.indicators.filter((x) => !x.applicable)) {
    out.push(s.dim(`  ${sanitize(i.title)}: left out (${i.exclusion?.kind === 'not-applicable' ? `not applicable: ${i.exclusion.reason}` : 'condition not met'})`));
  }
  for (const i of d.indicators.filter((x) => x.levelSetBy !== null)) {
    out.push(s.dim(`  ${sanitize(i.title)}: level set by its condition (${sanitize(i.levelSetBy?.explanation ?? '')})`));
  }
  out.push(`  ${'Total'.padEnd(44)} ${' '.repeat(21)}${pts(d.score).padStart(6)}`);
  out.push(...explainBand(a, d, width, s.glyphs));
  return out;
}

function pctWeight(x: number): string {
  return `${(x * 100).toFixed(1)}%`.padStart(5);
}
