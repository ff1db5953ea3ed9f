import { describeAnswerOnFile } from '../../core/answers/describe-answer.js';
import type { DimensionResult } from '../../core/assessment.js';
import type { Position, Progress, Screen } from '../../core/interview/screen.js';
import { sanitize } from '../../core/sanitize.js';
import { indexPoints } from '../../core/scoring/points.js';
import type { Answer, Indicator } from '../../core/types.js';
import { plainStyle, type Glyphs, type Style } from './style.js';
import { wrap } from './wrap.js';

interface ScreenOptions {
  readonly style?: Style;
  readonly columns?: number;
}

/** What `gret assess` prints around its prompts; every line fits in `columns`. */
export function renderScreen(screen: Screen, options: ScreenOptions = {}): string {
  const s = options.style ?? plainStyle;
  const width = options.columns ?? 80;
  const para = (text: string, indent = ''): string => wrap(sanitize(text), width, indent);
  switch (screen.kind) {
    case 'start':
      return `${startText(screen, s.glyphs, para)}\n`;
    case 'dimension':
      return [
        '',
        s.bold(para(`Dimension ${screen.number} of ${screen.count}: ${screen.dimension.title}`)),
        s.dim(para(screen.dimension.description)),
        '',
      ].join('\n') + '\n';
    case 'question':
      return questionText(screen.indicator, screen.position, screen.current, s, width, para);
    case 'condition-skipped':
      return `${para(`Not asked: ${screen.indicator.title}. It ${screen.explanation}.`, '  ')}\n`;
    case 'evidence':
      return `${para(`Evidence to look for: ${screen.prompt}`, '  ')}\n${screen.needed === undefined ? '' : `${para(`Needed for level ${screen.needed.level}: ${screen.needed.evidence}`, '  ')}\n`}`;
    case 'evidence-deleted':
      return `${para(`Deleted the reference ${s.glyphs.openQuote}${screen.evidence.title}${s.glyphs.closeQuote}.`, '  ')}\n`;
    case 'saved':
      return `${s.good(para(`${s.glyphs.tick} Saved: ${screen.indicator.title}: ${describeAnswerOnFile(screen.indicator, screen.answer)}. ${progressText(screen.progress)}.`, '  '))}\n\n`;
    case 'skipped':
      return `${para(`Skipped for now: ${screen.indicator.title}. It stays unanswered until you come back to it.`, '  ')}\n`;
    case 'dimension-done':
      return `\n${s.bold(para(subtotalText(screen.dimension, screen.number, screen.count), '  '))}\n`;
  }
}

type Para = (text: string, indent?: string) => string;

function startText(screen: Extract<Screen, { kind: 'start' }>, g: Glyphs, para: Para): string {
  const p = screen.progress;
  const stop = 'Every answer is saved as soon as it is given. Esc goes back to the previous question; Ctrl+C stops at any time.';
  if (screen.toVisit === 0) {
    return para(`${progressText(p)}: nothing is left to answer here. To change an answer, choose ${g.openQuote}Go to a question${g.closeQuote} below, or add --review to go through them all.`);
  }
  if (screen.review) {
    return para(`Reviewing ${count(screen.toVisit, 'indicator')}. Each question starts at the answer on file; ${g.openQuote}Keep the answer on file${g.closeQuote} leaves it as it is. ${stop}`);
  }
  if (screen.resumeAt !== undefined) {
    return para(`${progressText(p)}. Carrying on with ${count(screen.toVisit, 'unanswered indicator')}, starting at ${g.openQuote}${screen.resumeAt.title}${g.closeQuote}. ${stop}`);
  }
  return para(`${count(screen.toVisit, 'indicator')} to answer. ${stop}`);
}

function questionText(ind: Indicator, pos: Position, current: Answer | undefined, s: Style, width: number, para: Para): string {
  const out: string[] = [s.dim(s.glyphs.rule.repeat(width)), questionHeading(ind, pos, { style: s, columns: width }), '', para(`Guidance: ${ind.guidance}`, '  ')];
  if (ind.scope === 'national') out.push(para('Scope: national. Answer for the country as a whole, not only for the ministry.', '  '));
  if (current !== undefined) out.push('', s.accent(para(`On file: ${describeAnswerOnFile(ind, current)}${detailsText(current, s.glyphs)}`, '  ')));
  out.push('', s.dim(para(howToAnswer(ind, s.glyphs))));
  return `${out.join('\n')}\n`;
}

/** Where the user is and which indicator: printed above the guidance, and repeated above each prompt so that it stays in view. */
export function questionHeading(ind: Indicator, pos: Position, options: ScreenOptions = {}): string {
  const s = options.style ?? plainStyle;
  const width = options.columns ?? 80;
  return [
    s.dim(wrap(sanitize(`Dimension ${pos.dimensionNumber} of ${pos.dimensionCount} ${s.glyphs.dot} indicator ${pos.indicatorNumber} of ${pos.indicatorCount} ${s.glyphs.dot} ${progressText(pos.progress)}`), width)),
    s.bold(wrap(sanitize(`${ind.title}${ind.critical ? ' (critical)' : ''}`), width)),
  ].join('\n');
}

/** The question itself is the prompt's message, printed next; this line says how to answer it. */
function howToAnswer(ind: Indicator, g: Glyphs): string {
  const answer = `${g.openQuote}Answer${g.closeQuote}`;
  switch (ind.type) {
    case 'level':
      return `Choose the statement that describes the ministry best: type its number (0 to ${ind.levels.length - 1}), then Enter.`;
    case 'yes-no':
      return 'Answer yes or no: type y or n, then Enter.';
    case 'choice':
      return `Choose the option that fits best: use the arrow keys or type its first letters, then Enter.`;
    case 'checklist':
      return `Answer by ticking the items that apply: choose ${answer}, then Space ticks an item.`;
    case 'number':
      return `Answer with a number${ind.unit === undefined ? '' : ` (${ind.unit})`}: choose ${answer}, then type it.`;
    case 'percent':
      return `Answer with a percentage: choose ${answer}, then type it.`;
    case 'parity':
      return `Answer with four counts, women and men who used the services and who were eligible: choose ${answer}, then type each one.`;
  }
}

function detailsText(answer: Answer, g: Glyphs): string {
  const parts = [
    answer.note === undefined ? '' : `note ${g.openQuote}${answer.note}${g.closeQuote}`,
    answer.evidence.length === 0 ? '' : count(answer.evidence.length, 'evidence reference'),
    answer.agency === undefined ? '' : `answered by ${answer.agency}`,
  ].filter((p) => p !== '');
  return parts.length === 0 ? '' : `; ${parts.join('; ')}`;
}

/** Counted as `gret score` counts: "don't know" is not an answer, "not applicable" leaves the indicator out. */
export function progressText(p: Progress): string {
  const dontKnow = p.dontKnow > 0 ? `, ${p.dontKnow} don't know` : '';
  return `${p.answered} of ${p.applicable} answered (${Math.round(100 * p.answeredShare)}%)${dontKnow}`;
}

function subtotalText(d: DimensionResult, number: number, count: number): string {
  const score = d.score === null ? 'no score, nothing in it applies' : `${indexPoints(d.score).toFixed(1)} of 100${d.band === null ? '' : ` (${d.band})`}`;
  const open = d.coverage.unanswered === 0 ? '' : `; ${d.coverage.unanswered === 1 ? 'the one' : `the ${d.coverage.unanswered}`} without an answer ${d.coverage.unanswered === 1 ? 'counts' : 'count'} as 0`;
  return `Dimension ${number} of ${count} done: ${d.title}. Its score so far: ${score}; ${progressText(d.coverage)}${open}.`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
