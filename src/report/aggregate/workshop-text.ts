import type { GroupAnswer, IndicatorDistribution, WorkshopRow } from '../../core/aggregate/aggregate-summary.js';
import type { Readings } from '../../core/template/template-schema.js';
import { answerInWords, type AnswerWording } from '../model/answer-words.js';
import { fill } from '../model/fill.js';
import { unicodeGlyphs, type Glyphs } from '../terminal/style.js';

/**
 * One group's answer in a few words: its level, the answer itself where it says more, and why a
 * level is missing or 0. The documents draw Unicode glyphs; the terminal passes its own.
 */
export function answerLabel(row: WorkshopRow, answer: GroupAnswer | undefined, wording: AnswerWording & { readonly readings: Readings }, g: Glyphs = unicodeGlyphs): string {
  const words = wording.readings;
  if (answer === undefined) return g.enDash;
  if (answer.level === null) return words.not_applicable;
  if (answer.status === 'dont-know') return words.dont_know;
  if (answer.status === 'unanswered') return words.unanswered;
  return answer.answer === null || row.type === 'level'
    ? fill(words.level, { level: answer.level })
    : fill(words.with_answer, { level: answer.level, answer: answerInWords(wording, answer.answer) });
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
