import type { Issue, Parsed } from '../issues.js';
import type { Band, Dimension, Rubric, Source } from '../types.js';
import { fromZod } from '../zod-issues.js';
import { buildIndicator } from './build-indicator.js';
import { checkPack } from './check-pack.js';
import {
  bibliographySchema,
  dimensionFileSchema,
  packSchema,
  type BibliographyFile,
  type DimensionFile,
  type PackFile,
} from './schema.js';

interface RubricFiles {
  readonly pack: { readonly file: string; readonly data: unknown };
  /** One entry per file named in the pack, in the pack's order; data is undefined when it could not be read. */
  readonly dimensions: readonly { readonly file: string; readonly data: unknown }[];
  readonly bibliography: { readonly file: string; readonly data: unknown };
  readonly hash: string;
}

/** Schema first, for every file, then the checks across files; every problem is reported. */
export function parseRubric(files: RubricFiles): Parsed<Rubric> {
  const issues: Issue[] = [];
  const pack = packSchema.safeParse(files.pack.data);
  if (!pack.success) issues.push(...fromZod(files.pack.file, pack.error));
  const dimensionFiles: { file: string; data: DimensionFile }[] = [];
  for (const { file, data } of files.dimensions) {
    const parsed = dimensionFileSchema.safeParse(data);
    if (parsed.success) dimensionFiles.push({ file, data: parsed.data });
    else issues.push(...fromZod(file, parsed.error));
  }
  const bibliography = bibliographySchema.safeParse(files.bibliography.data);
  if (!bibliography.success) issues.push(...fromZod(files.bibliography.file, bibliography.error));

  if (!pack.success || !bibliography.success || issues.length > 0) return { ok: false, issues };

  const found = checkPack({
    pack: { file: files.pack.file, data: pack.data },
    dimensions: dimensionFiles,
    bibliography: { file: files.bibliography.file, data: bibliography.data },
  });
  const errors = found.filter((i) => i.severity === 'error');
  if (errors.length > 0) return { ok: false, issues: found };
  return {
    ok: true,
    value: buildRubric(pack.data, dimensionFiles.map((d) => d.data), bibliography.data, files.hash),
    warnings: found,
  };
}

function buildRubric(pack: PackFile, files: readonly DimensionFile[], bib: BibliographyFile, hash: string): Rubric {
  const maxLevel = Math.max(...pack.scale.map((s) => s.level));
  const dimensions: Dimension[] = pack.dimensions.map((d, i) => ({
    id: d.id,
    title: d.title,
    shortTitle: d.short_title,
    description: d.description,
    weight: d.weight,
    indicators: (files[i]?.indicators ?? []).map((ind) => buildIndicator(ind, d.id, maxLevel)),
  }));
  const sources: Source[] = bib.sources.map((s) => ({ ...s }));
  return {
    id: pack.id,
    version: pack.version,
    hash,
    title: pack.title,
    description: pack.description,
    language: pack.language,
    scale: pack.scale,
    maxLevel,
    bands: pack.bands.map(buildBand),
    limitedScopeBelow: pack.limited_scope_below / 100,
    defaultTarget: pack.default_target,
    dimensions,
    sources,
    glossary: pack.glossary,
    changes: pack.changes,
  };
}

function buildBand(band: PackFile['bands'][number]): Band {
  const { gate, ...rest } = band;
  const base = { ...rest, min: band.min / 100 };
  if (gate === undefined) return base;
  return {
    ...base,
    gate: {
      ...(gate.critical_min_level === undefined ? {} : { criticalMinLevel: gate.critical_min_level }),
      ...(gate.top_level_share === undefined ? {} : { topLevelShare: gate.top_level_share / 100 }),
    },
  };
}
