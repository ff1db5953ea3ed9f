/**
 * Rounds values to `decimals` places so that the rounded values add up to the rounded total
 * (Hamilton's method). Ties in the remainder go to the earlier value, so the result is stable.
 */
export function roundToTotal(values: readonly number[], decimals: number): number[] {
  const scale = 10 ** decimals;
  // Clean float noise first, so 2.9999999 is treated as 3 and not as 2 plus a large remainder.
  const scaled = values.map((v) => Math.round(v * scale * 1e6) / 1e6);
  const floors = scaled.map(Math.floor);
  const total = Math.round(scaled.reduce((s, v) => s + v, 0));
  let missing = total - floors.reduce((s, v) => s + v, 0);
  const order = scaled
    .map((v, i) => ({ i, remainder: v - Math.floor(v) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  const result = [...floors];
  for (const { i } of order) {
    if (missing <= 0) break;
    result[i] = (result[i] ?? 0) + 1;
    missing -= 1;
  }
  return result.map((v) => v / scale);
}
