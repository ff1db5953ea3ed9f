import { compareVersions } from '../answers/parse-answers.js';
import type { Rubric } from '../types.js';
import type { NotCompared, PackChangeKind, Reworded } from './comparison.js';

interface ChangesSince {
  readonly notCompared: readonly NotCompared[];
  readonly reworded: readonly Reworded[];
}

/**
 * What the pack's change log records after the older of the answered versions. Both files are
 * scored with the current pack, so a change after either file's version can make their levels
 * mean different things; such indicators are listed instead of compared.
 */
export function changesSince(rubric: Rubric, versions: readonly string[]): ChangesSince {
  const oldest = [...versions].sort(compareVersions)[0] ?? rubric.version;
  const titles = new Map(rubric.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, i.title])));
  const since = rubric.changes.filter((c) => compareVersions(c.version, oldest) > 0).sort((a, b) => compareVersions(a.version, b.version));
  const notCompared = new Map<string, NotCompared>();
  const note = (indicator: string, change: PackChangeKind, version: string): void => {
    if (!notCompared.has(indicator)) notCompared.set(indicator, { indicator, title: titles.get(indicator) ?? null, change, version });
  };
  for (const c of since) {
    for (const id of c.added) note(id, 'added', c.version);
    for (const id of c.removed) note(id, 'removed', c.version);
    for (const id of c.rescaled) note(id, 'rescaled', c.version);
    // A merge ends the indicators folded in and widens the one they went into: neither compares like with like.
    for (const m of c.merged) {
      for (const id of m.from) note(id, 'removed', c.version);
      note(m.into, 'rescaled', c.version);
    }
  }
  const reworded = new Map<string, Reworded>();
  for (const c of since) {
    for (const id of c.reworded) {
      const title = titles.get(id);
      if (title !== undefined && !notCompared.has(id) && !reworded.has(id)) reworded.set(id, { indicator: id, title, version: c.version });
    }
  }
  return { notCompared: [...notCompared.values()], reworded: [...reworded.values()] };
}
