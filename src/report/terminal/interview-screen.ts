import { answerOnFileInWords } from '../../core/answers/answer-in-words.js';
import type { DimensionResult } from '../../core/assessment.js';
import type { Position, Progress, Screen } from '../../core/interview/screen.js';
import { sanitize } from '../../core/sanitize.js';
import { conditionInInterfaceWords } from '../../core/scoring/condition-in-words.js';
import { indexPoints } from '../../core/scoring/points.js';
import type { Answer, Indicator } from '../../core/types.js';
import type { Messages } from '../../core/messages/messages.js';
import { plainStyle, type Glyphs, type Style } from './style.js';
import { decimalText } from './figures.js';
import { wrap } from './wrap.js';

interface ScreenOptions {
  readonly messages: Messages;
  readonly style?: Style;
  readonly columns?: number;
}

/** What `gret assess` prints around its prompts; every line fits in `columns`. */
export function renderScreen(screen: Screen, options: ScreenOptions): string {
  const { messages } = options;
  const { t } = messages;
  const s = options.style ?? plainStyle;
  const width = options.columns ?? 80;
  const quotes = quoteMarks(s.glyphs, messages);
  const para = (text: string, indent = ''): string => wrap(sanitize(text), width, indent);
  switch (screen.kind) {
    case 'start':
      return `${startText(screen, quotes, para, messages)}\n`;
    case 'dimension':
      return [
        '',
        s.bold(para(t('screen.dimension', { number: screen.number, count: screen.count, title: screen.dimension.title }))),
        s.dim(para(screen.dimension.description)),
        '',
      ].join('\n') + '\n';
    case 'question':
      return questionText(screen.indicator, screen.position, screen.current, s, width, para, messages);
    case 'condition-skipped':
      return `${para(t('screen.not_asked', { title: screen.indicator.title, explanation: conditionInInterfaceWords(screen.because, messages) }), '  ')}\n`;
    case 'evidence':
      return `${para(t('screen.evidence_prompt', { prompt: screen.prompt }), '  ')}\n${screen.needed === undefined ? '' : `${para(t('screen.evidence_needed', { level: screen.needed.level, evidence: screen.needed.evidence }), '  ')}\n`}`;
    case 'evidence-deleted':
      return `${para(t('screen.evidence_deleted', { ...quotes, title: screen.evidence.title }), '  ')}\n`;
    case 'saved':
      return `${s.good(para(`${s.glyphs.tick} ${t('screen.saved', { title: screen.indicator.title, answer: answerOnFileInWords(screen.indicator, screen.answer, messages), progress: progressLine(screen.progress, messages) })}`, '  '))}\n\n`;
    case 'skipped':
      return `${para(t('screen.skipped', { title: screen.indicator.title }), '  ')}\n`;
    case 'dimension-done':
      return `\n${s.bold(para(subtotalText(screen.dimension, screen.number, screen.count, messages), '  '))}\n`;
  }
}

type Para = (text: string, indent?: string) => string;
type Quotes = { readonly open: string; readonly close: string };

function startText(screen: Extract<Screen, { kind: 'start' }>, quotes: Quotes, para: Para, messages: Messages): string {
  const { t } = messages;
  const progress = progressLine(screen.progress, messages);
  const stop = t('screen.how_to_stop');
  if (screen.toVisit === 0) return para(t('screen.nothing_left', { ...quotes, progress }));
  if (screen.review) return para(`${t('screen.reviewing', { ...quotes, count: screen.toVisit })} ${stop}`);
  if (screen.resumeAt !== undefined) return para(`${t('screen.resuming', { ...quotes, progress, count: screen.toVisit, title: screen.resumeAt.title })} ${stop}`);
  return para(`${t('screen.to_answer', { count: screen.toVisit })} ${stop}`);
}

function questionText(ind: Indicator, pos: Position, current: Answer | undefined, s: Style, width: number, para: Para, messages: Messages): string {
  const { t } = messages;
  const out: string[] = [s.dim(s.glyphs.rule.repeat(width)), questionHeading(ind, pos, { messages, style: s, columns: width }), '', para(t('screen.guidance', { guidance: ind.guidance }), '  ')];
  if (ind.scope === 'national') out.push(para(t('screen.national'), '  '));
  if (current !== undefined) out.push('', s.accent(para(t('screen.on_file', { answer: answerOnFileInWords(ind, current, messages), details: detailsText(current, s.glyphs, messages) }), '  ')));
  out.push('', s.dim(para(howToAnswer(ind, s.glyphs, messages))));
  return `${out.join('\n')}\n`;
}

/** Where the user is and which indicator: printed above the guidance, and repeated above each prompt so that it stays in view. */
export function questionHeading(ind: Indicator, pos: Position, options: ScreenOptions): string {
  const { t } = options.messages;
  const s = options.style ?? plainStyle;
  const width = options.columns ?? 80;
  const where = [
    t('screen.where_dimension', { number: pos.dimensionNumber, count: pos.dimensionCount }),
    t('screen.where_indicator', { number: pos.indicatorNumber, count: pos.indicatorCount }),
    progressLine(pos.progress, options.messages),
  ];
  return [
    s.dim(wrap(sanitize(where.join(` ${s.glyphs.dot} `)), width)),
    s.bold(wrap(sanitize(ind.critical ? t('screen.critical_title', { title: ind.title }) : ind.title), width)),
  ].join('\n');
}

/** Quotation marks as the language writes them: “…” in English and Chinese, «…» in Russian and French. */
function quoteMarks(g: Glyphs, messages: Messages): { readonly open: string; readonly close: string } {
  return g.quotes ?? { open: messages.t('words.quote_open'), close: messages.t('words.quote_close') };
}

/** The question itself is the prompt's message, printed next; this line says how to answer it. */
function howToAnswer(ind: Indicator, g: Glyphs, messages: Messages): string {
  const { t } = messages;
  const quotes = quoteMarks(g, messages);
  switch (ind.type) {
    case 'level':
      return t('screen.how.level', { max: ind.levels.length - 1 });
    case 'yes-no':
      return t('screen.how.yes_no');
    case 'choice':
      return t('screen.how.choice');
    case 'checklist':
      return t('screen.how.checklist', quotes);
    case 'number':
      return ind.unit === undefined ? t('screen.how.number', quotes) : t('screen.how.number_in', { ...quotes, unit: ind.unit });
    case 'percent':
      return t('screen.how.percent', quotes);
    case 'parity':
      return t('screen.how.parity', quotes);
  }
}

function detailsText(answer: Answer, g: Glyphs, messages: Messages): string {
  const { t } = messages;
  const parts = [
    answer.note === undefined ? '' : t('screen.details.note', { ...quoteMarks(g, messages), note: answer.note }),
    answer.evidence.length === 0 ? '' : t('screen.details.evidence', { count: answer.evidence.length }),
    answer.agency === undefined ? '' : t('screen.details.agency', { agency: answer.agency }),
  ].filter((p) => p !== '');
  return parts.map((p) => t('screen.details.part', { part: p })).join('');
}

/** Counted as `gret score` counts: "don't know" is not an answer, "not applicable" leaves the indicator out. */
export function progressLine(p: Progress, messages: Messages): string {
  const values = { answered: p.answered, applicable: p.applicable, percent: Math.round(100 * p.answeredShare), dont_know: p.dontKnow };
  return messages.t(p.dontKnow > 0 ? 'screen.progress_dont_know' : 'screen.progress', values);
}

function subtotalText(d: DimensionResult, number: number, count: number, messages: Messages): string {
  const { t } = messages;
  const points = d.score === null ? '' : decimalText(indexPoints(d.score), 1, messages.language);
  const score = d.score === null ? t('screen.subtotal_no_score') : d.band === null ? t('screen.subtotal_score', { score: points }) : t('screen.subtotal_score_band', { score: points, band: d.band });
  const open = d.coverage.unanswered === 0 ? '' : t('screen.subtotal_open', { count: d.coverage.unanswered });
  return t('screen.subtotal', { number, count, title: d.title, score, progress: progressLine(d.coverage, messages), open });
}
