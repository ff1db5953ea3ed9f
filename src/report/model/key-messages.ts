import type { Gap } from '../../core/assessment.js';
import { failurePhrase } from './band-marks.js';
import { fill, fillCount } from './fill.js';
import { formatPoints, formatScore } from './format-number.js';
import type { ReportContext } from './report-context.js';
import type { KeyMessage } from './report-document.js';
import { strengths } from './strengths.js';

// A message names a few indicators, not a list: the rest are in the tables.
const NAMED = 3;

function names(titles: readonly string[]): string {
  return titles.slice(0, NAMED).join('; ');
}

function weakest(ctx: ReportContext): KeyMessage | null {
  const scored = ctx.assessment.dimensions.filter((d) => d.score !== null);
  const d = scored.reduce<(typeof scored)[number] | undefined>((low, x) => (low === undefined || (x.score ?? 0) < (low.score ?? 0) ? x : low), undefined);
  if (d === undefined) return null;
  const below = d.indicators.filter((i) => i.applicable && i.gap > 0);
  // The furthest below target; among equals the one the ranking puts first.
  const rank = new Map(ctx.assessment.gaps.map((g) => [g.indicator, g.rank]));
  const furthest = [...below].sort((x, y) => y.gap - x.gap || (rank.get(x.id) ?? 0) - (rank.get(y.id) ?? 0))[0];
  if (furthest === undefined) return null;
  return {
    kind: 'weakness',
    text: fill(ctx.wording.summary.message_weakest, {
      dimension: d.title,
      score: formatScore(d.score ?? 0, ctx.wording.language),
      below: below.length,
      applicable: d.coverage.applicable,
      furthest: furthest.title,
    }),
  };
}

/** The gate that holds the band back, or else the critical indicators below target. */
function critical(ctx: ReportContext): KeyMessage | null {
  const w = ctx.wording.summary;
  const { overall, gaps } = ctx.assessment;
  const cap = overall.bandCap;
  if (cap !== null) {
    return { kind: 'critical', text: fill(w.message_gate, { band: overall.band ?? '', reasons: cap.failures.map((f) => failurePhrase(ctx, f, cap.gate)).join('; ') }) };
  }
  const below = gaps.filter((g) => g.critical);
  if (below.length === 0) return null;
  // Every one is named, not the first few: the sentence gives their count, and each holds the band back and leads the plan.
  const titles = below.map((g) => g.title).join('; ');
  return { kind: 'critical', text: fillCount(ctx.wording.language, below.length, w.message_critical_one, w.message_critical_other, { titles }) };
}

function lever(ctx: ReportContext): KeyMessage | null {
  const top = ctx.assessment.gaps.reduce<Gap | undefined>((best, g) => (best === undefined || g.gainToTarget > best.gainToTarget ? g : best), undefined);
  if (top === undefined) return null;
  return {
    kind: 'lever',
    text: fill(ctx.wording.summary.message_lever, { title: top.title, level: top.level, target: top.target, gain: formatPoints(top.gainToTarget, ctx.wording.language) }),
  };
}

function strength(ctx: ReportContext): KeyMessage {
  const w = ctx.wording.summary;
  const strong = strengths(ctx);
  if (strong.length === 0) return { kind: 'strength', text: w.message_no_strength };
  return { kind: 'strength', text: fillCount(ctx.wording.language, strong.length, w.message_strength_one, w.message_strength_other, { titles: names(strong.map((i) => i.title)) }) };
}

/** Three to five plain sentences from the result: the weakest part and why, the gates, the biggest lever, what works. */
export function keyMessages(ctx: ReportContext): KeyMessage[] {
  return [weakest(ctx), critical(ctx), lever(ctx), strength(ctx)].filter((m) => m !== null);
}
