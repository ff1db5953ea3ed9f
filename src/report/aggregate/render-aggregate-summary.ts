import type { AggregateOverview, GroupSummary, IndicatorDistribution, WorkshopRow, WorkshopView } from '../../core/aggregate/aggregate-summary.js';
import type { Distribution } from '../../core/aggregate/distribution.js';
import type { Messages } from '../../core/messages/messages.js';
import { sanitize } from '../../core/sanitize.js';
import { clip, fitCell } from '../terminal/clip.js';
import { padColumns, padColumnsStart } from '../terminal/display-width.js';
import type { Wording } from '../../core/template/template-schema.js';
import { plainStyle, type Glyphs, type Style } from '../terminal/style.js';
import { wrap } from '../terminal/wrap.js';
import { agreementSummaryLines } from './agreement-summary-text.js';
import { levelDistributionText, scoreDistributionText, type DistributionText } from './distribution-text.js';
import { decimalText } from '../terminal/figures.js';
import { answerLabel, widestSpread } from './workshop-text.js';

interface AggregateSummaryOptions {
  /** The report template's wording: the agreement figures are read out in it. */
  readonly wording: Wording;
  /** The interface's words, for everything the summary says itself. */
  readonly messages: Messages;
  readonly style?: Style;
  readonly columns?: number;
  /** How many indicators to list under each heading. */
  readonly top?: number;
}

const NAME = 26;

function tableHead(first: string, messages: Messages, g: Glyphs): string {
  const { t } = messages;
  return `${padColumns(first, NAME)}  ${padColumnsStart(t('output.aggregate.n'), 5)}  ${padColumnsStart(t('output.aggregate.mean'), 5)}  ${padColumnsStart(t('output.aggregate.median'), 6)}  ${padColumnsStart(t('output.aggregate.range', { dash: g.enDash }), 11)}  ${padColumnsStart(t('output.aggregate.sd'), 5)}`;
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
  const { messages } = options;
  const { t } = messages;
  const out: string[] = [];
  const line = (text = ''): void => {
    out.push(text);
  };

  line(s.bold(t('output.aggregate.read', { count: a.read.count, pack: a.rubric.id, version: a.rubric.version })));
  if (a.skipped.length > 0) line(s.warn(t('output.aggregate.skipped', { count: a.skipped.length })));
  line(wrap(s.dim(t('output.aggregate.scales', { dash: g.enDash, max: a.rubric.maxLevel })), width));
  line();

  const rows = (groups: readonly GroupSummary[], pick: (g: GroupSummary) => Distribution): string[] =>
    groups.map((group) => tableRow(group.key ?? t('output.aggregate.all'), pick(group).n, scoreDistributionText(pick(group), messages.language, g), g));
  line(s.bold(tableHead(a.by === null ? t('summary.overall') : t('output.aggregate.overall_by', { by: a.by }), messages, g)));
  out.push(...rows([a.all, ...a.groups], (g) => g.overall));
  line();
  line(s.bold(tableHead(t('output.aggregate.dimension'), messages, g)));
  for (const d of a.all.dimensions) line(tableRow(d.shortTitle, d.scores.n, scoreDistributionText(d.scores, messages.language, g), g));
  line();

  const indicatorLine = (i: IndicatorDistribution, figure: string): string => wrap(`  ${sanitize(i.title)} ${g.emDash} ${figure}`, width, '    ');
  const spread = widestSpread(a.all.indicators, top);
  if (spread.length > 0) {
    line(s.bold(t('output.aggregate.widest')));
    for (const i of spread) {
      const d = levelDistributionText(i.levels, messages.language, g);
      line(indicatorLine(i, t('output.aggregate.spread', { sd: d.sd, mean: d.mean, range: d.range })));
    }
    line();
  }
  const below = a.all.indicators
    .map((i, k) => ({ i, k }))
    .filter(({ i }) => i.belowTarget > 0)
    .sort((x, y) => y.i.belowTarget / Math.max(1, y.i.levels.n) - x.i.belowTarget / Math.max(1, x.i.levels.n) || x.k - y.k)
    .slice(0, top);
  if (below.length > 0) {
    line(s.bold(t('output.aggregate.below')));
    for (const { i } of below) line(indicatorLine(i, t('output.aggregate.below_count', { count: i.belowTarget, of: i.levels.n })));
    line();
  }

  if (a.workshop !== null) out.push(...workshopText(a.workshop, options.wording, messages, s, width));
  if (a.agreement !== null) out.push(...agreementSummaryLines(a.agreement, a.all.dimensions, options.wording.aggregate.agreement, s, width));
  for (const w of a.warnings) {
    line(wrap(s.warn(t('summary.warning', { warning: sanitize(w) })), width, '  '));
    line();
  }
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

function workshopText(views: readonly WorkshopView[], wording: Wording, messages: Messages, s: Style, width: number): string[] {
  const g = s.glyphs;
  const { t } = messages;
  const out: string[] = [];
  if (views.length === 0) {
    out.push(wrap(t('output.aggregate.workshop_none'), width), '');
    return out;
  }
  for (const v of views) {
    out.push(s.bold(wrap(sanitize(t('output.aggregate.workshop', { ministry: v.ministry, dash: g.emDash, count: v.groups.length, groups: v.groups.map((group) => group.label).join(', ') })), width, '  ')));
    if (v.prompts.length === 0) out.push(`  ${t('output.aggregate.agree')}`);
    else out.push(s.dim(t('output.aggregate.prompts')));
    v.prompts.forEach((p, k) => {
      out.push(wrap(`${String(k + 1).padStart(2)}. ${s.bold(sanitize(p.title))} ${g.emDash} ${disagreement(p, messages)}`, width, '    '));
      out.push(wrap(`    ${sanitize(p.question)}`, width, '    '));
      out.push(wrap(`    ${v.groups.map((group, j) => `${sanitize(group.label)}: ${answerLabel(p, p.answers[j], wording, g)}`).join(` ${g.dot} `)}`, width, '    '));
    });
    out.push('', ...sideBySide(v, messages, s, width), '');
  }
  return out;
}

function disagreement(row: WorkshopRow, messages: Messages): string {
  const { t } = messages;
  const parts = [
    row.spread === null ? null : t('output.aggregate.sd_of', { sd: decimalText(row.spread, 1, messages.language) }),
    row.range === null ? null : t('output.aggregate.range_of', { range: row.range }),
    row.applicabilitySplit ? t('output.aggregate.split') : null,
  ];
  return parts.filter((p) => p !== null).join(t('output.aggregate.separator'));
}

/** Levels per group in columns; as many groups as fit at this width, the rest in a second block. */
function sideBySide(v: WorkshopView, messages: Messages, s: Style, width: number): string[] {
  const g = s.glyphs;
  const { t } = messages;
  const cell = 7;
  const nameWidth = Math.max(20, Math.min(36, width - 8 - cell * Math.min(v.groups.length, 6)));
  const perBlock = Math.max(1, Math.floor((width - nameWidth - 8) / cell));
  const out: string[] = [];
  for (let start = 0; start < v.groups.length; start += perBlock) {
    const groups = v.groups.slice(start, start + perBlock);
    out.push(s.bold(`${padColumns(t('output.aggregate.side_by_side'), nameWidth)}${groups.map((group) => clip(sanitize(group.label), cell - 1, g.ellipsis).padStart(cell)).join('')}  ${padColumnsStart(t('output.aggregate.sd'), 5)}`));
    for (const row of v.indicators) {
      const cells = groups.map((_, j) => {
        const a = row.answers[start + j];
        return padColumnsStart(a === undefined ? '' : a.level === null ? t('output.aggregate.na_mark') : `${a.level}${a.status === 'answered' ? '' : '?'}`, cell);
      });
      const text = `${fitCell(row.title, nameWidth, g)}${cells.join('')}  ${(row.spread === null ? g.enDash : decimalText(row.spread, 1, messages.language)).padStart(5)}`;
      out.push((row.spread ?? 0) > 0 || row.applicabilitySplit ? text : s.dim(text));
    }
  }
  out.push(s.dim(t('output.aggregate.marks', { na: t('output.aggregate.na_mark') })));
  return out;
}
