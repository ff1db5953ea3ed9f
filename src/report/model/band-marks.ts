import type { Coverage, GateFailure, ScoreSummary } from '../../core/assessment.js';
import { PROVISIONAL_BELOW } from '../../core/scoring/marks.js';
import type { BandGate } from '../../core/types.js';
import { fill, fillCount } from './fill.js';
import { formatScore, formatShare } from './format-number.js';
import type { ReportContext } from './report-context.js';
import type { Cell } from './report-document.js';

/**
 * What the report writes beside a band or a score, in the template's words: the gate that caps
 * the band, the marks that qualify it (limited scope, provisional) and the range of the score.
 */

/** "up to 43.1 once 3 don't know are answered at their target", or null when there is no range. */
export function upToPhrase(ctx: ReportContext, x: ScoreSummary, c: Coverage): string | null {
  if (x.score === null || x.upperScore === null || formatScore(x.upperScore, ctx.wording.language) === formatScore(x.score, ctx.wording.language)) return null;
  const m = ctx.wording.marks;
  const dontKnow = fill(m.dont_know, { count: c.dontKnow });
  const unanswered = fill(m.unanswered, { count: c.unanswered });
  const unknown = c.dontKnow > 0 && c.unanswered > 0 ? fill(m.unknown_both, { dont_know: dontKnow, unanswered }) : c.dontKnow > 0 ? dontKnow : unanswered;
  return fillCount(ctx.wording.language, c.dontKnow + c.unanswered, m.up_to_one, m.up_to_other, { upper: formatScore(x.upperScore, ctx.wording.language), unknown });
}

export function failurePhrase(ctx: ReportContext, f: GateFailure, gate: string): string {
  const m = ctx.wording.marks;
  if (f.kind === 'top-level-share') {
    return fill(m.top_level_share, { share: formatShare(f.share, ctx.wording.language), top: ctx.assessment.rubric.maxLevel, required: formatShare(f.required, ctx.wording.language), gate });
  }
  const phrase =
    f.status === 'not-applicable' ? m.critical_national : f.status === 'dont-know' ? m.critical_dont_know : f.status === 'unanswered' ? m.critical_unanswered : m.critical_level;
  return fill(phrase, { title: f.title, level: f.level, required: f.required, gate });
}

function capSentence(ctx: ReportContext, x: ScoreSummary): string | null {
  const cap = x.bandCap;
  if (cap === null) return null;
  const reasons = cap.failures.map((f) => failurePhrase(ctx, f, cap.gate)).join('; ');
  return fill(ctx.wording.marks.capped, { band: x.band ?? '', uncapped: cap.uncapped, reasons });
}

/** The sentences that qualify a band: the cap, limited scope, provisional. */
export function markSentences(ctx: ReportContext, x: ScoreSummary): string[] {
  if (x.score === null) return [];
  const m = ctx.wording.marks;
  const cap = capSentence(ctx, x);
  return [
    ...(cap === null ? [] : [cap]),
    ...(x.limitedScope ? [fill(m.limited_scope, { applicable: formatShare(x.applicableWeight, ctx.wording.language), limit: formatShare(ctx.assessment.rubric.limitedScopeBelow, ctx.wording.language) })] : []),
    ...(x.provisional ? [fill(m.provisional, { evidenced: formatShare(x.evidencedWeight, ctx.wording.language), limit: formatShare(PROVISIONAL_BELOW, ctx.wording.language) })] : []),
  ];
}

/** The band with its short marks, e.g. "Gender-sensitive · limited scope". */
export function bandLabel(ctx: ReportContext, x: ScoreSummary): string {
  const m = ctx.wording.marks;
  const marks = [x.bandCap === null ? null : m.capped_short, x.limitedScope ? m.limited_scope_short : null, x.provisional ? m.provisional_short : null];
  return [x.band ?? '—', ...marks.filter((t) => t !== null)].join(' · ');
}

/** A table cell for a band: the band and its marks, with the reasons beneath. */
export function bandCell(ctx: ReportContext, x: ScoreSummary): Cell {
  const detail = markSentences(ctx, x).join(' ');
  return detail === '' ? { text: bandLabel(ctx, x) } : { text: bandLabel(ctx, x), detail };
}

/** What a band's gate needs, in words; null for a band without one. */
export function gatePhrase(ctx: ReportContext, g: BandGate | undefined): string | null {
  if (g === undefined) return null;
  const m = ctx.wording.marks;
  const parts = [
    g.criticalMinLevel === undefined ? null : fill(m.gate_critical, { level: g.criticalMinLevel }),
    g.topLevelShare === undefined ? null : fill(m.gate_top_level_share, { share: formatShare(g.topLevelShare, ctx.wording.language), top: ctx.assessment.rubric.maxLevel }),
  ].filter((p) => p !== null);
  return parts.length === 0 ? null : parts.reduce((first, second) => fill(m.gate_and, { first, second }));
}
