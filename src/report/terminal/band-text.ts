import type { Assessment, Coverage, GateFailure, ScoreSummary } from '../../core/assessment.js';
import { PROVISIONAL_BELOW } from '../../core/scoring/marks.js';
import { indexPoints, wholePercent } from '../../core/scoring/points.js';
import type { Band } from '../../core/types.js';
import type { Glyphs } from './style.js';
import { wrap } from './wrap.js';

/**
 * The terminal's words for what stands beside a band: the gate that caps it, the marks that
 * qualify it and the range the score could take. The report says the same from its template.
 */

const pts = (x: number): string => indexPoints(x).toFixed(1);

/** The short marks written right after a band. */
function bandMarks(x: ScoreSummary): string[] {
  return [x.bandCap === null ? '' : 'capped', x.limitedScope ? 'limited scope' : '', x.provisional ? 'provisional' : ''].filter((m) => m !== '');
}

/** The band with its marks, as one piece of text. */
export function bandWithMarks(x: ScoreSummary, g: Glyphs): string {
  return [x.band ?? g.enDash, ...bandMarks(x)].join(` ${g.dot} `);
}

/** One line per mark, saying why; the range first. */
export function markLines(a: Assessment, x: ScoreSummary, coverage: Coverage, g: Glyphs): string[] {
  const out: string[] = [];
  const range = rangeText(x, coverage);
  if (range !== null) out.push(range);
  if (x.bandCap !== null) out.push(capText(a, x, g));
  if (x.limitedScope) {
    out.push(`limited scope: ${wholePercent(x.applicableWeight)}% of the weight applicable, below ${wholePercent(a.rubric.limitedScopeBelow)}%`);
  }
  if (x.provisional) out.push(`provisional: evidence beyond a bare claim backs ${wholePercent(x.evidencedWeight)}% of the answered weight, below ${wholePercent(PROVISIONAL_BELOW)}%`);
  return out;
}

export function rangeText(x: ScoreSummary, c: Coverage): string | null {
  if (x.score === null || x.upperScore === null || indexPoints(x.upperScore) === indexPoints(x.score)) return null;
  const unknown = [c.dontKnow > 0 ? `${c.dontKnow} don't know` : '', c.unanswered > 0 ? `${c.unanswered} unanswered` : ''].filter((t) => t !== '').join(' and ');
  return `up to ${pts(x.upperScore)} once ${unknown} ${c.dontKnow + c.unanswered === 1 ? 'is answered at its target' : 'are answered at their target'}`;
}

function capText(a: Assessment, x: ScoreSummary, g: Glyphs): string {
  const cap = x.bandCap;
  if (cap === null) return '';
  return `capped at ${x.band ?? g.enDash} (the score alone reaches ${cap.uncapped}): ${cap.failures.map((f) => failureText(a, f)).join('; ')}`;
}

function failureText(a: Assessment, f: GateFailure): string {
  if (f.kind === 'top-level-share') {
    return `${wholePercent(f.share)}% of the weight is at level ${a.rubric.maxLevel}, below the ${wholePercent(f.required)}% needed`;
  }
  const why =
    f.status === 'not-applicable'
      ? 'handled nationally, it counts as level 0 until a national answer exists'
      : f.status === 'dont-know'
        ? "don't know counts as level 0"
        : f.status === 'unanswered'
          ? 'unanswered counts as level 0'
          : `it is at level ${f.level}`;
  return `${f.title}: ${why}, below the level ${f.required} needed`;
}

/** A gate in words: what a band needs besides its minimum. */
function gateText(a: Assessment, b: Band): string {
  const g = b.gate;
  if (g === undefined) return '';
  return [
    g.criticalMinLevel === undefined ? '' : `every critical indicator at level ${g.criticalMinLevel} or above`,
    g.topLevelShare === undefined ? '' : `${wholePercent(g.topLevelShare)}% of the weight at level ${a.rubric.maxLevel}`,
  ]
    .filter((t) => t !== '')
    .join(' and ');
}

/** The --explain block for a score's band: thresholds, every gate checked, the marks and the range. */
export function explainBand(a: Assessment, x: ScoreSummary, width: number, glyphs: Glyphs): string[] {
  if (x.score === null) return ['  No score, so no band.'];
  const thresholds = a.rubric.bands.map((b) => `${b.label} from ${indexPoints(b.min)}`).join(', ');
  const lines = [
    x.bandCap === null ? `Band: ${x.band ?? glyphs.enDash}, read off ${pts(x.score)} (${thresholds}).` : `Band: ${capText(a, x, glyphs)} (${thresholds}).`,
    ...x.gates.flatMap((g) => {
      const band = a.rubric.bands.find((b) => b.label === g.band);
      if (band === undefined) return [];
      const verdict = g.failures.length === 0 ? 'met' : `not met: ${g.failures.map((f) => failureText(a, f)).join('; ')}`;
      return [`Gate: ${g.band} needs ${gateText(a, band)}; ${verdict}.`];
    }),
    `Range: ${pts(x.score)} with don't know and unanswered at level 0, ${pts(x.upperScore ?? x.score)} with them at their target.`,
    ...(x.scoreExcludedAtZero === null ? [] : [`With every indicator left out scored at level 0: ${pts(x.scoreExcludedAtZero)}.`]),
    `Scope: ${wholePercent(x.applicableWeight)}% of the weight applicable${x.limitedScope ? ', so limited scope' : ''} (limited below ${wholePercent(a.rubric.limitedScopeBelow)}%).`,
    `Evidence: ${wholePercent(x.evidencedWeight)}% of the answered weight rests on more than a bare claim${x.provisional ? ', so provisional' : ''} (provisional below ${wholePercent(PROVISIONAL_BELOW)}%).`,
    `Level ${a.rubric.maxLevel} practice: ${wholePercent(x.topLevelShare)}% of the applicable weight.`,
  ];
  return lines.map((l) => wrap(`  ${l}`, width, '    '));
}
