import { z } from 'zod';
import { issue, type Issue, type Parsed } from '../issues.js';
import type { Rubric, Targets } from '../types.js';
import { quoted } from '../sanitize.js';
import { fromZod } from '../zod-issues.js';

const level = z.int().min(0).max(10);

/** A targets file: a default level, optionally overridden per dimension and per indicator. */
const targetsFileSchema = z.strictObject({
  default: level.optional(),
  dimensions: z.record(z.string(), level).default({}),
  indicators: z.record(z.string(), level).default({}),
});

/** Every problem at once: the checks against the rubric run on each entry that has the right shape, whatever is wrong elsewhere. */
export function parseTargets(file: string, data: unknown, rubric: Rubric): Parsed<Targets> {
  const parsed = targetsFileSchema.safeParse(data);
  const issues: Issue[] = parsed.success ? [] : fromZod(file, parsed.error);
  const inScale = (n: unknown, path: (string | number)[]): void => {
    const valid = level.safeParse(n);
    if (valid.success && valid.data > rubric.maxLevel) issues.push(issue(file, path, 'LEVEL_OUT_OF_SCALE', { key: 'issues.LEVEL_OUT_OF_SCALE.above_top', values: { level: valid.data, max: rubric.maxLevel } }));
  };
  const raw = asRecord(data);
  if (raw['default'] !== undefined) inScale(raw['default'], ['default']);
  const dimensionIds = new Set(rubric.dimensions.map((d) => d.id));
  const indicatorIds = new Set(rubric.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
  for (const [id, n] of Object.entries(asRecord(raw['dimensions']))) {
    if (!dimensionIds.has(id)) issues.push(issue(file, ['dimensions', id], 'UNKNOWN_DIMENSION', { key: 'issues.UNKNOWN_DIMENSION', values: { id: quoted(id), pack: rubric.id } }));
    inScale(n, ['dimensions', id]);
  }
  for (const [id, n] of Object.entries(asRecord(raw['indicators']))) {
    if (!indicatorIds.has(id)) issues.push(issue(file, ['indicators', id], 'UNKNOWN_INDICATOR', { key: 'issues.UNKNOWN_INDICATOR.unknown', values: { id: quoted(id), pack: rubric.id } }));
    inScale(n, ['indicators', id]);
  }
  if (!parsed.success || issues.length > 0) return { ok: false, issues };
  const t = parsed.data;
  return {
    ok: true,
    value: { source: 'file', default: t.default ?? rubric.defaultTarget, dimensions: t.dimensions, indicators: t.indicators },
    warnings: [],
  };
}

function asRecord(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
