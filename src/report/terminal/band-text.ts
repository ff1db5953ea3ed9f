import type { Assessment, Coverage, GateFailure, ScoreSummary } from '../../core/assessment.js';
import type { Messages } from '../../core/messages/messages.js';
import { PROVISIONAL_BELOW } from '../../core/scoring/marks.js';
import { indexPoints, wholePercent } from '../../core/scoring/points.js';
import type { Band } from '../../core/types.js';
import type { Figures } from './figures.js';
import type { Glyphs } from './style.js';
import { wrap } from './wrap.js';

/**
 * The terminal's words for what stands beside a band: the gate that caps it, the marks that
 * qualify it and the range the score could take. The report says the same from its template.
 */

/** The short marks written right after a band. */
function bandMarks(x: ScoreSummary, messages: Messages): string[] {
  const { t } = messages;
  return [x.bandCap === null ? '' : t('band.capped'), x.limitedScope ? t('band.limited_scope') : '', x.provisional ? t('band.provisional') : ''].filter((m) => m !== '');
}

/** The band with its marks, as one piece of text. */
export function bandWithMarks(x: ScoreSummary, g: Glyphs, messages: Messages): string {
  return [x.band ?? g.enDash, ...bandMarks(x, messages)].join(` ${g.dot} `);
}

/** One line per mark, saying why; the range first. */
export function markLines(a: Assessment, x: ScoreSummary, coverage: Coverage, f: Figures): string[] {
  const { t } = f.messages;
  const out: string[] = [];
  const range = rangeText(x, coverage, f);
  if (range !== null) out.push(range);
  if (x.bandCap !== null) out.push(capText(a, x, f));
  if (x.limitedScope) out.push(t('band.limited_scope_why', { share: wholePercent(x.applicableWeight), below: wholePercent(a.rubric.limitedScopeBelow) }));
  if (x.provisional) out.push(t('band.provisional_why', { share: wholePercent(x.evidencedWeight), below: wholePercent(PROVISIONAL_BELOW) }));
  return out;
}

export function rangeText(x: ScoreSummary, c: Coverage, f: Figures): string | null {
  if (x.score === null || x.upperScore === null || indexPoints(x.upperScore) === indexPoints(x.score)) return null;
  const { t } = f.messages;
  const dontKnow = c.dontKnow > 0 ? t('band.range_dont_know', { count: c.dontKnow }) : '';
  const unanswered = c.unanswered > 0 ? t('band.range_unanswered', { count: c.unanswered }) : '';
  const unknown = dontKnow !== '' && unanswered !== '' ? t('band.range_both', { dont_know: dontKnow, unanswered }) : dontKnow + unanswered;
  return t('band.range', { upper: f.pts(x.upperScore), unknown, count: c.dontKnow + c.unanswered });
}

function capText(a: Assessment, x: ScoreSummary, f: Figures): string {
  const cap = x.bandCap;
  if (cap === null) return '';
  return f.messages.t('band.capped_at', { band: x.band ?? f.glyphs.enDash, uncapped: cap.uncapped, failures: cap.failures.map((failure) => failureText(a, failure, f.messages)).join('; ') });
}

function failureText(a: Assessment, f: GateFailure, messages: Messages): string {
  const { t } = messages;
  if (f.kind === 'top-level-share') return t('band.failure_top_share', { share: wholePercent(f.share), level: a.rubric.maxLevel, required: wholePercent(f.required) });
  const why =
    f.status === 'not-applicable'
      ? t('band.why_handled_nationally')
      : f.status === 'dont-know'
        ? t('band.why_dont_know')
        : f.status === 'unanswered'
          ? t('band.why_unanswered')
          : t('band.why_level', { level: f.level });
  return t('band.failure_indicator', { title: f.title, why, required: f.required });
}

/** A gate in words: what a band needs besides its minimum. */
function gateText(a: Assessment, b: Band, messages: Messages): string {
  const { t } = messages;
  const g = b.gate;
  if (g === undefined) return '';
  const critical = g.criticalMinLevel === undefined ? '' : t('band.gate_critical', { level: g.criticalMinLevel });
  const share = g.topLevelShare === undefined ? '' : t('band.gate_top_share', { share: wholePercent(g.topLevelShare), level: a.rubric.maxLevel });
  return critical !== '' && share !== '' ? t('band.gate_both', { critical, share }) : critical + share;
}

/** The --explain block for a score's band: thresholds, every gate checked, the marks and the range. */
export function explainBand(a: Assessment, x: ScoreSummary, width: number, f: Figures): string[] {
  const { t } = f.messages;
  if (x.score === null) return [`  ${t('band.explain.no_score')}`];
  const thresholds = a.rubric.bands.map((b) => t('band.explain.threshold', { band: b.label, min: indexPoints(b.min) })).join(', ');
  const lines = [
    x.bandCap === null ? t('band.explain.band', { band: x.band ?? f.glyphs.enDash, score: f.pts(x.score), thresholds }) : t('band.explain.band_capped', { cap: capText(a, x, f), thresholds }),
    ...x.gates.flatMap((g) => {
      const band = a.rubric.bands.find((b) => b.label === g.band);
      if (band === undefined) return [];
      const verdict = g.failures.length === 0 ? t('band.explain.met') : t('band.explain.not_met', { failures: g.failures.map((failure) => failureText(a, failure, f.messages)).join('; ') });
      return [t('band.explain.gate', { band: g.band, needs: gateText(a, band, f.messages), verdict })];
    }),
    t('band.explain.range', { low: f.pts(x.score), high: f.pts(x.upperScore ?? x.score) }),
    ...(x.scoreExcludedAtZero === null ? [] : [t('band.explain.left_out_at_zero', { points: f.pts(x.scoreExcludedAtZero) })]),
    t(x.limitedScope ? 'band.explain.scope_limited' : 'band.explain.scope', { share: wholePercent(x.applicableWeight), below: wholePercent(a.rubric.limitedScopeBelow) }),
    t(x.provisional ? 'band.explain.evidence_provisional' : 'band.explain.evidence', { share: wholePercent(x.evidencedWeight), below: wholePercent(PROVISIONAL_BELOW) }),
    t('band.explain.top_level', { level: a.rubric.maxLevel, share: wholePercent(x.topLevelShare) }),
  ];
  return lines.map((l) => wrap(`  ${l}`, width, '    '));
}
