import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { cleanAnswers } from '../../src/core/answers/clean-answers.js';
import { parseAnswers, parseAnswersFully } from '../../src/core/answers/parse-answers.js';
import type { Answers, Indicator, Rubric } from '../../src/core/types.js';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { bundledPackNames, packageRoot } from '../../src/cli/package-root.js';
import { pick, random, validFile, validValue, type Data, type Next } from '../fixtures/generated-answers.js';
import { holdsControlChar } from '../fixtures/holds-control-char.js';
import { MINI_PACK } from '../fixtures/mini-assessment.js';

/*
 * The reader of clean answers files (clean-answers.ts, tried first by parseAnswers) against the
 * full reader (parseAnswersFully), over thousands of seeded mutations of valid answers files of
 * every bundled pack and the test pack: the fast one must take exactly the files the full one
 * takes without a problem or a warning, and give the same answers, key for key and in order.
 */

const rubrics: Rubric[] = [];
for (const dir of [...bundledPackNames.map((n) => join(packageRoot, 'rubrics', n)), MINI_PACK]) rubrics.push((await loadRubric(dir)).rubric);
/** A copy made in the test's own realm (structuredClone would make its lists with another realm's Array, which deep equality tells apart). */
const copy = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
const sample = parse(readFileSync(join(packageRoot, 'templates', 'sample-assessment.yaml'), 'utf8')) as unknown;

/** Values that are right in one place and wrong in another, or that a reader might take for something else. */
const VALUES: readonly unknown[] = [
  null,
  undefined,
  '',
  '   ',
  ' padded ',
  'text',
  'bell\u0007',
  'esc\u001b[31m',
  'line end\r',
  '\u000bvertical tab first',
  'tab\tinside',
  'next line\u0085',
  'yes',
  'no',
  'answered',
  'not-applicable',
  'dont-know',
  'other',
  'handled-nationally',
  'claimed',
  '2026-02-29',
  '2024-02-29',
  '2026-13-01',
  'egov-women',
  '2.0.0',
  '1.0',
  0,
  -0,
  1,
  2,
  4,
  5,
  -1,
  1.5,
  100,
  100.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  ['x'],
  ['x', 'x'],
  [1],
  {},
  { a: 1 },
  { 'Circular 12': 'gender data' },
  { title: 'x' },
  { women_eligible: 10, women_users: 5, men_eligible: 10, men_users: 5 },
  { women_eligible: 10, women_users: 11, men_eligible: 10, men_users: 5 },
  { women_eligible: 0, women_users: 0, men_eligible: 10, men_users: 5 },
  { women_eligible: 10, women_users: 5, men_eligible: 10, men_users: 0 },
  { women_eligible: 10, women_users: 5, men_eligible: 10 },
  { women_eligible: 10, women_users: 5.5, men_eligible: 10, men_users: 5 },
  { women_eligible: 10, women_users: 5, men_eligible: 10, men_users: 5, extra: 1 },
];
const KEYS = ['format', 'meta', 'answers', 'ministry', 'date', 'pack', 'id', 'version', 'status', 'answer', 'na_reason', 'na_note', 'note', 'evidence', 'agency', 'title', 'link', 'verification', 'provided_by', 'extra', 'notes', '__proto__'];

/** Every place in the data: the path of each mapping entry and list item. */
function places(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...path, i], ...places(v, [...path, i])]);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => [[...path, k], ...places(v, [...path, k])]);
  return [];
}

function holder(data: Data, path: readonly (string | number)[]): Record<string | number, unknown> | undefined {
  let node: unknown = data;
  for (const segment of path.slice(0, -1)) node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[segment] : undefined;
  return typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>) : undefined;
}

function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

const indicatorsOf = (rubric: Rubric): Indicator[] => rubric.dimensions.flatMap((d) => d.indicators);

/** The mapping at a path, made one again where an earlier mutation put something else there. */
function mappingAt(data: Data, ...path: string[]): Data {
  let node = data;
  for (const key of path) {
    const value = node[key];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) setOwn(node, key, {});
    node = node[key] as Data;
  }
  return node;
}

// Each mutation: what it does to a copy of a valid file, in place.
const mutations: [string, (data: Data, rubric: Rubric, next: Next) => void][] = [
  [
    'a value replaced',
    (data, _r, next) => {
      const path = pick(next, places(data));
      const target = holder(data, path);
      if (target !== undefined) setOwn(target, path[path.length - 1] ?? '', pick(next, VALUES));
    },
  ],
  [
    'an entry removed',
    (data, _r, next) => {
      const path = pick(next, places(data));
      const target = holder(data, path);
      const key = path[path.length - 1] ?? '';
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else if (target !== undefined) Reflect.deleteProperty(target, key);
    },
  ],
  [
    'a key added',
    (data, _r, next) => {
      const maps = [[], ...places(data)].filter((p) => {
        const v = p.length === 0 ? data : holder(data, p)?.[p[p.length - 1] ?? ''];
        return typeof v === 'object' && v !== null && !Array.isArray(v);
      });
      const path = pick(next, maps);
      const target = (path.length === 0 ? data : holder(data, path)?.[path[path.length - 1] ?? '']) as Record<string, unknown>;
      setOwn(target, pick(next, KEYS), pick(next, VALUES));
    },
  ],
  [
    'an answer of another kind',
    (data, rubric, next) => {
      const ind = pick(next, indicatorsOf(rubric));
      const other = pick(next, indicatorsOf(pick(next, rubrics)));
      const answers = mappingAt(data, 'answers');
      answers[ind.id] = { answer: next() < 0.5 ? validValue(other, rubric.maxLevel, next) : pick(next, VALUES), ...(next() < 0.3 ? { status: pick(next, VALUES) } : {}) };
    },
  ],
  [
    'a status changed',
    (data, rubric, next) => {
      const ind = pick(next, indicatorsOf(rubric));
      const answers = mappingAt(data, 'answers');
      const entry = answers[ind.id];
      const base = typeof entry === 'object' && entry !== null ? { ...(entry as Data) } : {};
      const status = pick(next, ['answered', 'not-applicable', 'dont-know', undefined]);
      answers[ind.id] = {
        ...base,
        ...(status === undefined ? {} : { status }),
        ...(next() < 0.4 ? { na_reason: pick(next, ['outside-mandate', 'handled-nationally', 'service-does-not-exist', 'other', 'elsewhere']) } : {}),
        ...(next() < 0.3 ? { na_note: pick(next, ['Why not.', '', null]) } : {}),
        ...(next() < 0.3 ? { agency: pick(next, ['Ministry of ICT', ' ', null]) } : {}),
      };
    },
  ],
  [
    'a critical indicator set aside',
    (data, rubric, next) => {
      const critical = indicatorsOf(rubric).filter((i) => i.critical);
      const ind = pick(next, critical.length > 0 ? critical : indicatorsOf(rubric));
      mappingAt(data, 'answers')[ind.id] = {
        status: 'not-applicable',
        na_reason: pick(next, ['outside-mandate', 'handled-nationally', 'service-does-not-exist', 'other']),
        ...(next() < 0.5 ? { na_note: 'Why not.' } : {}),
        ...(next() < 0.6 ? { agency: pick(next, ['Ministry of ICT', ' ']) } : {}),
      };
    },
  ],
  [
    'an indicator the pack does not have',
    (data, _r, next) => {
      mappingAt(data, 'answers')[pick(next, ['no-such-indicator', 'answer', 'note', 'gender-in-ministry-digital-plan'])] = pick(next, [null, {}, { answer: 1 }, { note: 'x' }, 3]);
    },
  ],
  [
    'another pack or version',
    (data, rubric, next) => {
      const pack = mappingAt(data, 'meta', 'pack');
      if (next() < 0.5) pack['id'] = pick(next, rubrics.map((r) => r.id).concat('Egov Women', `${rubric.id}x`));
      else pack['version'] = pick(next, rubrics.map((r) => r.version).concat('1.0', '9.9.9'));
    },
  ],
  [
    'evidence written another way',
    (data, rubric, next) => {
      const ind = pick(next, indicatorsOf(rubric));
      const entry = { answer: validValue(ind, rubric.maxLevel, next) };
      mappingAt(data, 'answers')[ind.id] = {
        ...entry,
        evidence: pick(next, [
          'title only',
          ['  spaced title  '],
          [''],
          [{ title: 'x', date: '2025-02-29' }],
          [{ title: 'x', date: '2024-02-29', verification: 'seen' }],
          [{ 'Circular 12': 'gender data' }],
          [{ 'title:x': 'y' }],
          [{ title: 'x', verification: null, link: '' }],
          [{ link: 'x' }],
          [null],
          [3],
          [['nested']],
        ]),
      };
    },
  ],
];

/** The answers as plain data in which key order shows: the same text means the same keys in the same order. */
function shape(answers: Answers): string {
  return JSON.stringify([answers.meta, [...answers.answers]]);
}

/** Whether the two readers agree on the data; a description of how they differ when not. */
function disagreement(data: unknown, rubric: Rubric): string | undefined {
  const fast = cleanAnswers(data, rubric);
  const full = parseAnswersFully('a.yaml', data, rubric);
  const clean = full.ok && full.warnings.length === 0;
  if ((fast !== undefined) !== clean) return `fast ${fast === undefined ? 'refused' : 'took'} a file the full reader ${clean ? 'takes' : `does not take cleanly (${(full.ok ? full.warnings : full.issues).map((i) => i.code).join(', ')})`}`;
  // A reader that vouches for the texts (YamlFile.controlFree) spares the search, never changes the reading.
  if (!holdsControlChar(data) && !isDeepStrictEqual(cleanAnswers(data, rubric, true), fast)) return 'a different reading when the reader vouches that no text holds a control character';
  if (fast !== undefined && full.ok && !(isDeepStrictEqual(fast, full.value) && shape(fast) === shape(full.value))) {
    const [a, b] = [shape(fast), shape(full.value)];
    let at = 0;
    while (at < a.length && a[at] === b[at]) at += 1;
    return `different answers from character ${at}: ${a.slice(Math.max(0, at - 60), at + 60)} against ${b.slice(Math.max(0, at - 60), at + 60)}`;
  }
  return undefined;
}

const CASES = 4000;

describe('the clean answers reader', () => {
  it(`agrees with the full reader on ${CASES} mutated answers files`, () => {
    const next = random(20260412);
    const failures: string[] = [];
    const tally = new Map<string, { clean: number; refused: number }>();
    for (let k = 0; k < CASES; k++) {
      const rubric = pick(next, rubrics);
      const data = (k % 50 === 0 && rubric.id === 'egov-women' ? copy(sample) : validFile(rubric, next)) as Data;
      const applied: string[] = [];
      const count = k % 10 === 0 ? 0 : 1 + Math.floor(next() * 3);
      for (let m = 0; m < count; m++) {
        const [name, mutate] = pick(next, mutations);
        mutate(data, rubric, next);
        applied.push(name);
      }
      const label = applied.join(' + ') || 'unchanged';
      const found = disagreement(data, rubric);
      if (found !== undefined) failures.push(`${label} (${rubric.id}): ${found}\n${JSON.stringify(data).slice(0, 600)}`);
      const kind = applied[0] ?? 'unchanged';
      const t = tally.get(kind) ?? { clean: 0, refused: 0 };
      if (cleanAnswers(data, rubric) === undefined) t.refused += 1;
      else t.clean += 1;
      tally.set(kind, t);
    }
    expect(failures.slice(0, 3)).toEqual([]);
    // The corpus tries both sides of the line: the unchanged files all read cleanly, and every mutation sometimes makes a file unclean.
    expect(tally.get('unchanged')?.refused).toBe(0);
    for (const [name] of mutations) expect([name, (tally.get(name)?.refused ?? 0) > 0]).toEqual([name, true]);
  });

  it('is what parseAnswers gives for a clean file, and parseAnswers words the problems of any other', () => {
    const [rubric] = rubrics as [Rubric];
    const data = validFile(rubric, random(7));
    expect(parseAnswers('a.yaml', data, rubric)).toEqual({ ok: true, value: cleanAnswers(data, rubric), warnings: [] });
    const broken = copy(data) as Data;
    (broken['meta'] as Data)['date'] = '2026-02-30';
    expect(cleanAnswers(broken, rubric)).toBeUndefined();
    expect(parseAnswers('a.yaml', broken, rubric)).toEqual(parseAnswersFully('a.yaml', broken, rubric));
    expect(parseAnswers('a.yaml', broken, rubric)).toMatchObject({ ok: false, issues: [{ code: 'WRONG_FORMAT', path: ['meta', 'date'] }] });
  });
});
