import { describeAnswer } from '../../core/answers/describe-answer.js';
import type { Position, Progress, Screen } from '../../core/interview/screen.js';
import { sanitize } from '../../core/sanitize.js';
import type { Answer, Evidence, Indicator } from '../../core/types.js';
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
      return `${evidenceText(screen.prompt, screen.existing, s, para)}\n`;
    case 'saved':
      return `${s.good(para(`${s.glyphs.tick} Saved: ${answerText(screen.indicator, screen.answer)}. ${progressText(screen.progress)}.`, '  '))}\n\n`;
    case 'skipped':
      return `${para(`Skipped for now: ${screen.indicator.title}. It stays unanswered until you come back to it.`, '  ')}\n`;
  }
}

type Para = (text: string, indent?: string) => string;

function startText(screen: Extract<Screen, { kind: 'start' }>, g: Glyphs, para: Para): string {
  const p = screen.progress;
  const stop = 'Every answer is saved as soon as it is given; press Ctrl+C at any time to stop.';
  if (screen.toVisit === 0) {
    return para(`${progressText(p)}: nothing is left to answer here. Add --review to go through the answers again.`);
  }
  if (screen.review) {
    return para(`Reviewing ${count(screen.toVisit, 'indicator')}. Each question starts at the answer on file: press Enter to keep it. ${stop}`);
  }
  if (screen.resumeAt !== undefined) {
    return para(`${progressText(p)}. Carrying on with ${count(screen.toVisit, 'unanswered indicator')}, starting at ${g.openQuote}${screen.resumeAt.title}${g.closeQuote}. ${stop}`);
  }
  return para(`${count(screen.toVisit, 'indicator')} to answer. ${stop}`);
}

function questionText(ind: Indicator, pos: Position, current: Answer | undefined, s: Style, width: number, para: Para): string {
  const g = s.glyphs;
  const out: string[] = [
    s.dim(g.rule.repeat(width)),
    s.dim(para(`Dimension ${pos.dimensionNumber} of ${pos.dimensionCount} ${g.dot} indicator ${pos.indicatorNumber} of ${pos.indicatorCount} ${g.dot} ${progressText(pos.progress)}`)),
    s.bold(para(`${ind.title}${ind.critical ? ' (critical)' : ''}`)),
    '',
    para(`Guidance: ${ind.guidance}`, '  '),
  ];
  if (ind.scope === 'national') out.push(para('Scope: national. Answer for the country as a whole, not only for the ministry.', '  '));
  if (current !== undefined) out.push('', s.accent(para(`On file: ${answerText(ind, current)}${detailsText(current, g)}`, '  ')));
  out.push('', s.dim(para(howToAnswer(ind))));
  return `${out.join('\n')}\n`;
}

/** The question itself is the prompt's message, printed next; this line says how to answer it. */
function howToAnswer(ind: Indicator): string {
  switch (ind.type) {
    case 'level':
      return 'Choose the statement that describes the ministry best.';
    case 'yes-no':
      return 'Answer yes or no.';
    case 'choice':
      return 'Choose the option that fits best.';
    case 'checklist':
      return 'Answer by ticking the items that apply.';
    case 'number':
      return `Answer with a number${ind.unit === undefined ? '' : ` of ${ind.unit}`}.`;
    case 'percent':
      return 'Answer with a percentage.';
  }
}

function evidenceText(prompt: string, existing: readonly Evidence[], s: Style, para: Para): string {
  const out = [para(`Evidence to look for: ${prompt}`, '  ')];
  if (existing.length > 0) {
    out.push('Evidence on file:');
    existing.forEach((e, i) => out.push(para(`  ${i + 1}. ${e.title}${e.link === undefined ? '' : ` <${e.link}>`} (${verificationText(e)})`, '     ')));
  }
  out.push(s.dim(para('Add references one at a time; press Enter on an empty title to go on.')));
  return out.join('\n');
}

export function answerText(ind: Indicator, answer: Answer): string {
  switch (answer.status) {
    case 'dont-know':
      return "don't know";
    case 'not-applicable':
      return `not applicable (${naText(answer)})`;
    case 'answered':
      return answer.value === undefined ? 'no answer' : describeAnswer(ind, answer.value);
  }
}

function naText(answer: Answer): string {
  switch (answer.naReason) {
    case 'outside-mandate':
      return "outside the ministry's mandate";
    case 'handled-nationally':
      return 'handled nationally by another body';
    case 'service-does-not-exist':
      return 'the service does not exist';
    default:
      return answer.naNote ?? 'another reason';
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

function verificationText(e: Evidence): string {
  return e.verification.replace(/-/g, ' ');
}

function progressText(p: Progress): string {
  const pct = p.applicable === 0 ? 100 : Math.round((100 * p.answered) / p.applicable);
  return `${p.answered} of ${p.applicable} answered (${pct}%)`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
