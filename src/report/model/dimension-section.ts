import type { DimensionResult, IndicatorResult } from '../../core/assessment.js';
import { evidenceText } from './answers-section.js';
import { conditionInWords } from './answer-words.js';
import { markSentences, upToPhrase } from './band-marks.js';
import { standingOf } from './charts-section.js';
import { fill } from './fill.js';
import { figuresBlock, levelLabel, type ReportContext } from './report-context.js';
import type { Block, IndicatorEntries, IndicatorEntry, Section } from './report-document.js';

/** Why an excluded indicator does not count, in the template's words. */
export function exclusionReason(ctx: ReportContext, indicator: IndicatorResult): string {
  const w = ctx.wording.not_applicable;
  const exclusion = indicator.exclusion;
  if (exclusion === null) return '';
  return exclusion.kind === 'not-applicable' ? w.reasons[exclusion.reason] : fill(w.condition, { explanation: conditionInWords(ctx.wording, exclusion.because) });
}

/** The level in words and what stands beneath it: the descriptor, or why there is none. */
function levelText(ctx: ReportContext, i: IndicatorResult): { level: string; detail: string | null } {
  const w = ctx.wording;
  if (i.level === null) return { level: w.dimension.not_applicable, detail: exclusionReason(ctx, i) };
  // Don't know and unanswered score as level 0 without level 0 being true: the entry says so, and shows no descriptor.
  if (i.status === 'dont-know' || i.status === 'unanswered') return { level: w.status[i.status], detail: w.dimension.scored_as_zero };
  if (i.levelSetBy !== null) return { level: levelLabel(ctx, i.level), detail: fill(w.breakdown.condition_set, { explanation: conditionInWords(w, i.levelSetBy.because) }) };
  return { level: levelLabel(ctx, i.level), detail: i.descriptor };
}

function entry(ctx: ReportContext, i: IndicatorResult): IndicatorEntry {
  const { level, detail } = levelText(ctx, i);
  return {
    title: i.title,
    critical: i.critical ? ctx.wording.dimension.critical_mark : null,
    standing: standingOf(i),
    level,
    levelDetail: detail,
    target: i.applicable ? fill(ctx.wording.dimension.target_value, { target: i.target }) : null,
    checklist: (i.checklist ?? []).map((c) => ({ label: c.label, ticked: c.ticked })),
    note: i.note ?? (i.exclusion?.kind === 'not-applicable' ? i.exclusion.note : null),
    // The annex of all answers gives who provided each piece.
    evidence: i.evidence.map((e) => evidenceText(ctx, e, true)),
  };
}

function indicatorEntries(ctx: ReportContext, indicators: readonly IndicatorResult[]): IndicatorEntries {
  const w = ctx.wording.dimension;
  return {
    kind: 'indicators',
    labels: { note: w.note, evidence: w.evidence, noEvidence: w.no_evidence, ticked: w.ticked, unticked: w.unticked },
    entries: indicators.map((i) => entry(ctx, i)),
  };
}

export function dimensionSection(ctx: ReportContext, d: DimensionResult): Section {
  const w = ctx.wording.dimension;
  const blocks: Block[] = [{ kind: 'paragraph', tone: 'body', text: d.description }];
  if (d.score === null) {
    blocks.push({ kind: 'paragraph', tone: 'lead', text: w.unscored });
  } else {
    blocks.push(figuresBlock(ctx, d));
    const upTo = upToPhrase(ctx, d, d.coverage);
    const said = [...(upTo === null ? [] : [fill(w.range, { up_to: upTo })]), ...markSentences(ctx, d)];
    if (said.length > 0) blocks.push({ kind: 'paragraph', tone: 'body', text: said.join(' ') });
  }
  blocks.push({ kind: 'subheading', text: w.table_heading });
  blocks.push(indicatorEntries(ctx, d.indicators));
  return { id: `dimension-${d.id}`, title: d.title, blocks, newPage: false };
}
