import { z } from 'zod';
import { issue, type Issue, type Parsed } from '../issues.js';
import type { Rubric, Targets } from '../types.js';
import { fromZod } from '../zod-issues.js';

const level = z.int().min(0).max(10);

/** A targets file: a default level, optionally overridden per dimension and per indicator. */
const targetsFileSchema = z.strictObject({
  default: level.optional(),
  dimensions: z.record(z.string(), level).default({}),
  indicators: z.record(z.string(), level).default({}),
});

export function parseTargets(file: string, data: unknown, rubric: Rubric): Parsed<Targets> {
  const parsed = targetsFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: fromZod(file, parsed.error) };
  const issues: Issue[] = [];
  const inScale = (n: number, path: (string | number)[]): void => {
    if (n > rubric.maxLevel) issues.push(issue(file, path, 'LEVEL_OUT_OF_SCALE', `level ${n} is above the scale's top level ${rubric.maxLevel}`));
  };
  const t = parsed.data;
  if (t.default !== undefined) inScale(t.default, ['default']);
  const dimensionIds = new Set(rubric.dimensions.map((d) => d.id));
  const indicatorIds = new Set(rubric.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
  for (const [id, n] of Object.entries(t.dimensions)) {
    if (!dimensionIds.has(id)) issues.push(issue(file, ['dimensions', id], 'UNKNOWN_DIMENSION', `"${id}" is not a dimension of ${rubric.id}`));
    inScale(n, ['dimensions', id]);
  }
  for (const [id, n] of Object.entries(t.indicators)) {
    if (!indicatorIds.has(id)) issues.push(issue(file, ['indicators', id], 'UNKNOWN_INDICATOR', `"${id}" is not an indicator of ${rubric.id}`));
    inScale(n, ['indicators', id]);
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: { source: 'file', default: t.default ?? rubric.defaultTarget, dimensions: t.dimensions, indicators: t.indicators },
    warnings: [],
  };
}
