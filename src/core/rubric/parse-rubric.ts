import type { Issue, Parsed } from '../issues.js';
import type { Dimension, Indicator, IndicatorKind, Rubric, Source } from '../types.js';
import { fromZod } from '../zod-issues.js';
import { checkPack } from './check-pack.js';
import {
  bibliographySchema,
  dimensionFileSchema,
  packSchema,
  type BibliographyFile,
  type DimensionFile,
  type IndicatorInput,
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
  const dimensions: Dimension[] = pack.dimensions.map((d, i) => ({
    id: d.id,
    title: d.title,
    shortTitle: d.short_title,
    description: d.description,
    weight: d.weight,
    indicators: (files[i]?.indicators ?? []).map((ind) => buildIndicator(ind, d.id)),
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
    maxLevel: Math.max(...pack.scale.map((s) => s.level)),
    bands: pack.bands.map((b) => ({ ...b, min: b.min / 100 })),
    defaultTarget: pack.default_target,
    dimensions,
    sources,
    changes: pack.changes,
  };
}

function buildIndicator(ind: IndicatorInput, dimensionId: string): Indicator {
  const levels: string[] = [];
  for (const [key, descriptor] of Object.entries(ind.levels)) levels[Number(key)] = descriptor;
  const common = {
    id: ind.id,
    dimensionId,
    title: ind.title,
    question: ind.question,
    guidance: ind.guidance,
    why: ind.why,
    weight: ind.weight,
    critical: ind.critical,
    scope: ind.scope,
    evidencePrompt: ind.evidence_prompt,
    levels,
    recommendations: ind.recommendations,
    sources: ind.sources,
    ...(ind.applies_if === undefined
      ? {}
      : {
          appliesIf:
            'min_level' in ind.applies_if
              ? { indicator: ind.applies_if.indicator, minLevel: ind.applies_if.min_level }
              : { indicator: ind.applies_if.indicator, answerIn: ind.applies_if.answer_in },
        }),
  };
  return { ...common, ...kindOf(ind) };
}

function kindOf(ind: IndicatorInput): IndicatorKind {
  switch (ind.type) {
    case 'level':
      return { type: 'level' };
    case 'yes-no':
      return { type: 'yes-no', yesLevel: ind.yes_level, noLevel: ind.no_level };
    case 'choice':
      return { type: 'choice', options: ind.options };
    case 'checklist':
      return { type: 'checklist', items: ind.items };
    case 'number':
      return {
        type: 'number',
        thresholds: ind.thresholds,
        ...(ind.unit === undefined ? {} : { unit: ind.unit }),
        ...(ind.min === undefined ? {} : { min: ind.min }),
        ...(ind.max === undefined ? {} : { max: ind.max }),
      };
    case 'percent':
      return { type: 'percent', thresholds: ind.thresholds };
  }
}
