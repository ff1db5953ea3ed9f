import type { Distribution } from '../../core/aggregate/distribution.js';

/** The figures of a distribution as text: index points for 0..1 scores, one decimal for levels. */
export interface DistributionText {
  readonly mean: string;
  readonly median: string;
  readonly range: string;
  readonly sd: string;
}

export function scoreDistributionText(d: Distribution): DistributionText {
  return textOf(d, 100);
}

export function levelDistributionText(d: Distribution): DistributionText {
  return textOf(d, 1);
}

function textOf(d: Distribution, scale: number): DistributionText {
  const f = (x: number | null): string => (x === null ? '–' : (x * scale).toFixed(1));
  // Levels are whole numbers: their minimum, maximum and most medians need no decimal.
  const whole = (x: number | null): string => (x === null ? '–' : scale === 1 && Number.isInteger(x) ? String(x) : (x * scale).toFixed(1));
  return {
    mean: f(d.mean),
    median: whole(d.median),
    range: d.min === null || d.max === null ? '–' : `${whole(d.min)}–${whole(d.max)}`,
    sd: f(d.sd),
  };
}
