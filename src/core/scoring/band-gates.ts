import type { BandCap, GateCheck, GateFailure, IndicatorResult } from '../assessment.js';
import type { Band } from '../types.js';
import { bandOf, wholePercent } from './points.js';

/** An indicator as a score sees it: with its weight in that score (within a dimension, or in the index). */
export interface Weighted {
  readonly indicator: IndicatorResult;
  readonly weight: number;
}

interface BandOutcome {
  readonly band: string | null;
  readonly bandCap: BandCap | null;
  readonly gates: readonly GateCheck[];
  readonly topLevelShare: number;
}

/**
 * The band a score reaches. The score alone picks the highest band whose minimum it reaches; a
 * band with a gate is reached only when its gate and the gates of every band below it hold, so a
 * failed gate caps the band at the highest band below it that is met. The score itself is never
 * changed: it stays the weighted mean, explainable and comparable.
 */
export function bandOutcome(bands: readonly Band[], score: number | null, scope: readonly Weighted[], maxLevel: number): BandOutcome {
  const topLevelShare = shareAtTop(scope, maxLevel);
  const gates = bands.flatMap((b) => (b.gate === undefined ? [] : [{ band: b.label, failures: gateFailures(b, scope, topLevelShare) }]));
  if (score === null) return { band: null, bandCap: null, gates, topLevelShare };
  const uncapped = bandOf(bands, score);
  const failing = new Map(gates.filter((g) => g.failures.length > 0).map((g) => [g.band, g.failures]));
  let reached: Band | undefined;
  for (const b of bands) {
    if (failing.has(b.label)) break;
    reached = b;
    if (b === uncapped) break;
  }
  const blocked = bands[reached === undefined ? 0 : bands.indexOf(reached) + 1];
  const failures = blocked === undefined ? undefined : failing.get(blocked.label);
  const capped = uncapped !== undefined && reached !== uncapped && blocked !== undefined && failures !== undefined;
  return {
    band: reached?.label ?? null,
    bandCap: capped ? { uncapped: uncapped.label, gate: blocked.label, failures } : null,
    gates,
    topLevelShare,
  };
}

function shareAtTop(scope: readonly Weighted[], maxLevel: number): number {
  const applicable = scope.filter((w) => w.indicator.applicable);
  const total = applicable.reduce((s, w) => s + w.weight, 0);
  const top = applicable.reduce((s, w) => s + (w.indicator.level === maxLevel ? w.weight : 0), 0);
  return total === 0 ? 0 : top / total;
}

/**
 * What fails in a band's gate. Critical indicators count unless a false condition leaves them
 * out (a structural precondition); one left out as not applicable, which only "handled
 * nationally" can be, counts as don't know until a national answer exists: level 0.
 */
function gateFailures(band: Band, scope: readonly Weighted[], topLevelShare: number): GateFailure[] {
  const gate = band.gate;
  const out: GateFailure[] = [];
  if (gate?.criticalMinLevel !== undefined) {
    const required = gate.criticalMinLevel;
    for (const { indicator: i } of scope) {
      if (!i.critical || i.weight === 0 || i.exclusion?.kind === 'condition') continue;
      const level = i.level ?? 0;
      if (level < required) out.push({ kind: 'critical-level', indicator: i.id, title: i.title, level, required, status: i.status });
    }
  }
  if (gate?.topLevelShare !== undefined && wholePercent(topLevelShare) < wholePercent(gate.topLevelShare)) {
    out.push({ kind: 'top-level-share', share: topLevelShare, required: gate.topLevelShare });
  }
  return out;
}
