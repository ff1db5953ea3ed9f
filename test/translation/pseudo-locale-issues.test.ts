import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue } from '../../src/cli/format-issue.js';
import { loadMessages, readCatalog } from '../../src/cli/load-messages.js';
import { formatUserError } from '../../src/cli/report-error.js';
import { UserError } from '../../src/core/errors.js';
import type { Issue } from '../../src/core/issues.js';
import type { Words } from '../../src/core/messages/messages.js';
import type { Indicator, Threshold } from '../../src/core/types.js';
import { ANSWERS_FORMAT } from '../../src/core/answers/format.js';
import { answerStatuses, naReasons, parityCounts, verificationLevels } from '../../src/core/vocabulary.js';
import { loadAnswersText } from '../../src/store/load-answers.js';
import { parseYaml } from '../../src/store/yaml-file.js';
import { dimension, indicator, rubric as buildRubric } from '../builders.js';
import { entry, yamlMistakes } from '../store/yaml-mistakes.js';

/*
 * Every problem gret finds in a file, printed in the pseudo-locale: what still reads in plain
 * letters once the data is taken out (file names, ids, the values quoted from the file) was never
 * looked up in the catalog. The broken files below make every wording of the answers file and of
 * the YAML guidance, several problems a file, as a person mending a file by hand meets them.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const pseudo = loadMessages('en-XA');
const english = readCatalog('en') ?? new Map<string, string>();

/** Every catalog key in a tree of words. */
function keysOf(words: Words): string[] {
  const inner = Object.values(words.values ?? {}).flatMap((v) => (typeof v !== 'object' ? [] : Array.isArray(v) ? v.flatMap(keysOf) : keysOf(v as Words)));
  return [words.key, ...inner];
}

/** The values a message shows as they are, through a plain {name}: not the selector of a select or a plural. */
function dataOf(words: Words): string[] {
  const message = english.get(words.key) ?? '';
  return Object.entries(words.values ?? {}).flatMap(([name, value]) => {
    if (typeof value === 'object') return Array.isArray(value) ? value.flatMap(dataOf) : dataOf(value as Words);
    return message.includes(`{${name}}`) ? [String(value)] : [];
  });
}

/** The words of two plain letters or more left once the data is taken out. */
function plainWords(shown: string, data: readonly string[]): string[] {
  let rest = shown;
  for (const text of [...new Set(data)].filter((d) => d.length > 1).sort((a, b) => b.length - a.length)) rest = rest.split(text).join(' ');
  return [...rest.matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0]);
}

/** What the terminal shows for a file with problems, the data in it, and the issues behind it. */
interface Shown {
  readonly text: string;
  readonly data: readonly string[];
  readonly issues: readonly Issue[];
  /** The values the messages fill in, and what they may be taken from: the file as written and the pack it is read with. */
  readonly values: readonly string[];
  readonly source: string;
}

function issueData(i: Issue): string[] {
  return [i.file, i.code, ...dataOf(i.words)];
}

const valuesOf = (issues: readonly Issue[]): string[] => issues.flatMap((i) => dataOf(i.words));

function shownError(error: UserError, source: string): Shown {
  const data = [...dataOf(error.words), ...(error.hint === undefined ? [] : dataOf(error.hint)), ...error.issues.flatMap(issueData)];
  const excerpt = error.excerpt === undefined ? [] : [error.excerpt.written, error.excerpt.mended ?? ''];
  // "gret:" begins every error, in every language.
  return { text: formatUserError(error, pseudo).replace(/^gret: /, ''), data: [...data, ...excerpt], issues: error.issues, values: valuesOf(error.issues), source };
}

function shownWarnings(warnings: readonly Issue[], source: string): Shown {
  return { text: warnings.map((w) => formatIssue(w, pseudo)).join('\n'), data: warnings.flatMap(issueData), issues: warnings, values: valuesOf(warnings), source };
}

/** The words an answers file is written in besides its own: the ids of gret's format, which a message may list as the allowed values. */
const FORMAT_WORDS = [ANSWERS_FORMAT, ...answerStatuses, ...naReasons, ...verificationLevels, ...parityCounts, 'title link date provided_by verification answer'].join(' ');

/** What reading an answers file shows: its problems, or the warnings it loads with. */
function readAnswers(name: string, text: string, rubric = packForTests): Shown {
  const source = `${name} ${text} ${JSON.stringify(rubric)} ${FORMAT_WORDS}`;
  try {
    return shownWarnings(loadAnswersText(`${name}.yaml`, text, rubric).warnings, source);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return shownError(error, source);
  }
}

const thresholds: Threshold[] = [{ min: 0, level: 0 }];
const counts = { women_eligible: 'Women eligible', women_users: 'Women users', men_eligible: 'Men eligible', men_users: 'Men users' };
const parity = (id: string): Indicator => indicator(id, { type: 'parity', counts, thresholds });
const packForTests = buildRubric(
  [
    dimension('d1', [
      indicator('strategy', { critical: true, title: 'Strategy' }),
      indicator('data-kept', { type: 'yes-no', yesLevel: 4, noLevel: 0 }),
      indicator('moderation', { type: 'choice', options: [{ id: 'none', label: 'None', level: 0 }, { id: 'active', label: 'Active', level: 4 }] }),
      ...['services', 'services-b', 'services-c'].map((id) =>
        indicator(id, { type: 'checklist', items: [{ id: 'health', label: 'Health', weight: 1 }, { id: 'roads', label: 'Roads', weight: 1 }], requires: [] }),
      ),
      indicator('staff', { type: 'number', min: 0, max: 500, thresholds }),
      indicator('offices', { type: 'number', min: 1, thresholds }),
      indicator('budget', { type: 'number', max: 100, thresholds }),
      indicator('visits', { type: 'number', thresholds }),
      indicator('share', { type: 'percent', thresholds }),
      ...['uptake', 'uptake-b', 'uptake-c', 'uptake-d', 'uptake-e', 'uptake-f', 'uptake-g', 'uptake-h'].map(parity),
    ]),
  ],
  {
    changes: [
      { version: '0.9.5', summary: 'Typo fixed.', added: [], removed: [], merged: [], rescaled: [], reworded: [] },
      { version: '1.0.0', summary: 'Reworked.', added: ['share'], removed: ['old-question'], merged: [{ into: 'strategy', from: ['plan', 'vision'] }], rescaled: ['staff'], reworded: ['moderation'] },
    ],
  },
);

const head = (version = '1.0.0', id = 'test-pack'): string =>
  `format: gret-assessment/1\nmeta:\n  ministry: Ministry of Tests\n  country: Testland\n  assessors: [A. Person]\n  date: 2026-02-01\n  language: en\n  pack: { id: ${id}, version: ${version} }\nanswers:\n`;

/** [what is wrong, the file as written] */
const brokenAnswers: [string, string][] = [
  ['not a mapping at all', 'just some text\n'],
  ['no meta', 'format: gret-assessment/1\nanswers:\n'],
  ['a meta of wrong shapes', 'format: gret-answers/1\nmeta:\n  ministry:\n  country: [Testland]\n  assessors: A. Person\n  date: 1 Feb 2026\n  language: English\n  group: "Team\\a"\n  pack: { id: Test Pack, version: one }\nanswers: [a, b]\n'],
  ['a meta without a pack', 'format: gret-assessment/1\nmeta:\n  ministry: M\n  country: C\n  assessors: [A, [B]]\n  date: 2026-02-30\n  language: en\nanswers:\n'],
  ['another pack', `${head('1.0.0', 'other-pack')}  strategy: { answer: 1 }\n`],
  ['a mistyped pack id', `${head('1.0.0', 'test-pak')}  strategy: { answer: 9 }\n`],
  [
    'answers of every kind gone wrong',
    `${head()}  strategy: { answer: 7, notes: typo }\n  strategi: { answer: 1 }\n  nowhere-at-all: { answer: 1 }\n  answer: 2\n  data-kept: { answer: maybe }\n  moderation: { answer: some }\n` +
      `  services: { answer: health }\n  services-b: { answer: [health, roads, bridges, ports] }\n  services-c: { answer: [health, health] }\n  staff: { answer: 900 }\n  visits: { answer: many }\n  share: { answer: 140 }\n` +
      `  uptake: { answer: 5 }\n  uptake-b: { answer: { women_eligible: 10, women_users: 5, men_eligible: 10, men_users: 5, others: 1 } }\n` +
      `  uptake-c: { answer: { women_eligible: 10, women_users: 5, men_eligible: 10 } }\n  uptake-d: { answer: { women_eligible: 10, women_users: 2.5, men_eligible: 10, men_users: 5 } }\n` +
      `  uptake-e: { answer: { women_eligible: 0, women_users: 0, men_eligible: 10, men_users: 5 } }\n  uptake-f: { answer: { women_eligible: 10, women_users: 5, men_eligible: 10, men_users: 0 } }\n` +
      `  uptake-g: { answer: { women_eligible: 10, women_users: 15, men_eligible: 10, men_users: 5 } }\n  uptake-h: { answer: { women_eligible: 10, women_users: 5, men_eligible: 10, men_users: 15 } }\n`,
  ],
  [
    'statuses and reasons that do not go together',
    `${head()}  strategy: { status: not-applicable, na_reason: outside-mandate }\n  data-kept: { status: not-applicable }\n  moderation: { status: not-applicable, na_reason: other }\n` +
      `  share: { status: dont-know, na_reason: other, answer: 3 }\n  services: { status: dontknow }\n`,
  ],
  ['a critical indicator handled nationally by nobody named', `${head()}  strategy: { status: not-applicable, na_reason: handled-nationally }\n`],
  [
    'answered without answers',
    `${head()}  strategy: { note: x }\n  data-kept: { note: x }\n  moderation: { note: x }\n  services: { note: x }\n  staff: { note: x }\n  offices: { note: x }\n  budget: { note: x }\n  visits: { note: x }\n  share: { note: x }\n  uptake: { note: x }\n`,
  ],
  ['evidence gone wrong', `${head()}  strategy:\n    answer: 1\n    evidence:\n      - Circular 12: gender data\n      - 42\n      - { title: X, verification: trusted, date: 2026-13-01 }\n      - { link: a.pdf }\n  data-kept: { answer: "yes", evidence: -Plan }\n`],
  ['keys gone wrong', `${head()}  moderation: { answer: { a: x } }\n  share: {answer:2}\n  services:\n    answer: [health]\n\u00a0\u00a0\u00a0\u00a0note: Draft\n`],
  ['text cut by a comma or a comment', `${head()}  staff: { answer: 4, note: Up, mostly }\n  visits: { answer: 41, mostly }\n  budget:\n    answer: 3\n    note: Circular #12 issued\n  offices:\n    answer: 3\n    note: #3 priority\n`],
  ['an older version of the pack', `${head('0.9.0')}  strategy: { status: not-applicable, na_reason: outside-mandate, na_note: Another ministry plans }\n  old-question: { answer: 1 }\n`],
  ['a newer version of the pack', `${head('1.1.0')}  strategy: { answer: 1 }\n`],
];

/** A YAML mistake, as the shell shows it: the reader stops at the first one. */
function readMistake(text: string): Shown {
  try {
    parseYaml('a.yaml', text, { key: 'files.assessment' });
  } catch (error) {
    if (error instanceof UserError) return shownError(error, `a.yaml ${text}`);
    throw error;
  }
  throw new Error(`read without a mistake: ${text}`);
}

const deep = Array.from({ length: 70 }, (_, i) => `${'  '.repeat(i)}k:`).join('\n') + ' 1\n';
const answersShown = brokenAnswers.map(([name, text]) => [name, readAnswers(name.replace(/\W+/g, '-'), text)] as const);
const yamlShown = [...yamlMistakes.map(([name, text]) => [name, readMistake(text)] as const), ['nesting too deep', readMistake(deep)] as const, ['a colon inside { }', readMistake(entry('    evidence: [{ title: Plan: draft }]\n'))] as const,
  ['both quotes inside quoted text', readMistake(entry('    note: "He said "it\'s" fine"\n'))] as const,
  ['a "[" never closed', readMistake(entry('    evidence: [a, b\n    note: x\n'))] as const,
  ['a key given twice inside { }', readMistake(entry('    answer: 1\n  data-kept: { answer: 1, answer: 2 }\n'))] as const,
];

/** The wording keys a source file gives issues: `'issues.CODE…'` written out in it. */
function issueKeysIn(...files: string[]): string[] {
  return files.flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(/'(issues\.[A-Z][A-Za-z_.]*)'/g)].map((m) => m[1] ?? ''));
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('problems in files, in the run language', () => {
  it.each([...answersShown, ...yamlShown])('are said in the catalog\'s words: %s', (_name, shown) => {
    expect(shown.issues.length).toBeGreaterThan(0);
    expect(plainWords(shown.text, shown.data)).toEqual([]);
    // The place and the code stay as they are, for editors and for searching.
    for (const i of shown.issues) expect(shown.text).toContain(`${i.file}${i.position === undefined ? '' : `:${i.position.line}:${i.position.col}`}: `);
    for (const i of shown.issues) expect(shown.text).toContain(`[${i.code}]`);
    // Data is what the file or the pack holds: English words passed in as a value would hide from the look above.
    const known = new Set(shown.source.match(/[A-Za-z]{2,}/g));
    expect(shown.values.flatMap((d) => d.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !known.has(word))).toEqual([]);
  });

  it('cover every wording of the answers file and of the YAML guidance', () => {
    const said = new Set([...answersShown, ...yamlShown].flatMap(([, shown]) => shown.issues.flatMap((i) => keysOf(i.words))));
    const wordings = issueKeysIn('src/core/answers/read-answers-file.ts', 'src/core/answers/parse-answers.ts', 'src/core/unknown-key.ts', 'src/store/yaml-guidance.ts', 'src/store/yaml-file.ts');
    expect(wordings.length).toBeGreaterThan(90);
    expect([...new Set(wordings)].filter((key) => !said.has(key))).toEqual([]);
  });

  it('give every issue the wording of its own code', () => {
    for (const [, shown] of [...answersShown, ...yamlShown]) {
      for (const i of shown.issues) expect([i.code, i.words.key.startsWith(`issues.${i.code}`) || i.words.key === 'issues.scored_as_dont_know']).toEqual([i.code, true]);
    }
  });
});

describe('the wording of problems', () => {
  it('has every wording the code names in the English catalog, so that a new code cannot go without one', () => {
    const named = sources(join(ROOT, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(issues\.[A-Za-z_.]+)'/g)].map((m) => m[1] ?? ''));
    expect(named.length).toBeGreaterThan(200);
    expect([...new Set(named)].filter((key) => !english.has(key))).toEqual([]);
  });

  it.each(readdirSync(join(ROOT, 'templates', 'messages')).filter((f) => f !== 'en.yaml'))('is complete in %s', (file) => {
    const catalog = readCatalog(file.replace(/\.yaml$/, '')) ?? new Map<string, string>();
    expect([...english.keys()].filter((key) => key.startsWith('issues.') && !catalog.has(key))).toEqual([]);
  });
});
