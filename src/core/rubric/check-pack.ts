import { issue, type Issue } from '../issues.js';
import { reachableLevels } from '../scoring/reachable-levels.js';
import { buildIndicator } from './build-indicator.js';
import type { BibliographyFile, DimensionFile, IndicatorInput, PackFile } from './schema.js';

interface Located<T> {
  readonly file: string;
  readonly data: T;
}

interface PackInput {
  readonly pack: Located<PackFile>;
  readonly dimensions: readonly Located<DimensionFile>[];
  readonly bibliography: Located<BibliographyFile>;
}

/** Rules that span objects or files: ids, references, scale bounds. Warnings for unused sources. */
export function checkPack({ pack, dimensions, bibliography }: PackInput): Issue[] {
  const out: Issue[] = [];
  const scaleLevels = checkScale(pack, out);
  const inScale = (n: number): boolean => scaleLevels.has(n);
  const maxLevel = Math.max(...scaleLevels);

  checkBands(pack, inScale, out);
  if (!inScale(pack.data.default_target)) {
    out.push(issue(pack.file, ['default_target'], 'LEVEL_OUT_OF_SCALE', { key: 'issues.LEVEL_OUT_OF_SCALE.default_target', values: { level: pack.data.default_target } }));
  }

  unique(pack.data.dimensions.map((d, i) => ({ id: d.id, file: pack.file, path: ['dimensions', i, 'id'] })), 'dimension', out);
  pack.data.dimensions.forEach((d, i) => {
    const file = dimensions[i];
    if (file !== undefined && file.data.dimension !== d.id) {
      out.push(issue(file.file, ['dimension'], 'DIMENSION_MISMATCH', { key: 'issues.DIMENSION_MISMATCH', values: { listed: d.id, says: file.data.dimension } }));
    }
  });

  const sourceKeys = new Set<string>();
  bibliography.data.sources.forEach((s, i) => {
    if (sourceKeys.has(s.key)) out.push(issue(bibliography.file, ['sources', i, 'key'], 'DUPLICATE_ID', { key: 'issues.DUPLICATE_ID.source', values: { id: s.key } }));
    sourceKeys.add(s.key);
  });

  const indicators = new Map<string, IndicatorInput>();
  const indicatorIds: { id: string; file: string; path: (string | number)[] }[] = [];
  const recommendationIds: typeof indicatorIds = [];
  for (const { file, data } of dimensions) {
    data.indicators.forEach((ind, i) => {
      indicators.set(ind.id, ind);
      indicatorIds.push({ id: ind.id, file, path: ['indicators', i, 'id'] });
      ind.recommendations.forEach((r, j) => recommendationIds.push({ id: r.id, file, path: ['indicators', i, 'recommendations', j, 'id'] }));
    });
  }
  unique(indicatorIds, 'indicator', out);
  unique(recommendationIds, 'recommendation', out);

  const cited = new Set<string>();
  const cite = (file: string, path: (string | number)[], key: string): void => {
    cited.add(key);
    if (!sourceKeys.has(key)) out.push(issue(file, path, 'UNKNOWN_SOURCE', { key: 'issues.UNKNOWN_SOURCE', values: { id: key } }));
  };

  for (const { file, data } of dimensions) {
    data.indicators.forEach((ind, i) => {
      const at = (...rest: (string | number)[]): (string | number)[] => ['indicators', i, ...rest];
      const before = out.length;
      checkKind(ind, inScale, file, at, out);
      // Which levels answers reach is only known once the answer form itself is sound.
      checkDescriptors(ind, scaleLevels, out.length === before ? maxLevel : null, file, at, out);
      ind.sources.forEach((key, k) => cite(file, at('sources', k), key));
      ind.recommendations.forEach((r, j) => {
        if (r.below < 1 || r.below > maxLevel) {
          out.push(issue(file, at('recommendations', j, 'below'), 'LEVEL_OUT_OF_SCALE', { key: 'issues.LEVEL_OUT_OF_SCALE.below', values: { max: maxLevel } }));
        }
        r.sources.forEach((key, k) => cite(file, at('recommendations', j, 'sources', k), key));
      });
      if (ind.applies_if !== undefined) checkCondition(ind, indicators, inScale, file, at, out);
    });
  }
  checkConditionCycles(dimensions, out);

  const terms = new Set<string>();
  pack.data.glossary.forEach((g, i) => {
    const key = g.term.toLowerCase();
    if (terms.has(key)) out.push(issue(pack.file, ['glossary', i, 'term'], 'DUPLICATE_ID', { key: 'issues.DUPLICATE_ID.term', values: { term: g.term } }));
    terms.add(key);
    g.sources.forEach((k, j) => cite(pack.file, ['glossary', i, 'sources', j], k));
  });
  checkFigures(pack, dimensions, bibliography, out);

  bibliography.data.sources.forEach((s, i) => {
    if (!cited.has(s.key)) out.push(issue(bibliography.file, ['sources', i, 'key'], 'UNUSED_SOURCE', { key: 'issues.UNUSED_SOURCE', values: { id: s.key } }, 'warning'));
  });
  return out;
}

/** Whitespace as YAML folds it: a figure checked across a line break still matches. */
const folded = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Each figure a source is listed for must still stand in the pack's text, word for word: when a
 * question is reworded, the list of what was checked against the source must follow it.
 */
function checkFigures(pack: Located<PackFile>, dimensions: readonly Located<DimensionFile>[], bibliography: Located<BibliographyFile>, out: Issue[]): void {
  const texts = [
    ...pack.data.glossary.map((g) => g.definition),
    ...dimensions.flatMap(({ data }) =>
      data.indicators.flatMap((ind) => [
        ind.title,
        ind.question,
        ind.guidance,
        ind.why,
        ind.evidence_prompt,
        ...Object.values(ind.levels),
        ...Object.values(ind.evidence),
        ...ind.recommendations.map((r) => r.text),
        ...(ind.type === 'checklist' ? ind.items.map((item) => item.label) : []),
        ...(ind.type === 'choice' ? ind.options.map((o) => o.label) : []),
      ]),
    ),
  ].map(folded);
  bibliography.data.sources.forEach((s, i) => {
    s.figures.forEach((f, j) => {
      const wanted = folded(f.text);
      if (!texts.some((t) => t.includes(wanted))) {
        out.push(issue(bibliography.file, ['sources', i, 'figures', j, 'text'], 'FIGURE_NOT_IN_PACK', { key: 'issues.FIGURE_NOT_IN_PACK', values: { figure: wanted, source: s.key } }, 'warning'));
      }
    });
  });
}

function checkScale(pack: Located<PackFile>, out: Issue[]): Set<number> {
  const levels = new Set<number>();
  pack.data.scale.forEach((s, i) => {
    if (s.level !== i) {
      out.push(issue(pack.file, ['scale', i, 'level'], 'SCALE_ORDER', { key: 'issues.SCALE_ORDER', values: { expected: i, found: s.level } }));
    }
    levels.add(s.level);
  });
  return levels;
}

function checkBands(pack: Located<PackFile>, inScale: (n: number) => boolean, out: Issue[]): void {
  const bands = pack.data.bands;
  if (bands[0] !== undefined && bands[0].min !== 0) {
    out.push(issue(pack.file, ['bands', 0, 'min'], 'BAND_ORDER', { key: 'issues.BAND_ORDER.first' }));
  }
  if (bands[0]?.gate !== undefined) {
    out.push(issue(pack.file, ['bands', 0, 'gate'], 'BAND_GATE', { key: 'issues.BAND_GATE.first' }));
  }
  bands.forEach((b, i) => {
    const gate = b.gate;
    if (gate === undefined || i === 0) return;
    if (gate.critical_min_level === undefined && gate.top_level_share === undefined) {
      out.push(issue(pack.file, ['bands', i, 'gate'], 'BAND_GATE', { key: 'issues.BAND_GATE.empty' }));
    }
    if (gate.critical_min_level !== undefined && !inScale(gate.critical_min_level)) {
      out.push(issue(pack.file, ['bands', i, 'gate', 'critical_min_level'], 'LEVEL_OUT_OF_SCALE', { key: 'issues.LEVEL_OUT_OF_SCALE.level', values: { level: gate.critical_min_level } }));
    }
  });
  bands.forEach((b, i) => {
    const previous = bands[i - 1];
    if (previous !== undefined && b.min <= previous.min) {
      out.push(issue(pack.file, ['bands', i, 'min'], 'BAND_ORDER', { key: 'issues.BAND_ORDER.rise', values: { min: b.min, previous: previous.min } }));
    }
  });
}

function unique(entries: readonly { id: string; file: string; path: (string | number)[] }[], what: 'dimension' | 'indicator' | 'recommendation', out: Issue[]): void {
  const first = new Map<string, { file: string }>();
  for (const e of entries) {
    const seen = first.get(e.id);
    if (seen === undefined) first.set(e.id, e);
    else out.push(issue(e.file, e.path, 'DUPLICATE_ID', { key: 'issues.DUPLICATE_ID.used_in', values: { what, id: e.id, file: seen.file } }));
  }
}

type At = (...rest: (string | number)[]) => (string | number)[];

/**
 * A descriptor for every level an answer can reach, and none for a level no answer can reach.
 * `maxLevel` is null when the answer form has problems of its own, and reachability is not judged.
 */
function checkDescriptors(ind: IndicatorInput, scaleLevels: ReadonlySet<number>, maxLevel: number | null, file: string, at: At, out: Issue[]): void {
  const reachable = maxLevel === null ? scaleLevels : reachableLevels(buildIndicator(ind, '', maxLevel), maxLevel);
  const list = [...reachable].sort((a, b) => a - b).join(', ');
  for (const level of scaleLevels) {
    if (reachable.has(level) && ind.levels[String(level)] === undefined) {
      out.push(issue(file, at('levels'), 'MISSING_DESCRIPTOR', { key: 'issues.MISSING_DESCRIPTOR', values: { level, reached: list } }));
    }
  }
  for (const field of ['levels', 'evidence'] as const) {
    for (const key of Object.keys(ind[field])) {
      if (!scaleLevels.has(Number(key))) {
        out.push(issue(file, at(field, key), 'LEVEL_OUT_OF_SCALE', { key: 'issues.LEVEL_OUT_OF_SCALE.level', values: { level: key } }));
      } else if (!reachable.has(Number(key))) {
        out.push(
          issue(file, at(field, key), 'UNREACHABLE_LEVEL', { key: field === 'levels' ? 'issues.UNREACHABLE_LEVEL.descriptor' : 'issues.UNREACHABLE_LEVEL.evidence', values: { level: key, reached: list } }),
        );
      }
    }
  }
}

function checkKind(ind: IndicatorInput, inScale: (n: number) => boolean, file: string, at: At, out: Issue[]): void {
  const level = (n: number, ...path: (string | number)[]): void => {
    if (!inScale(n)) out.push(issue(file, at(...path), 'LEVEL_OUT_OF_SCALE', { key: 'issues.LEVEL_OUT_OF_SCALE.level', values: { level: n } }));
  };
  const distinct = (ids: readonly string[], what: 'option' | 'item', key: string): void => {
    const seen = new Set<string>();
    ids.forEach((itemId, k) => {
      if (seen.has(itemId)) out.push(issue(file, at(key, k, 'id'), 'DUPLICATE_ID', { key: 'issues.DUPLICATE_ID.in_indicator', values: { what, id: itemId } }));
      seen.add(itemId);
    });
  };
  switch (ind.type) {
    case 'level':
      return;
    case 'yes-no':
      level(ind.yes_level, 'yes_level');
      level(ind.no_level, 'no_level');
      return;
    case 'choice':
      ind.options.forEach((o, k) => level(o.level, 'options', k, 'level'));
      distinct(ind.options.map((o) => o.id), 'option', 'options');
      return;
    case 'checklist': {
      distinct(ind.items.map((o) => o.id), 'item', 'items');
      const itemIds = new Set(ind.items.map((i) => i.id));
      for (const [key, ids] of Object.entries(ind.requires)) {
        const n = Number(key);
        if (n < 1 || !inScale(n)) {
          out.push(issue(file, at('requires', key), 'LEVEL_OUT_OF_SCALE', { key: 'issues.LEVEL_OUT_OF_SCALE.requires', values: { level: key } }));
        }
        ids.forEach((itemId, k) => {
          if (!itemIds.has(itemId)) out.push(issue(file, at('requires', key, k), 'UNKNOWN_REFERENCE', { key: 'issues.UNKNOWN_REFERENCE.item', values: { id: itemId } }));
        });
      }
      return;
    }
    case 'number':
      if (ind.min !== undefined && ind.max !== undefined && ind.min >= ind.max) {
        out.push(issue(file, at('max'), 'RANGE_ORDER', { key: 'issues.RANGE_ORDER.min_max', values: { min: ind.min, max: ind.max } }));
      }
      checkThresholds(ind.thresholds, level, file, at, out);
      return;
    case 'parity':
      checkThresholds(ind.thresholds, level, file, at, out);
      return;
    case 'percent':
      checkThresholds(ind.thresholds, level, file, at, out);
      ind.thresholds.forEach((t, k) => {
        if (t.min < 0 || t.min > 100) out.push(issue(file, at('thresholds', k, 'min'), 'RANGE_ORDER', { key: 'issues.RANGE_ORDER.percent' }));
      });
      return;
  }
}

function checkThresholds(
  thresholds: readonly { min: number; level: number }[],
  level: (n: number, ...path: (string | number)[]) => void,
  file: string,
  at: At,
  out: Issue[],
): void {
  thresholds.forEach((t, k) => {
    level(t.level, 'thresholds', k, 'level');
    const previous = thresholds[k - 1];
    if (previous !== undefined && t.min <= previous.min) {
      out.push(issue(file, at('thresholds', k, 'min'), 'THRESHOLD_ORDER', { key: 'issues.THRESHOLD_ORDER', values: { min: t.min, previous: previous.min } }));
    }
  });
}

function checkCondition(
  ind: IndicatorInput,
  indicators: ReadonlyMap<string, IndicatorInput>,
  inScale: (n: number) => boolean,
  file: string,
  at: At,
  out: Issue[],
): void {
  const cond = ind.applies_if;
  if (cond === undefined) return;
  const target = indicators.get(cond.indicator);
  if (target === undefined) {
    out.push(issue(file, at('applies_if', 'indicator'), 'UNKNOWN_REFERENCE', { key: 'issues.UNKNOWN_REFERENCE.indicator', values: { id: cond.indicator } }));
    return;
  }
  if (target.id === ind.id) {
    out.push(issue(file, at('applies_if', 'indicator'), 'CONDITION_CYCLE', { key: 'issues.CONDITION_CYCLE.self' }));
    return;
  }
  if (typeof cond.otherwise === 'number' && !inScale(cond.otherwise)) {
    out.push(issue(file, at('applies_if', 'otherwise'), 'LEVEL_OUT_OF_SCALE', { key: 'issues.LEVEL_OUT_OF_SCALE.level', values: { level: cond.otherwise } }));
  }
  if ('min_level' in cond) {
    if (!inScale(cond.min_level)) out.push(issue(file, at('applies_if', 'min_level'), 'LEVEL_OUT_OF_SCALE', { key: 'issues.LEVEL_OUT_OF_SCALE.level', values: { level: cond.min_level } }));
    return;
  }
  const allowed = answerValues(target);
  cond.answer_in.forEach((value, k) => {
    if (allowed !== null && !allowed.includes(value)) {
      out.push(issue(file, at('applies_if', 'answer_in', k), 'UNKNOWN_REFERENCE', { key: 'issues.UNKNOWN_REFERENCE.answer', values: { value: String(value), id: target.id, possible: allowed.join(', ') } }));
    }
  });
}

/** The answers `answer_in` may name for a type; null where any number is possible. */
function answerValues(ind: IndicatorInput): (string | number)[] | null {
  switch (ind.type) {
    case 'yes-no':
      return ['yes', 'no'];
    case 'choice':
      return ind.options.map((o) => o.id);
    case 'level':
      return Object.keys(ind.levels).map(Number);
    case 'checklist':
    case 'number':
    case 'percent':
    case 'parity':
      return null;
  }
}

function checkConditionCycles(dimensions: readonly Located<DimensionFile>[], out: Issue[]): void {
  const next = new Map<string, string>();
  const where = new Map<string, { file: string; path: (string | number)[] }>();
  for (const { file, data } of dimensions) {
    data.indicators.forEach((ind, i) => {
      if (ind.applies_if !== undefined) {
        next.set(ind.id, ind.applies_if.indicator);
        where.set(ind.id, { file, path: ['indicators', i, 'applies_if', 'indicator'] });
      }
    });
  }
  const reported = new Set<string>();
  for (const start of next.keys()) {
    const chain = [start];
    let current = next.get(start);
    while (current !== undefined && current !== start && !chain.includes(current)) {
      chain.push(current);
      current = next.get(current);
    }
    if (current === start && chain.length > 1 && !chain.some((c) => reported.has(c))) {
      chain.forEach((c) => reported.add(c));
      const loc = where.get(start);
      if (loc !== undefined) {
        out.push(issue(loc.file, loc.path, 'CONDITION_CYCLE', { key: 'issues.CONDITION_CYCLE.loop', values: { chain: [...chain, start].join(' → ') } }));
      }
    }
  }
}
