import type { GroupAnswer, IndicatorDistribution, WorkshopRow } from '../../core/aggregate/aggregate-summary.js';
import { unicodeGlyphs, type Glyphs } from '../terminal/style.js';

/**
 * One group's answer in a few words: its level, the answer itself where it says more, and why a
 * level is missing or 0. The documents draw Unicode glyphs; the terminal passes its own.
 */
export function answerLabel(row: WorkshopRow, answer: GroupAnswer | undefined, g: Glyphs = unicodeGlyphs): string {
  if (answer === undefined) return g.enDash;
  if (answer.level === null) return 'not applicable';
  if (answer.status === 'dont-know') return "level 0 (don't know)";
  if (answer.status === 'unanswered') return 'level 0 (unanswered)';
  return answer.answerText === null || row.type === 'level' ? `level ${answer.level}` : `level ${answer.level} (${answer.answerText})`;
}

/** The indicators on which the assessments differ most; ties keep rubric order. */
export function widestSpread(indicators: readonly IndicatorDistribution[], top: number): IndicatorDistribution[] {
  return indicators
    .map((i, k) => ({ i, k }))
    .filter(({ i }) => (i.levels.sd ?? 0) > 0)
    .sort((x, y) => (y.i.levels.sd ?? 0) - (x.i.levels.sd ?? 0) || x.k - y.k)
    .slice(0, top)
    .map(({ i }) => i);
}
