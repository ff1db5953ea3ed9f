import type { AgreementSummary, AlphaFigure, KappaFigure, MinistryAgreement } from '../../core/aggregate/agreement.js';
import type { DimensionDistribution } from '../../core/aggregate/aggregate-summary.js';
import { fill, fillCount } from '../model/fill.js';
import type { Block, Cell, Column, Section } from '../model/report-document.js';
import type { Wording } from '../../core/template/template-schema.js';
import { agreementReading, alphaVerdictText, formatAlpha, formatKappa, kappaVerdictText, type AgreementWording } from './agreement-text.js';

function alphaRow(scope: string, f: AlphaFigure, w: AgreementWording): Cell[] {
  return [
    { text: scope },
    { text: f.alpha === null ? '–' : formatAlpha(f.alpha) },
    { text: String(f.indicators) },
    { text: String(f.values) },
    { text: alphaVerdictText(f.verdict, w) },
  ];
}

/** A kappa cell: the figure, or in its place why there is none; then its band and n. */
function kappaCell(f: KappaFigure, w: AgreementWording): Cell {
  return f.kappa === null
    ? { text: kappaVerdictText(f.verdict, w), detail: fill(w.count_detail, { count: f.indicators }) }
    : { text: formatKappa(f.kappa), detail: fill(w.figure_detail, { reading: kappaVerdictText(f.verdict, w), count: f.indicators }) };
}

function ministryBlocks(m: MinistryAgreement, dimensions: readonly DimensionDistribution[], wording: Wording): Block[] {
  const w = wording.aggregate.agreement;
  const titleOf = (id: string): string => dimensions.find((d) => d.id === id)?.title ?? id;
  const groups = fillCount(wording.language, m.groups.length, wording.aggregate.workshop.groups_one, wording.aggregate.workshop.groups_other);
  const blocks: Block[] = [
    { kind: 'subheading', text: fill(w.heading, { ministry: m.ministry, groups }) },
    { kind: 'paragraph', tone: 'lead', text: agreementReading(m, titleOf, w) },
    { kind: 'paragraph', tone: 'muted', text: w.alpha_heading },
    {
      kind: 'table',
      totalRow: false,
      columns: [
        { header: w.columns.scope, width: 36, align: 'left' },
        { header: w.columns.alpha, width: 11, align: 'right' },
        { header: w.columns.indicators, width: 13, align: 'right' },
        { header: w.columns.values, width: 10, align: 'right' },
        { header: w.columns.reading, width: 30, align: 'left' },
      ],
      rows: [alphaRow(w.all_indicators, m.all, w), ...m.dimensions.map((d) => alphaRow(titleOf(d.id), d, w))],
    },
    { kind: 'paragraph', tone: 'muted', text: w.kappa_heading },
  ];
  if (m.pairs === null) {
    const pairs = (m.groups.length * (m.groups.length - 1)) / 2;
    blocks.push({ kind: 'paragraph', tone: 'body', text: fill(w.too_many_groups, { count: m.groups.length, pairs }) });
    return blocks;
  }
  const share = 76 / (1 + m.dimensions.length);
  blocks.push({ kind: 'paragraph', tone: 'muted', text: w.kappa_note });
  blocks.push({
    kind: 'table',
    totalRow: false,
    columns: [
      { header: w.columns.pair, width: 24, align: 'left' },
      ...[w.all_indicators, ...m.dimensions.map((d) => titleOf(d.id))].map((header): Column => ({ header, width: share, align: 'right' })),
    ],
    rows: m.pairs.map((p) => [{ text: fill(w.pair, { first: p.groups[0], second: p.groups[1] }) }, kappaCell(p.all, w), ...p.dimensions.map((d) => kappaCell(d, w))]),
  });
  return blocks;
}

/** How far the groups that assessed each ministry agree: alpha across them, kappa pair by pair. */
export function agreementSection(agreement: AgreementSummary, dimensions: readonly DimensionDistribution[], wording: Wording): Section {
  const w = wording.aggregate.agreement;
  const blocks: Block[] = [
    { kind: 'paragraph', tone: 'body', text: fill(w.intro, { min: agreement.rules.minPairedIndicators }) },
    { kind: 'paragraph', tone: 'muted', text: w.thresholds },
  ];
  if (agreement.ministries.length === 0) blocks.push({ kind: 'paragraph', tone: 'lead', text: w.none });
  for (const m of agreement.ministries) blocks.push(...ministryBlocks(m, dimensions, wording));
  return { id: 'agreement', title: w.title, blocks };
}
