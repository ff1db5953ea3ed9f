import type { AggregateOverview, GroupSummary, IndicatorDistribution, WorkshopRow, WorkshopView } from '../../core/aggregate/aggregate-summary.js';
import type { Distribution } from '../../core/aggregate/distribution.js';
import { sanitize } from '../../core/sanitize.js';
import { clip, fitCell } from '../terminal/clip.js';
import type { Wording } from '../../core/template/template-schema.js';
import { plainStyle, type Glyphs, type Style } from '../terminal/style.js';
import { wrap } from '../terminal/wrap.js';
import { agreementSummaryLines } from './agreement-summary-text.js';
import { levelDistributionText, scoreDistributionText, type DistributionText } from './distribution-text.js';
import { answerLabel, widestSpread } from './workshop-text.js';

interface AggregateSummaryOptions {
  /** The report template's wording: the agreement figures are read out in it. */
  readonly wording: Wording;
  readonly style?: Style;
  readonly columns?: number;
  /** How many indicators to list under each heading. */
  readonly top?: number;
}

const NAME = 26;

function tableHead(first: string, g: Glyphs): string {
  return `${first.padEnd(NAME)}  ${'n'.padStart(5)}  ${'Mean'.padStart(5)}  ${'Median'.padStart(6)}  ${`Min${g.enDash}max`.padStart(11)}  ${'SD'.padStart(5)}`;
}

function tableRow(name: string, n: number, t: DistributionText, g: Glyphs): string {
  return `${fitCell(name, NAME, g)}  ${String(n).padStart(5)}  ${t.mean.padStart(5)}  ${t.median.padStart(6)}  ${t.range.padStart(11)}  ${t.sd.padStart(5)}`;
}

/** The terminal summary of `gret aggregate`: readable at 80 columns; colour only adds emphasis. */
export function renderAggregateSummary(a: AggregateOverview, options: AggregateSummaryOptions): string {
  const s = options.style ?? plainStyle;
  const width = options.columns ?? 80;
  const top = options.top ?? 5;
  const g = s.glyphs;
  const out: string[] = [];
  const line = (text = ''): void => {
    out.push(text);
  };

  const read = a.read.count;
  line(s.bold(`${read} assessment${read === 1 ? '' : 's'} of ${a.rubric.id} ${a.rubric.version}`));
  if (a.skipped.length > 0) line(s.warn(`${a.skipped.length} file${a.skipped.length === 1 ? '' : 's'} skipped (listed on standard error)`));
  line(wrap(s.dim(`Index points 0${g.enDash}100; indicator levels 0${g.enDash}${a.rubric.maxLevel}. Spread (SD) is the standard deviation across the assessments.`), width));
  line();

  const rows = (groups: readonly GroupSummary[], pick: (g: GroupSummary) => Distribution): string[] =>
    groups.map((group) => tableRow(group.key ?? 'All', pick(group).n, scoreDistributionText(pick(group), g), g));
  line(s.bold(tableHead(a.by === null ? 'Overall index' : `Overall index by ${a.by}`, g)));
  out.push(...rows([a.all, ...a.groups], (g) => g.overall));
  line();
  line(s.bold(tableHead('Dimension', g)));
  for (const d of a.all.dimensions) line(tableRow(d.shortTitle, d.scores.n, scoreDistributionText(d.scores, g), g));
  line();

  const indicatorLine = (i: IndicatorDistribution, figure: string): string => wrap(`  ${sanitize(i.title)} ${g.emDash} ${figure}`, width, '    ');
  const spread = widestSpread(a.all.indicators, top);
  if (spread.length > 0) {
    line(s.bold('Widest spread between assessments (levels)'));
    for (const i of spread) {
      const t = levelDistributionText(i.levels, g);
      line(indicatorLine(i, `SD ${t.sd}, mean ${t.mean}, ${t.range}`));
    }
    line();
  }
  const below = a.all.indicators
    .map((i, k) => ({ i, k }))
    .filter(({ i }) => i.belowTarget > 0)
    .sort((x, y) => y.i.belowTarget / Math.max(1, y.i.levels.n) - x.i.belowTarget / Math.max(1, x.i.levels.n) || x.k - y.k)
    .slice(0, top);
  if (below.length > 0) {
    line(s.bold('Most often below target'));
    for (const { i } of below) line(indicatorLine(i, `${i.belowTarget} of ${i.levels.n} below target`));
    line();
  }

  if (a.workshop !== null) out.push(...workshopText(a.workshop, options.wording, s, width));
  if (a.agreement !== null) out.push(...agreementSummaryLines(a.agreement, a.all.dimensions, options.wording.aggregate.agreement, s, width));
  for (const w of a.warnings) {
    line(wrap(s.warn(`Warning: ${sanitize(w)}`), width, '  '));
    line();
  }
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

function workshopText(views: readonly WorkshopView[], wording: Wording, s: Style, width: number): string[] {
  const g = s.glyphs;
  const out: string[] = [];
  if (views.length === 0) {
    out.push(wrap('Workshop: no ministry was assessed by two or more groups, so there is nothing to set side by side.', width), '');
    return out;
  }
  for (const v of views) {
    out.push(s.bold(wrap(sanitize(`Workshop: ${v.ministry} ${g.emDash} ${v.groups.length} groups (${v.groups.map((group) => group.label).join(', ')})`), width, '  ')));
    if (v.prompts.length === 0) out.push('  The groups agree on every indicator.');
    else out.push(s.dim('Discussion prompts, widest disagreement first:'));
    v.prompts.forEach((p, k) => {
      out.push(wrap(`${String(k + 1).padStart(2)}. ${s.bold(sanitize(p.title))} ${g.emDash} ${disagreement(p)}`, width, '    '));
      out.push(wrap(`    ${sanitize(p.question)}`, width, '    '));
      out.push(wrap(`    ${v.groups.map((group, j) => `${sanitize(group.label)}: ${answerLabel(p, p.answers[j], wording, g)}`).join(` ${g.dot} `)}`, width, '    '));
    });
    out.push('', ...sideBySide(v, s, width), '');
  }
  return out;
}

function disagreement(row: WorkshopRow): string {
  const parts = [row.spread === null ? null : `SD ${row.spread.toFixed(1)}`, row.range === null ? null : `range ${row.range}`, row.applicabilitySplit ? 'split on whether it applies' : null];
  return parts.filter((p) => p !== null).join(', ');
}

/** Levels per group in columns; as many groups as fit at this width, the rest in a second block. */
function sideBySide(v: WorkshopView, s: Style, width: number): string[] {
  const g = s.glyphs;
  const cell = 7;
  const nameWidth = Math.max(20, Math.min(36, width - 8 - cell * Math.min(v.groups.length, 6)));
  const perBlock = Math.max(1, Math.floor((width - nameWidth - 8) / cell));
  const out: string[] = [];
  for (let start = 0; start < v.groups.length; start += perBlock) {
    const groups = v.groups.slice(start, start + perBlock);
    out.push(s.bold(`${'Levels side by side'.padEnd(nameWidth)}${groups.map((group) => clip(sanitize(group.label), cell - 1, g.ellipsis).padStart(cell)).join('')}  ${'SD'.padStart(5)}`));
    for (const row of v.indicators) {
      const cells = groups.map((_, j) => {
        const a = row.answers[start + j];
        return (a === undefined ? '' : a.level === null ? 'n/a' : `${a.level}${a.status === 'answered' ? '' : '?'}`).padStart(cell);
      });
      const text = `${fitCell(row.title, nameWidth, g)}${cells.join('')}  ${(row.spread === null ? g.enDash : row.spread.toFixed(1)).padStart(5)}`;
      out.push((row.spread ?? 0) > 0 || row.applicabilitySplit ? text : s.dim(text));
    }
  }
  out.push(s.dim("n/a: not applicable; ? : don't know or unanswered (level 0)."));
  return out;
}
