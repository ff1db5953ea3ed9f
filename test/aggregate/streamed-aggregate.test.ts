import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregate, type AggregateFlags } from '../../src/cli/commands/aggregate.js';
import type { Io } from '../../src/cli/io.js';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { aggregateFold, LISTED_ASSESSMENTS } from '../../src/core/aggregate/aggregate-fold.js';
import { scoreRecord, type AssessmentRecord } from '../../src/core/aggregate/assessment-record.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import { loadAnswers } from '../../src/store/load-answers.js';
import { walkAnswersFiles } from '../../src/store/walk-answers-files.js';
import { nodeHost, type Host } from '../../src/store/host.js';
import { matchGolden } from '../compare/match-golden.js';
import { MINI_PACK } from '../fixtures/mini-assessment.js';

const ROOT = join(import.meta.dirname, '..', '..');
const { rubric } = await loadRubric(MINI_PACK);
const quiet: Io = { out: () => undefined, err: () => undefined, colour: false, unicode: true, columns: 80, stdinIsTty: false, errIsTty: false, errColumns: 80, rows: 24 };

/*
 * The golden files were written by gret aggregate as it was before it streamed, when every
 * record was kept and each file was built whole in memory: the streamed files must equal them.
 */
describe('the files gret aggregate writes as it reads', () => {
  it.each<[string, string, AggregateFlags]>([
    ['mixed-by-group', 'test/fixtures/aggregate/mixed', { by: 'group' }],
    ['workshop-by-country', 'test/fixtures/aggregate/workshop', { by: 'country' }],
  ])('equal, byte for byte, what the whole summary in memory gave (%s)', async (name, input, flags) => {
    const dir = mkdtempSync(join(tmpdir(), 'gret-streamed-'));
    await aggregate(quiet, [input], { ...flags, rubric: MINI_PACK, output: join(dir, 'all'), format: 'csv,json,md' });
    expect(readdirSync(dir).sort()).toEqual(['all.csv', 'all.json', 'all.md']);
    for (const ext of ['csv', 'json', 'md']) matchGolden(`aggregate/${name}.${ext}`, readFileSync(join(dir, `all.${ext}`), 'utf8'));
  });

  it('equal it for a workshop too, which keeps its few records to set them side by side', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gret-streamed-'));
    await aggregate(quiet, ['test/fixtures/aggregate/workshop'], { workshop: true, rubric: MINI_PACK, output: join(dir, 'all.csv') });
    matchGolden('aggregate/workshop.csv', readFileSync(join(dir, 'all.csv'), 'utf8'));
  });
});

function fixtureRecords(): AssessmentRecord[] {
  return ['red', 'blue', 'green'].map((g) => {
    const file = join(ROOT, `test/fixtures/aggregate/workshop/${g}.yaml`);
    return scoreRecord(rubric, loadAnswers(file, rubric).answers, packTargets(rubric), file, g);
  });
}

/** `n` records of four ministries in two countries, on a few dates, each under its own file name. */
function manyRecords(n: number): AssessmentRecord[] {
  const base = fixtureRecords();
  return Array.from({ length: n }, (_, k) => {
    const r = base[k % base.length] ?? base[0];
    if (r === undefined) throw new Error('no fixture');
    return { ...r, file: `assessment-${k}.yaml`, ministry: `Ministry ${k % 4}`, country: `Country ${k % 2}`, date: `2026-0${1 + (k % 9)}-15` };
  });
}

/**
 * How many things a value holds, counting a list of numbers as one: the index scores are kept
 * one number per assessment on purpose (their medians need every value), and nothing else may grow.
 */
function footprint(value: unknown): number {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'number') ? 1 : 1 + value.reduce((s: number, v) => s + footprint(v), 0);
  if (value instanceof Map) return 1 + [...value].reduce((s: number, [k, v]) => s + footprint(k) + footprint(v), 0);
  if (value instanceof Set) return 1 + [...value].reduce((s: number, v) => s + footprint(v), 0);
  if (typeof value === 'object' && value !== null) return 1 + Object.values(value).reduce((s: number, v) => s + footprint(v), 0);
  return 1;
}

describe('the aggregate fold', () => {
  const folded = (n: number, workshop = false) => {
    const fold = aggregateFold(rubric, { version: 'test', by: 'ministry', workshop });
    for (const r of manyRecords(n)) fold.add(r);
    return fold;
  };

  it('keeps as much after 5,000 assessments as after 200, apart from one number per assessment for each index score', () => {
    const small = folded(200);
    const large = folded(5000);
    expect(footprint(large.state)).toBe(footprint(small.state));
    expect(large.state.all.overall).toHaveLength(5000);
    expect(large.state.all.dimensions.map((d) => d.length)).toEqual(rubric.dimensions.map(() => 5000));
    expect(large.state.kept).toHaveLength(0);
    expect(large.state.first).toHaveLength(LISTED_ASSESSMENTS);
  });

  it('gives the counts and the exact medians of all the values', () => {
    const overview = folded(5000).finish();
    expect(overview.read).toMatchObject({ count: 5000, firstDate: '2026-01-15', lastDate: '2026-09-15', ministries: ['Ministry 0', 'Ministry 1', 'Ministry 2', 'Ministry 3'], countries: ['Country 0', 'Country 1'] });
    expect(overview.groups.map((g) => [g.key, g.count])).toEqual([
      ['Ministry 0', 1250],
      ['Ministry 1', 1250],
      ['Ministry 2', 1250],
      ['Ministry 3', 1250],
    ]);
    // Strategy is at levels 0, 2 and 1 in turn (red, blue, green): 1667 zeros, 1667 twos, 1666 ones.
    const strategy = overview.all.indicators.find((i) => i.id === 'strategy');
    expect(strategy?.levels).toMatchObject({ n: 5000, median: 1, min: 0, max: 2 });
    expect(strategy?.levels.mean).toBeCloseTo((1667 * 2 + 1666) / 5000, 12);
  });

  it('keeps every record only to set a workshop side by side', () => {
    expect(folded(30, true).state.kept).toHaveLength(30);
  });
});

describe('the walk over the answers folders', () => {
  it('lists a folder only when the files before it have been taken', () => {
    const listed: string[] = [];
    const fs = new Proxy(nodeHost.fs, {
      get(target, key) {
        const real: unknown = Reflect.get(target, key);
        if (key !== 'readdirSync' || typeof real !== 'function') return real;
        return (dir: string, ...options: unknown[]) => {
          listed.push(dir);
          return (real as (d: string, ...o: unknown[]) => unknown).call(target, dir, ...options);
        };
      },
    });
    const host: Host = { ...nodeHost, fs };
    const walk = walkAnswersFiles(['test/fixtures/aggregate/mixed', 'test/fixtures/aggregate/workshop'], host);
    expect(walk.next().value).toEqual({ kind: 'answers', file: 'test/fixtures/aggregate/mixed/broken.yaml' });
    expect(listed).toEqual(['test/fixtures/aggregate/mixed']);
    const rest = [...walk];
    expect(listed).toEqual(['test/fixtures/aggregate/mixed', 'test/fixtures/aggregate/workshop']);
    expect(rest.map((f) => f.file)).toHaveLength(3 + 3);
  });
});
