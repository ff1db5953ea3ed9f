import type { Comparison, IndicatorChange, ScoreChange } from '../../core/compare/comparison.js';
import { indexPoints } from '../../core/scoring/points.js';
import type { Readings } from '../../core/template/template-schema.js';
import { sanitize } from '../../core/sanitize.js';
import { clip } from '../terminal/clip.js';
import { plainStyle, type Glyphs, type Style } from '../terminal/style.js';
import { wrap } from '../terminal/wrap.js';
import { describeChange, describeLevel, signed } from './change-text.js';

interface CompareSummaryOptions {
  readonly style?: Style;
  readonly columns?: number;
  /** How many of the largest indicator changes to list. */
  readonly top?: number;
  /** How a level reads in words: the report template's. */
  readonly readings: Readings;
}

const pts = (x: number | null, g: Glyphs): string => (x === null ? g.enDash : indexPoints(x).toFixed(1));

/** The terminal summary of `gret compare`: readable at 80 columns; colour only adds emphasis. */
export function renderCompareSummary(c: Comparison, options: CompareSummaryOptions): string {
  const s = options.style ?? plainStyle;
  const width = options.columns ?? 80;
  const top = options.top ?? 5;
  const g = s.glyphs;
  const out: string[] = [];
  const line = (text = ''): void => {
    out.push(text);
  };
  const tinted = (change: number | null, text: string): string => (change === null || change === 0 ? text : change > 0 ? s.good(text) : s.bad(text));

  const b = c.baseline.meta;
  const f = c.followUp.meta;
  const ministry = b.ministry === f.ministry ? b.ministry : `${b.ministry} / ${f.ministry}`;
  line(s.bold(sanitize(`${ministry} ${g.emDash} ${f.country}`)));
  line(wrap(s.dim(sanitize(`Baseline ${b.date} (${c.baseline.file}) ${g.arrow} follow-up ${f.date} (${c.followUp.file})`)), width, '  '));
  line(s.dim(`${c.rubric.id} ${c.rubric.version} ${g.dot} target level ${c.targets.default}${c.targets.source === 'file' ? ' (targets from file)' : ''}`));
  line();

  const nameWidth = Math.min(30, Math.max(13, ...c.dimensions.map((d) => d.shortTitle.length)));
  const rows = (name: string, x: ScoreChange, bold: boolean): string[] => {
    const head = `${clip(sanitize(name), nameWidth, g.ellipsis).padEnd(nameWidth)}  ${pts(x.before, g).padStart(6)}  ${pts(x.after, g).padStart(6)}  `;
    const change = signed(x.change, 1, g).padStart(6);
    const band = x.bandBefore === x.bandAfter ? (x.bandAfter ?? '') : `${x.bandBefore ?? g.enDash} ${g.arrow} ${x.bandAfter ?? g.enDash}`;
    const emphasis = bold ? s.bold : (t: string) => t;
    // A band change too long for the line goes on its own line, under the band column.
    const fits = head.length + change.length + 2 + band.length <= width;
    const first = `${emphasis(head)}${tinted(x.change, change)}${fits ? `  ${band}` : ''}`;
    return fits ? [first] : [first, `${' '.repeat(Math.max(4, width - band.length))}${band}`];
  };
  line(s.dim(`${''.padEnd(nameWidth)}  ${'Before'.padStart(6)}  ${'After'.padStart(6)}  ${'Change'.padStart(6)}  Band`));
  out.push(...rows('Overall index', c.overall, true));
  for (const d of c.dimensions) {
    if (d.compared) out.push(...rows(d.shortTitle, d, false));
    else line(s.dim(`${sanitize(d.shortTitle).padEnd(nameWidth)}  not compared`));
  }
  line();

  const list = (heading: string, items: readonly string[], empty?: string): void => {
    if (items.length === 0 && empty === undefined) return;
    line(s.bold(`${heading} (${items.length})`));
    if (items.length === 0 && empty !== undefined) line(s.dim(`  ${empty}`));
    for (const item of items) line(wrap(`  ${item}`, width, '    '));
    line();
  };
  list(
    'Gaps closed',
    c.closed.map((gap) => `${s.good(g.tick)} ${sanitize(gap.title)} ${g.emDash} ${describeLevel(gap.levelBefore, options.readings)} ${g.arrow} ${describeLevel(gap.levelAfter, options.readings)} (target ${gap.target})`),
    'No gap reached its target.',
  );
  list(
    'Gaps opened',
    c.opened.map(
      (gap) =>
        `${s.bad('!')} ${sanitize(gap.title)} ${g.emDash} ${describeLevel(gap.levelBefore, options.readings)} ${g.arrow} ${describeLevel(gap.levelAfter, options.readings)} (target ${gap.target})${gap.critical ? ` ${g.dot} ${s.bad('critical')}` : ''}`,
    ),
    'No new gap.',
  );
  list(
    'Fallen back',
    c.declined.map((gap) => `${s.bad('v')} ${sanitize(gap.title)} ${g.emDash} ${describeLevel(gap.levelBefore, options.readings)} ${g.arrow} ${describeLevel(gap.levelAfter, options.readings)} (target ${gap.target})`),
  );
  list('Recommendations now done', c.done.map((r) => `- ${sanitize(r.text)} (${sanitize(r.title)})`));
  if (c.remaining.length > 0) {
    line(s.bold(`Still below target: ${c.remaining.length} indicator${c.remaining.length === 1 ? '' : 's'}`));
    c.next.forEach((r, k) => line(wrap(`  ${k + 1}. ${sanitize(r.text)} (${sanitize(r.title)}${r.carriedOver ? '' : '; new'})`, width, '     ')));
    line();
  }

  const moved = largestChanges(c.indicators, top);
  if (moved.length > 0) {
    line(s.bold('Largest changes (levels)'));
    for (const i of moved) line(wrap(`  ${tinted(i.change, signed(i.change, 0, g).padStart(3))}  ${sanitize(i.title)} ${g.emDash} ${describeChange(i, options.readings, g)}`, width, '       '));
    line();
  }

  list(
    'Answered in only one file',
    c.answeredInOne.map((a) => `${sanitize(a.title)}: only in the ${a.answeredIn === 'baseline' ? 'baseline' : 'follow-up'}; the other file counts it as unanswered (level 0)`),
  );
  list(
    'Not compared, as the pack changed in between',
    c.notCompared.map((n) => `${sanitize(n.title ?? n.indicator)}: ${n.change === 'rescaled' ? 're-scaled' : n.change} in ${c.rubric.id} ${n.version}`),
  );
  list('Reworded in between (compared)', c.reworded.map((r) => `${sanitize(r.title)}: reworded in ${r.version}`));
  for (const w of c.warnings) {
    line(wrap(s.warn(`Warning: ${sanitize(w)}`), width, '  '));
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
