import type { AlphaVerdict, KappaVerdict, MinistryAgreement } from '../../core/aggregate/agreement.js';
import { roundAlpha, roundKappa } from '../../core/aggregate/agreement.js';
import { fill } from '../model/fill.js';
import type { Wording } from '../../core/template/template-schema.js';

export type AgreementWording = Wording['aggregate']['agreement'];

/** Alpha with the three decimals it is read at. */
export function formatAlpha(alpha: number): string {
  return roundAlpha(alpha).toFixed(3);
}

/** Kappa with the two decimals its bands are read at. */
export function formatKappa(kappa: number): string {
  return roundKappa(kappa).toFixed(2);
}

export function alphaVerdictText(verdict: AlphaVerdict, w: AgreementWording): string {
  return w.verdicts[alphaKey(verdict)];
}

export function kappaVerdictText(verdict: KappaVerdict, w: AgreementWording): string {
  if (verdict === 'too-few' || verdict === 'no-variation') return w.verdicts[alphaKey(verdict)];
  return w.bands[verdict === 'almost-perfect' ? 'almost_perfect' : verdict];
}

function alphaKey(verdict: AlphaVerdict): keyof AgreementWording['verdicts'] {
  return verdict === 'too-few' ? 'too_few' : verdict === 'no-variation' ? 'no_variation' : verdict;
}

/** "A", "A and B", "A, B and C". */
function listText(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

const ORDER: readonly AlphaVerdict[] = ['reliable', 'tentative', 'unreliable', 'no-variation', 'too-few'];

/**
 * The plain-language reading of one ministry's alpha figures: a sentence on all indicators, then
 * the dimensions gathered by verdict, best agreement first ("They agree well on Connectivity. They
 * agree poorly on Institutions and data.").
 */
export function agreementReading(m: MinistryAgreement, titleOf: (dimensionId: string) => string, w: AgreementWording): string {
  const overall = fill(w.reading.overall[alphaKey(m.all.verdict)], { alpha: m.all.alpha === null ? '' : formatAlpha(m.all.alpha) });
  const sentences = ORDER.flatMap((verdict) => {
    const titles = m.dimensions.filter((d) => d.verdict === verdict).map((d) => titleOf(d.id));
    return titles.length === 0 ? [] : [fill(w.reading.dimensions[alphaKey(verdict)], { dimensions: listText(titles, w.reading.and) })];
  });
  return [overall, ...sentences].join(' ');
}
