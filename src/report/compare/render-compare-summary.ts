import type { Comparison, IndicatorChange, ScoreChange } from '../../core/compare/comparison.js';
import type { Messages } from '../../core/messages/messages.js';
import { indexPoints } from '../../core/scoring/points.js';
import type { Readings } from '../../core/template/template-schema.js';
import { sanitize } from '../../core/sanitize.js';
import { clip } from '../terminal/clip.js';
import { displayWidth, padColumns, padColumnsStart } from '../terminal/display-width.js';
import { plainStyle, type Glyphs, type Style } from '../terminal/style.js';
import { wrap } from '../terminal/wrap.js';
import { decimalText } from '../terminal/figures.js';
import { describeChange, describeLevel, signed } from './change-text.js';

interface CompareSummaryOptions {
  /** The interface's words, for everything the summary says itself. */
  readonly messages: Messages;
  readonly style?: Style;
  readonly columns?: number;
  /** How many of the largest indicator changes to list. */
  readonly top?: number;
  /** How a level reads in words: the report template's. */
  readonly readings: Readings;
}

const pts = (x: number | null, g: Glyphs, language: string): string => (x === null ? g.enDash : decimalText(indexPoints(x), 1, language));

/** The terminal summary of `gret compare`: readable at 80 columns; colour only adds emphasis. */
export function renderCompareSummary(c: Comparison, options: CompareSummaryOptions): string {
  const s = options.style ?? plainStyle;
  const width = options.columns ?? 80;
  const top = options.top ?? 5;
  const g = s.glyphs;
  const { t, language } = options.messages;
  const out: string[] = [];
  const line = (text = ''): void => {
    out.push(text);
  };
  const tinted = (change: number | null, text: string): string => (change === null || change === 0 ? text : change > 0 ? s.good(text) : s.bad(text));

  const b = c.baseline.meta;
  const f = c.followUp.meta;
  const ministry = b.ministry === f.ministry ? b.ministry : `${b.ministry} / ${f.ministry}`;
  line(s.bold(sanitize(`${ministry} ${g.emDash} ${f.country}`)));
  line(wrap(s.dim(sanitize(t('output.compare.files', { baseline: b.date, baseline_file: c.baseline.file, arrow: g.arrow, follow_up: f.date, follow_up_file: c.followUp.file }))), width, '  '));
  line(s.dim(`${c.rubric.id} ${c.rubric.version} ${g.dot} ${t(c.targets.source === 'file' ? 'summary.targets_file' : 'summary.target_level', { level: c.targets.default })}`));
  line();

  const overall = t('summary.overall');
  const nameWidth = Math.min(30, Math.max(13, displayWidth(overall), ...c.dimensions.map((d) => displayWidth(d.shortTitle))));
  const head = { before: t('output.compare.before'), after: t('output.compare.after'), change: t('output.compare.change') };
  const w = { before: Math.max(6, displayWidth(head.before)), after: Math.max(6, displayWidth(head.after)), change: Math.max(6, displayWidth(head.change)) };
  const rows = (name: string, x: ScoreChange, bold: boolean): string[] => {
    const figures = `${padColumns(clip(sanitize(name), nameWidth, g.ellipsis), nameWidth)}  ${pts(x.before, g, language).padStart(w.before)}  ${pts(x.after, g, language).padStart(w.after)}  `;
    const change = signed(x.change, 1, language, g).padStart(w.change);
    const band = x.bandBefore === x.bandAfter ? (x.bandAfter ?? '') : `${x.bandBefore ?? g.enDash} ${g.arrow} ${x.bandAfter ?? g.enDash}`;
    const emphasis = bold ? s.bold : (t: string) => t;
    // A band change too long for the line goes on its own line, under the band column.
    const fits = displayWidth(figures) + change.length + 2 + displayWidth(band) <= width;
    const first = `${emphasis(figures)}${tinted(x.change, change)}${fits ? `  ${band}` : ''}`;
    return fits ? [first] : [first, `${' '.repeat(Math.max(4, width - displayWidth(band)))}${band}`];
  };
  line(s.dim(`${''.padEnd(nameWidth)}  ${padColumnsStart(head.before, w.before)}  ${padColumnsStart(head.after, w.after)}  ${padColumnsStart(head.change, w.change)}  ${t('output.compare.band')}`));
  out.push(...rows(overall, c.overall, true));
  for (const d of c.dimensions) {
    if (d.compared) out.push(...rows(d.shortTitle, d, false));
    else line(s.dim(`${padColumns(sanitize(d.shortTitle), nameWidth)}  ${t('output.compare.not_compared')}`));
  }
  line();

  const list = (heading: string, items: readonly string[], empty?: string): void => {
    if (items.length === 0 && empty === undefined) return;
    line(s.bold(t('output.compare.heading', { heading, count: items.length })));
    if (items.length === 0 && empty !== undefined) line(s.dim(`  ${empty}`));
    for (const item of items) line(wrap(`  ${item}`, width, '    '));
    line();
  };
  const moves = (gap: { readonly title: string; readonly levelBefore: number | null; readonly levelAfter: number | null; readonly target: number }): string =>
    t('output.compare.gap', {
      title: sanitize(gap.title),
      dash: g.emDash,
      before: describeLevel(gap.levelBefore, options.readings),
      arrow: g.arrow,
      after: describeLevel(gap.levelAfter, options.readings),
      target: gap.target,
    });
  list(t('output.compare.closed'), c.closed.map((gap) => `${s.good(g.tick)} ${moves(gap)}`), t('output.compare.closed_none'));
  list(t('output.compare.opened'), c.opened.map((gap) => `${s.bad('!')} ${moves(gap)}${gap.critical ? ` ${g.dot} ${s.bad(t('summary.critical'))}` : ''}`), t('output.compare.opened_none'));
  list(t('output.compare.declined'), c.declined.map((gap) => `${s.bad('v')} ${moves(gap)}`));
  list(t('output.compare.done'), c.done.map((r) => `- ${t('output.compare.recommendation', { text: sanitize(r.text), title: sanitize(r.title) })}`));
  if (c.remaining.length > 0) {
    line(s.bold(t('output.compare.remaining', { count: c.remaining.length })));
    c.next.forEach((r, k) => line(wrap(`  ${k + 1}. ${t(r.carriedOver ? 'output.compare.recommendation' : 'output.compare.recommendation_new', { text: sanitize(r.text), title: sanitize(r.title) })}`, width, '     ')));
    line();
  }

  const moved = largestChanges(c.indicators, top);
  if (moved.length > 0) {
    line(s.bold(t('output.compare.largest')));
    for (const i of moved) line(wrap(`  ${tinted(i.change, signed(i.change, 0, language, g).padStart(3))}  ${sanitize(i.title)} ${g.emDash} ${describeChange(i, options.readings, g)}`, width, '       '));
    line();
  }

  list(
    t('output.compare.answered_in_one'),
    c.answeredInOne.map((a) => t('output.compare.only_in', { title: sanitize(a.title), file: a.answeredIn })),
  );
  list(
    t('output.compare.not_compared_heading'),
    c.notCompared.map((n) => t('output.compare.pack_changed', { title: sanitize(n.title ?? n.indicator), change: n.change, pack: c.rubric.id, version: n.version })),
  );
  list(t('output.compare.reworded'), c.reworded.map((r) => t('output.compare.reworded_in', { title: sanitize(r.title), version: r.version })));
  for (const warning of c.warnings) {
    line(wrap(s.warn(t('summary.warning', { warning: sanitize(warning) })), width, '  '));
    line();
  }
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

/** The indicators that moved most, up or down; ties keep rubric order. */
function largestChanges(indicators: readonly IndicatorChange[], top: number): IndicatorChange[] {
  return indicators
    .filter((i) => i.change !== null && i.change !== 0)
    .map((i, k) => ({ i, k }))
    .sort((x, y) => Math.abs(y.i.change ?? 0) - Math.abs(x.i.change ?? 0) || x.k - y.k)
    .slice(0, top)
    .map(({ i }) => i);
}
