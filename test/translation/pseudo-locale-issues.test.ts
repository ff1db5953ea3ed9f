import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIssue } from '../../src/cli/format-issue.js';
import { loadMessages, readCatalog } from '../../src/cli/load-messages.js';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { bundledTemplate, loadTemplate } from '../../src/cli/load-template.js';
import { loadOverlay } from '../../src/cli/load-translation.js';
import { splitTranslationHeader } from '../../src/cli/translation-header.js';
import { formatUserError } from '../../src/cli/report-error.js';
import { UserError } from '../../src/core/errors.js';
import type { Issue } from '../../src/core/issues.js';
import type { Words } from '../../src/core/messages/messages.js';
import { parseTargets } from '../../src/core/scoring/parse-targets.js';
import { fromPoCatalog } from '../../src/core/translation/po-catalog.js';
import { textHash } from '../../src/core/translation/text-hash.js';
import type { Indicator, Threshold } from '../../src/core/types.js';
import { ANSWERS_FORMAT } from '../../src/core/answers/format.js';
import { answerStatuses, indicatorTypes, naReasons, parityCounts, verificationLevels } from '../../src/core/vocabulary.js';
import { loadAnswersText } from '../../src/store/load-answers.js';
import { parseYaml } from '../../src/store/yaml-file.js';
import { dimension, indicator, rubric as buildRubric } from '../builders.js';
import { MINI_PACK } from '../fixtures/mini-assessment.js';
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

/** The values a message shows as they are, through a plain {name}: not what chooses among the forms of a select or a plural. */
function dataOf(words: Words): string[] {
  const message = english.get(words.key) ?? '';
  return Object.entries(words.values ?? {}).flatMap(([name, value]) => {
    if (typeof value === 'object') return Array.isArray(value) ? value.flatMap(dataOf) : dataOf(value as Words);
    return message.includes(`{${name}}`) && !message.includes(`{${name},`) ? [String(value)] : [];
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

/*
 * Translations and packs: an overlay, a translator's PO catalog and a template's translated wording
 * with mistakes, and rubric packs, targets and report templates broken in every way the checks
 * know, each as the shell shows it.
 */
const { rubric: mini } = await loadRubric(MINI_PACK, { compiled: false });

/** What a read that stops with a UserError, or goes on with warnings, shows. */
async function shownRead(source: string, read: () => Promise<readonly Issue[]> | readonly Issue[]): Promise<Shown> {
  try {
    return shownWarnings(await read(), source);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return shownError(error, source);
  }
}

/** Every text of a folder's files, the data a message about them may quote. */
function textsOf(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${e.name} ${readFileSync(join(e.parentPath, e.name), 'utf8')}`)
    .join(' ');
}

/** A copy of the mini pack with `edits` made: [file, as written, as edited]. */
function brokenPack(edits: readonly (readonly [string, string, string])[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'gret-pseudo-pack-')), 'mini');
  cpSync(MINI_PACK, dir, { recursive: true });
  for (const [file, find, replace] of edits) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(find)) throw new Error(`the fixture has no ${find}`);
    writeFileSync(path, text.replace(find, replace));
  }
  return dir;
}

const packShown = (edits: readonly (readonly [string, string, string])[]): Promise<Shown> => {
  const dir = brokenPack(edits);
  return shownRead(`${dir} ${textsOf(dir)} ${indicatorTypes.join(' ')}`, async () => (await loadRubric(dir, { compiled: false })).warnings);
};

const overlayShown = (text: string): Promise<Shown> => {
  const dir = brokenPack([]);
  mkdirSync(join(dir, 'i18n'));
  writeFileSync(join(dir, 'i18n', 'fr.yaml'), text);
  return shownRead(textsOf(dir), () => loadOverlay(mini, dir, 'fr')?.warnings ?? []);
};

const fr = 'language: fr\npack: mini\nstatus: draft\n';
const translationsShown: (readonly [string, Shown])[] = [
  ['an overlay for another pack and language, reviewed by nobody', await overlayShown('language: ru\npack: other-pack\nstatus: reviewed\nreviewed: 2026-12-01\n')],
  ['a draft overlay with a reviewer', await overlayShown(`${fr}reviewer: A. Expert\n`)],
  ['an overlay of wrong shapes', await overlayShown(`language: French\npack: mini\nstatus: draft\ntexts:\n  title:\n    hash: 12345678\n    text: Titre\n  description:\n    hash: "${textHash(mini.description)}"\n    text: ""\n    txet: x\n`)],
  ['an overlay behind its pack', await overlayShown(`${fr}texts:\n  title:\n    hash: "00000000"\n    text: Titre\nindicators:\n  no-such-indicator:\n    title:\n      hash: "00000000"\n      text: Rien\n`)],
  [
    'a PO catalog for another pack',
    await shownRead(`fr.po other-pack nowhere|title ${JSON.stringify(mini)}`, () => {
      const parsed = fromPoCatalog('fr.po', mini, { language: 'fr', pack: 'other-pack', status: 'draft', entries: [{ context: 'nowhere|title', english: 'Title', translation: 'Titre', hash: '00000000', fuzzy: false }] });
      return parsed.ok ? [] : parsed.issues;
    }),
  ],
  ...(['status: final\n', 'status: reviewed\n', 'status: draft\n  reviewer: A. Expert\n'] as const).map((header) => {
    const text = `translation:\n  ${header}language: fr\n`;
    return [`a translated wording with ${header.trim()}`, readWording(text)] as const;
  }),
];

function readWording(text: string): Shown {
  try {
    splitTranslationHeader(parseYaml('wording.fr.yaml', text, { key: 'files.template_wording' }));
  } catch (error) {
    if (error instanceof UserError) return shownError(error, `wording.fr.yaml ${text}`);
    throw error;
  }
  throw new Error(`accepted: ${text}`);
}

const packsShown: (readonly [string, Shown])[] = [
  [
    'a pack whose scale, bands and glossary go wrong',
    await packShown([
      ['pack.yaml', 'default_target: 2', 'default_target: 5'],
      ['pack.yaml', '  - min: 0\n    label: Low\n    meaning: Low.\n', '  - min: 10\n    label: Low\n    meaning: Low.\n    gate:\n      critical_min_level: 1\n'],
      ['pack.yaml', '  - min: 50\n    label: High\n    meaning: High.\n', '  - min: 5\n    label: High\n    meaning: High.\n    gate: {}\n  - min: 70\n    label: Higher\n    meaning: Higher.\n    gate:\n      critical_min_level: 5\n'],
      ['pack.yaml', 'bibliography: bibliography.yaml\n', 'bibliography: bibliography.yaml\nglossary:\n  - term: Plan\n    definition: A document.\n  - term: plan\n    definition: The same.\n    sources: [SRC-Q]\n'],
      ['bibliography.yaml', '    url: https://example.org/b\n', '    url: https://example.org/b\n  - key: SRC-A\n    title: Again\n    organisation: Org\n    year: 2020\n    url: https://example.org/c\n'],
    ]),
  ],
  [
    'a dimension file that goes wrong',
    await packShown([
      ['alpha.yaml', 'dimension: alpha', 'dimension: gamma'],
      ['alpha.yaml', '      2: An adopted plan.\n', '      7: Beyond.\n'],
      ['alpha.yaml', 'below: 1', 'below: 3'],
      ['alpha.yaml', 'sources: [SRC-B]', 'sources: [SRC-Z]'],
      ['alpha.yaml', '      0: No.\n      2: Yes.\n', '      0: No.\n      1: Partly.\n      2: Yes.\n    evidence:\n      1: A draft form.\n'],
      ['beta.yaml', 'id: moderation-rules', 'id: strategy-draft'],
    ]),
  ],
  [
    'conditions, checklists and thresholds that go wrong',
    await packShown([
      ['beta.yaml', 'answer_in: [yes]', 'answer_in: [maybe]'],
      ['beta.yaml', 'otherwise: not-applicable', 'otherwise: 7'],
      ['beta.yaml', '    type: checklist\n', '    type: checklist\n    applies_if:\n      indicator: online-services\n      min_level: 1\n      otherwise: not-applicable\n'],
      ['beta.yaml', '    type: percent\n', '    type: percent\n    applies_if:\n      indicator: nowhere\n      min_level: 1\n      otherwise: 0\n'],
      ['alpha.yaml', '    type: yes-no\n', '    type: yes-no\n    applies_if:\n      indicator: moderation\n      min_level: 5\n      otherwise: not-applicable\n'],
      ['beta.yaml', '        label: Safety\n', '        label: Safety\n      - id: health\n        label: Again\n    requires:\n      0: [roads]\n'],
      ['beta.yaml', '      - id: active\n        label: Active moderation', '      - id: none\n        label: Active moderation'],
      ['beta.yaml', 'min: 30', 'min: 50'],
      ['beta.yaml', '      - min: 45\n        level: 2\n', '      - min: 45\n        level: 2\n      - min: 140\n        level: 2\n'],
    ]),
  ],
  ['a scale out of order', await packShown([['pack.yaml', '  - level: 1\n    label: Started', '  - level: 3\n    label: Started']])],
  ['a number whose range is upside down', await packShown([['beta.yaml', '    type: percent\n', '    type: number\n    min: 10\n    max: 5\n']])],
  ['a pack file outside the pack', await packShown([['pack.yaml', 'file: beta.yaml', 'file: /tmp/beta.yaml']])],
  [
    'a pack of wrong shapes',
    await packShown([
      ['pack.yaml', 'version: 1.1.0', 'version: one'],
      ['pack.yaml', 'language: en', 'language: English'],
      ['pack.yaml', 'title: Mini pack', 'title: ""'],
      ['alpha.yaml', 'evidence_prompt: The plan.', 'evidence_promt: The plan.'],
      ['alpha.yaml', 'question: Is there a strategy?', 'question: "Is there \\e[31m a strategy?"'],
      ['alpha.yaml', '      0: No plan.', '      none: No plan.'],
      ['alpha.yaml', '    evidence_prompt: A form.\n', '    evidence_prompt: A form.\n    sdg: [SDG5]\n'],
      ['alpha.yaml', '  - id: data-kept', '  - id: Data-Kept'],
      ['beta.yaml', 'weight: 1\n    scope', 'weight: 0\n    scope'],
      ['beta.yaml', 'type: percent', 'type: percentage'],
      ['beta.yaml', '      otherwise: not-applicable\n', ''],
      ['bibliography.yaml', 'year: 2021', 'year: last year'],
    ]),
  ],
  [
    'a pack that loads with warnings',
    await packShown([['bibliography.yaml', '    url: https://example.org/a\n', '    url: https://example.org/a\n    figures:\n      - text: Plans drive all budgets.\n        checked: page 4\n  - key: SRC-C\n    title: Unread\n    organisation: Org\n    year: 2020\n    url: https://example.org/c\n']]),
  ],
  [
    'a targets file that goes wrong',
    await shownRead(`targets.yaml default dimensions nowhere indicators strategy high extra ${JSON.stringify(mini)}`, () => {
      const parsed = parseTargets('targets.yaml', { default: 11, dimensions: { nowhere: 1, alpha: 9 }, indicators: { strategy: 'high', nowhere: 1 }, extra: 1 }, mini);
      return parsed.ok ? [] : parsed.issues;
    }),
  ],
];

const templateShown = await (async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'gret-pseudo-template-')), 'mine');
  cpSync(bundledTemplate, dir, { recursive: true });
  const edit = (file: string, find: string, replace: string): void => writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(find, replace));
  edit('wording.yaml', '  subtitle: Self', '  subtitel: Self');
  edit('look.yaml', 'organisation: Gender-Responsive E-government Toolkit\n', '');
  edit('look.yaml', /#[0-9a-fA-F]{6}/.exec(readFileSync(join(dir, 'look.yaml'), 'utf8'))?.[0] ?? '', 'navy');
  return shownRead(textsOf(dir), async () => {
    await loadTemplate(dir);
    return [];
  });
})();

describe('problems in translations and packs, in the run language', () => {
  it.each([...translationsShown, ...packsShown, ['a report template that goes wrong', templateShown] as const])("are said in the catalog's words: %s", (_name, shown) => {
    expect(shown.issues.length).toBeGreaterThan(0);
    expect(plainWords(shown.text, shown.data)).toEqual([]);
    for (const i of shown.issues) expect(shown.text).toContain(`[${i.code}]`);
    const known = new Set(shown.source.match(/[A-Za-z]{2,}/g));
    expect(shown.values.flatMap((d) => d.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !known.has(word))).toEqual([]);
  });

  it('cover every wording of overlays, PO catalogs, translated wording, packs and targets', () => {
    const said = new Set([...translationsShown, ...packsShown, ['', templateShown] as const].flatMap(([, shown]) => shown.issues.flatMap((i) => keysOf(i.words))));
    const wordings = issueKeysIn(
      'src/core/translation/parse-overlay.ts',
      'src/core/translation/po-catalog.ts',
      'src/cli/translation-header.ts',
      'src/core/rubric/check-pack.ts',
      'src/core/scoring/parse-targets.ts',
      'src/core/template/parse-template.ts',
      'src/store/read-pack.ts',
    );
    expect(wordings.length).toBeGreaterThan(40);
    expect([...new Set(wordings)].filter((key) => !said.has(key))).toEqual([]);
  });
});
