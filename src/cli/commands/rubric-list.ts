import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Rubric } from '../../core/types.js';
import { UserError } from '../../core/errors.js';
import { sanitize } from '../../core/sanitize.js';
import { loadMessages } from '../load-messages.js';
import { runLanguage } from '../run-language.js';
import type { Io } from '../io.js';
import { loadRubric } from '../load-rubric.js';
import { fsCause } from '../../store/fs-cause.js';
import { packageRoot } from '../package-root.js';

/** Lists every pack folder (one holding pack.yaml) under the rubrics folder. */
export async function rubricList(io: Io, opts: { rubrics?: string; json?: boolean }): Promise<number> {
  const root = opts.rubrics ?? join(packageRoot, 'rubrics');
  let names: string[];
  try {
    names = readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'pack.yaml')))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    throw new UserError('RUBRICS_NOT_FOUND', { key: 'errors.pack.cannot_list', values: { dir: root, reason: fsCause(error) } });
  }
  const packs: { path: string; rubric: Rubric }[] = [];
  for (const name of names) packs.push({ path: join(root, name), rubric: (await loadRubric(join(root, name))).rubric });
  if (opts.json === true) {
    io.out(`${JSON.stringify({ packs: packs.map(({ path, rubric }) => toJson(sanitize(path), rubric)) }, null, 2)}\n`);
    return 0;
  }
  const { t } = loadMessages(runLanguage(undefined));
  if (packs.length === 0) io.out(`${t('list.none', { dir: sanitize(root) })}\n`);
  for (const { path, rubric } of packs) {
    io.out(`${rubric.id} ${rubric.version}: ${rubric.title}\n  ${sanitize(path)}\n`);
    for (const d of rubric.dimensions) {
      io.out(`\n  ${t('list.dimension', { title: d.title, id: d.id, weight: d.weight, count: d.indicators.length })}\n`);
      for (const i of d.indicators) {
        const flags = [i.type, i.critical ? t('list.critical') : '', i.weight === 1 ? '' : t('list.weight', { weight: i.weight })].filter((f) => f !== '').join(', ');
        io.out(`    ${i.id.padEnd(40)} ${i.title} [${flags}]\n`);
      }
    }
    io.out('\n');
  }
  return 0;
}

function toJson(path: string, r: Rubric): object {
  return {
    id: r.id,
    version: r.version,
    title: r.title,
    path,
    dimensions: r.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      weight: d.weight,
      indicators: d.indicators.map((i) => ({ id: i.id, title: i.title, type: i.type, weight: i.weight, critical: i.critical, scope: i.scope })),
    })),
  };
}
