import type { DimensionResult, IndicatorResult } from '../../core/assessment.js';
import type { Evidence, Verification } from '../../core/types.js';
import { markSentences, upToPhrase } from './band-marks.js';
import { chartLegend } from './charts-section.js';
import { fill } from './fill.js';
import { figuresBlock, levelLabel, type ReportContext } from './report-context.js';
import type { Block, Cell, ChartBlock, Section } from './report-document.js';

const STRENGTH: Readonly<Record<Verification, number>> = { claimed: 0, 'document-seen': 1, 'independently-verified': 2 };

function strongestEvidence(evidence: readonly Evidence[]): Verification | null {
  let best: Verification | null = null;
  for (const e of evidence) if (best === null || STRENGTH[e.verification] > STRENGTH[best]) best = e.verification;
  return best;
}

/** Why an excluded indicator does not count, in the template's words. */
export function exclusionReason(ctx: ReportContext, indicator: IndicatorResult): string {
  const w = ctx.wording.not_applicable;
  const exclusion = indicator.exclusion;
  if (exclusion === null) return '';
  return exclusion.kind === 'not-applicable' ? w.reasons[exclusion.reason] : fill(w.condition, { explanation: exclusion.explanation });
}

function levelCell(ctx: ReportContext, i: IndicatorResult): Cell {
  const w = ctx.wording;
  if (i.level === null) return { text: w.dimension.not_applicable, detail: exclusionReason(ctx, i) };
  // Don't know and unanswered score as level 0 without level 0 being true: the cell says so, and shows no descriptor.
  if (i.status === 'dont-know' || i.status === 'unanswered') return { text: w.status[i.status], detail: w.dimension.scored_as_zero };
  const descriptor = i.levelSetBy === null ? (i.descriptor ?? undefined) : undefined;
  const status = i.levelSetBy !== null ? fill(w.breakdown.condition_set, { explanation: i.levelSetBy.explanation }) : i.status === 'answered' ? undefined : w.status[i.status];
  const detail = [status, descriptor].filter((s) => s !== undefined).join(' · ');
  return detail === '' ? { text: levelLabel(ctx, i.level) } : { text: levelLabel(ctx, i.level), detail };
}

function evidenceCell(ctx: ReportContext, i: IndicatorResult): Cell {
  const best = strongestEvidence(i.evidence);
  const w = ctx.wording.dimension;
  return { text: best === null ? w.evidence_no : fill(w.evidence_yes, { verification: ctx.wording.verification[best] }) };
}

function indicatorRow(ctx: ReportContext, i: IndicatorResult): Cell[] {
  const title: Cell = i.critical ? { text: i.title, detail: ctx.wording.dimension.critical_mark } : { text: i.title };
  return [
    title,
    levelCell(ctx, i),
    { text: i.applicable ? String(i.target) : '—' },
    { text: i.applicable && i.gap > 0 ? String(i.gap) : '—' },
    evidenceCell(ctx, i),
  ];
}

function levelStrip(ctx: ReportContext, d: DimensionResult): ChartBlock {
  const c = ctx.wording.charts;
  const max = ctx.assessment.rubric.maxLevel;
  const items = d.indicators.map((i) => ({ label: i.title, level: i.level, target: i.target, critical: i.critical }));
  const text = items
    .map((i) =>
      i.level === null ? fill(c.level_item_na, { label: i.label }) : fill(c.level_item, { label: i.label, level: i.level, target: i.target }),
    )
    .join('; ');
  return {
    kind: 'chart',
    title: c.strip_title,
    alt: fill(c.strip_alt, { dimension: d.title, max, items: text }),
    chart: { kind: 'levels', maxLevel: max, items },
    legend: chartLegend(ctx),
    table: {
      kind: 'table',
      totalRow: false,
      columns: [
        { header: ctx.wording.dimension.columns.indicator, width: 4, align: 'left' },
        { header: c.level_legend, width: 1, align: 'right' },
        { header: c.target_legend, width: 1, align: 'right' },
      ],
      rows: items.map((i) => [
        { text: i.label },
        { text: i.level === null ? c.not_applicable_legend : String(i.level) },
        { text: String(i.target) },
      ]),
    },
  };
}

export function dimensionSection(ctx: ReportContext, d: DimensionResult): Section {
  const w = ctx.wording.dimension;
  const cols = w.columns;
  const blocks: Block[] = [{ kind: 'paragraph', tone: 'body', text: d.description }];
  if (d.score === null) {
    blocks.push({ kind: 'paragraph', tone: 'lead', text: w.unscored });
  } else {
    blocks.push(figuresBlock(ctx, d));
    const upTo = upToPhrase(ctx, d, d.coverage);
    const said = [...(upTo === null ? [] : [fill(w.range, { up_to: upTo })]), ...markSentences(ctx, d)];
    if (said.length > 0) blocks.push({ kind: 'paragraph', tone: 'body', text: said.join(' ') });
  }
  blocks.push(levelStrip(ctx, d));
  blocks.push({ kind: 'subheading', text: w.table_heading });
  blocks.push({
    kind: 'table',
    totalRow: false,
    columns: [
      { header: cols.indicator, width: 30, align: 'left' },
      { header: cols.level, width: 36, align: 'left' },
      { header: cols.target, width: 8, align: 'right' },
      { header: cols.gap, width: 7, align: 'right' },
      { header: cols.evidence, width: 19, align: 'left' },
    ],
    rows: d.indicators.map((i) => indicatorRow(ctx, i)),
  });
  blocks.push({ kind: 'subheading', text: w.notes_heading });
  const notes = d.indicators.filter((i) => i.applicable && i.note !== null);
  blocks.push(
    notes.length === 0
      ? { kind: 'paragraph', tone: 'muted', text: w.no_notes }
      : {
          kind: 'table',
          totalRow: false,
          columns: [
            { header: cols.indicator, width: 30, align: 'left' },
            { header: ctx.wording.answers.columns.note, width: 70, align: 'left' },
          ],
          rows: notes.map((i) => [{ text: i.title }, { text: i.note ?? '' }]),
        },
  );
  return { id: `dimension-${d.id}`, title: d.title, blocks };
}
