import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMessages } from '../../src/cli/load-messages.js';
import { outputFiles } from '../../src/cli/output-files.js';
import { formatUserError } from '../../src/cli/report-error.js';
import { runLanguage } from '../../src/cli/run-language.js';
import { UserError } from '../../src/core/errors.js';
import type { Screen } from '../../src/core/interview/screen.js';
import type { Answer } from '../../src/core/types.js';
import type { Words } from '../../src/core/messages/messages.js';
import { checkFolders } from '../../src/store/check-folders.js';
import { acquireLock } from '../../src/store/file-lock.js';
import { nodeHost } from '../../src/store/host.js';
import { readText } from '../../src/store/read-text.js';
import { resolveInside } from '../../src/store/resolve-inside.js';
import { writeFile } from '../../src/store/write-files.js';
import { parseYaml } from '../../src/store/yaml-file.js';
import { renderIndicator } from '../../src/report/terminal/indicator.js';
import { renderInterviewEnd } from '../../src/report/terminal/interview-end.js';
import { questionHeading, renderScreen } from '../../src/report/terminal/interview-screen.js';
import { renderSummary } from '../../src/report/terminal/summary.js';
import { gret } from '../e2e/run-gret.js';
import { coverageOf, fixtureRubric, level } from '../interview/fixture-rubric.js';
import { buildAssessment } from '../report/fixture.js';
import { caught } from '../store/caught.js';


/*
 * The terminal in the pseudo-locale: every word gret writes itself comes out accented, so what
 * still reads in plain letters was never looked up in the catalog. What the files and the
 * rubric hold (titles, names, file paths) is plain data, taken out before looking.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const pseudo = loadMessages('en-XA');
const WIDE = 10_000;

/** Every text held anywhere in a value: the data a screen may show as it is. */
function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value instanceof Map) return [...value.entries()].flatMap(textsIn);
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(textsIn);
  return [];
}

/** The words of two plain letters or more left once the data is taken out: strings the catalog does not hold. */
function plainWords(shown: string, data: readonly string[]): string[] {
  // A title clipped to fit a table column ends in an ellipsis: what is left of it is data too.
  let rest = shown.replace(/(?<=^ {2})[^\n]*?…/gm, (cut) => (data.some((d) => d.startsWith(cut.slice(0, -1))) ? ' ' : cut));
  for (const text of [...new Set(data)].filter((d) => d.length > 1).sort((a, b) => b.length - a.length)) rest = rest.split(text).join(' ');
  return [...rest.matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0]);
}

const rubric = await fixtureRubric();
const [institutions] = rubric.dimensions;
const strategy = institutions?.indicators[0];
if (institutions === undefined || strategy === undefined) throw new Error('fixture pack changed');
const position = { dimension: institutions, dimensionNumber: 1, dimensionCount: 2, indicatorNumber: 1, indicatorCount: 3, progress: coverageOf(2, 7, 1) };

describe('the terminal in the pseudo-locale', () => {
  it('writes the score summary, with its marks, gates and breakdown, from the catalog alone', () => {
    const assessment = buildAssessment();
    const shown = renderSummary(assessment, { messages: pseudo, explain: true, columns: WIDE }) + renderInterviewEnd(assessment, { messages: pseudo, columns: WIDE });
    expect(shown.length).toBeGreaterThan(2000);
    expect(plainWords(shown, textsIn(assessment))).toEqual([]);
  });

  it('writes every interview screen and the question heading from the catalog alone', () => {
    const answer = level(2, { note: 'Chapter 3', evidence: [{ title: 'Minutes', verification: 'claimed' }], agency: 'Planning' });
    const otherAnswers: Answer[] = [
      { status: 'dont-know', evidence: [] },
      ...(['outside-mandate', 'handled-nationally', 'service-does-not-exist'] as const).map((naReason): Answer => ({ status: 'not-applicable', naReason, evidence: [] })),
      { status: 'answered', evidence: [] },
    ];
    const dimension = buildAssessment().dimensions[0];
    if (dimension === undefined) throw new Error('fixture changed');
    const screens: Screen[] = [
      { kind: 'start', review: false, toVisit: 5, progress: coverageOf(2, 7), resumeAt: strategy },
      { kind: 'start', review: true, toVisit: 1, progress: coverageOf(2, 7) },
      { kind: 'start', review: false, toVisit: 0, progress: coverageOf(7, 7) },
      { kind: 'start', review: false, toVisit: 3, progress: coverageOf(0, 7) },
      { kind: 'dimension', dimension: institutions, number: 1, count: 2 },
      ...rubric.dimensions.flatMap((d) => d.indicators.map((indicator): Screen => ({ kind: 'question', indicator, position, scale: rubric.scale, current: answer }))),
      { kind: 'condition-skipped', indicator: strategy, because: { title: 'x', asks: { answerIn: [{ type: 'yes-no', yes: true }] }, found: { kind: 'answer', answer: { type: 'yes-no', yes: false } }, otherwise: null } },
      { kind: 'condition-skipped', indicator: strategy, because: { title: 'x', asks: { minLevel: 2 }, found: { kind: 'own-condition', level: 1 }, otherwise: 1 } },
      { kind: 'evidence', prompt: 'x', needed: { level: 2, evidence: 'y' } },
      { kind: 'evidence-deleted', evidence: { title: 'Minutes', verification: 'claimed' } },
      { kind: 'saved', indicator: strategy, answer, progress: coverageOf(3, 7, 1) },
      ...otherAnswers.map((other): Screen => ({ kind: 'saved', indicator: strategy, answer: other, progress: coverageOf(3, 7, 1) })),
      { kind: 'skipped', indicator: strategy },
      { kind: 'dimension-done', dimension, number: 1, count: 2 },
    ];
    const shown = [...screens.map((screen) => renderScreen(screen, { messages: pseudo, columns: WIDE })), questionHeading(strategy, position, { messages: pseudo, columns: WIDE })].join('\n');
    const data = [...textsIn(rubric), ...textsIn(answer), ...textsIn(dimension)];
    expect(plainWords(shown, data)).toEqual([]);
  });

  it('shows an indicator in full, as gret rubric show does, from the catalog alone', () => {
    const shown = rubric.dimensions.flatMap((d) => d.indicators.map((i) => renderIndicator(rubric, i, { messages: pseudo, columns: WIDE }))).join('\n');
    expect(plainWords(shown, textsIn(rubric))).toEqual([]);
  });

  it('says the errors of the store and the commands, and their hints, from the catalog alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gret-pseudo-'));
    mkdirSync(join(dir, 'folder.yaml'));
    writeFileSync(join(dir, 'utf16.yaml'), Buffer.from([0xff, 0xfe, 0x61, 0]));
    writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0x89, 0x50, 0, 1]));
    const what: Words = { key: 'files.assessment' };
    const other = { ...nodeHost, pid: 4242, isAlive: () => true, now: () => new Date('2026-03-04T09:05:00Z') };
    acquireLock(join(dir, 'held.yaml'), 'gret assess held.yaml', other);
    const errors: UserError[] = [
      caught(() => readText(join(dir, 'missing.yaml'), what)),
      caught(() => readText(join(dir, 'folder.yaml'), what)),
      caught(() => readText(join(dir, 'utf16.yaml'), what)),
      caught(() => readText(join(dir, 'binary.yaml'), what)),
      caught(() => readText('/dev/zero', what)),
      caught(() => parseYaml(join(dir, 'empty.yaml'), '', what)),
      caught(() => parseYaml(join(dir, 'broken.yaml'), 'meta:\n  note: Status: draft\n', what)),
      caught(() => resolveInside(dir, '../outside.yaml', what)),
      caught(() => writeFile(join(dir, 'folder.yaml'), 'x')),
      caught(() => checkFolders([join(dir, 'nowhere', 'r.pdf')])),
      caught(() => acquireLock(join(dir, 'held.yaml'), 'gret assess held.yaml', { ...nodeHost, pid: 5151, isAlive: () => true })),
      caught(() => runLanguage('français', undefined, {})),
      caught(() => outputFiles({ pdf: { extension: 'pdf' } }, 'pdf,tex', 'report.pdf', 'report', 'pdf')),
    ];
    expect(new Set(errors.map((e) => e.code)).size).toBeGreaterThan(8);
    for (const error of errors) {
      const data = [...textsIn(error.words.values), ...textsIn(error.hint?.values), ...textsIn(error.excerpt), ...error.issues.flatMap((i) => [i.file, ...textsIn(i.words.values), i.code]), error.code, dir];
      const shown = formatUserError(error, pseudo);
      expect([error.code, plainWords(shown.replace(/^gret: /, ''), data)]).toEqual([error.code, []]);
    }
  });

  it('runs gret score and says a missing file in the pseudo-locale', () => {
    const score = gret(['score', 'templates/sample-assessment.yaml', '--lang', 'en-XA', '--explain']);
    expect(score.code).toBe(0);
    const meta = (parse(readFileSync(join(ROOT, 'templates/sample-assessment.yaml'), 'utf8')) as { meta: unknown }).meta;
    expect(score.stdout.length).toBeGreaterThan(2000);
    // The next command is to be typed as it is, in any language.
    expect(plainWords(score.stdout, [...textsIn(meta), 'gret report templates/sample-assessment.yaml -o report.pdf'])).toEqual([]);
    const missing = gret(['score', 'nowhere.yaml', '--lang', 'en-XA']);
    expect(missing.code).toBe(2);
    expect(plainWords(missing.stderr.replace(/^gret: /, ''), ['nowhere.yaml'])).toEqual([]);
  });
  it('prints gret compare and gret aggregate, the files a report wrote and a template notice, from the catalog alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gret-pseudo-'));
    const workshop = ['red', 'blue', 'green'].map((g) => `test/fixtures/aggregate/workshop/${g}.yaml`);
    const [red = '', blue = ''] = workshop;
    // Another ministry, so that compare warns that the two files may not belong together.
    const elsewhere = join(dir, 'elsewhere.yaml');
    writeFileSync(elsewhere, readFileSync(join(ROOT, blue), 'utf8').replace('ministry: Ministry of Tests', 'ministry: Ministry of Elsewhere'));
    // A template copied before a phrase was added: the bundled wording stands in for it, with a notice.
    const template = join(dir, 'template');
    cpSync(join(ROOT, 'templates', 'report'), template, { recursive: true });
    writeFileSync(join(template, 'wording.yaml'), readFileSync(join(template, 'wording.yaml'), 'utf8').replace(/\n {4}declined_heading: .*\n/, '\n'));
    const pack = ['--rubric', 'test/fixtures/mini-pack', '--lang', 'en-XA'];
    const data = [...workshop.flatMap((f) => textsIn(parse(readFileSync(join(ROOT, f), 'utf8')))), 'Ministry of Elsewhere', elsewhere, ...workshop, dir, 'mini'];

    const compare = gret(['compare', red, elsewhere, ...pack]);
    expect([compare.code, compare.stderr]).toEqual([0, '']);
    expect(compare.stdout).toContain('Ministry of Elsewhere');
    const next = `gret compare ${red} ${elsewhere} -o compare.pdf --rubric test/fixtures/mini-pack`;
    expect(plainWords(compare.stdout, [...data, next])).toEqual([]);

    const aggregate = gret(['aggregate', ...workshop, join(dir, 'nowhere.yaml'), '--workshop', '--by', 'group', ...pack]);
    expect(aggregate.code).toBe(0);
    expect(aggregate.stdout).toContain('Blue');
    expect(plainWords(aggregate.stdout, data)).toEqual([]);
    expect(plainWords(aggregate.stderr.replace(/^gret: /, ''), [...data, join(dir, 'nowhere.yaml')])).toEqual([]);

    const written = join(dir, 'report.md');
    const report = gret(['report', red, '-o', written, '--template', template, ...pack]);
    expect(report.code).toBe(0);
    expect(plainWords(report.stdout, [written])).toEqual([]);
    expect(report.stderr).toContain('compare.gaps.declined_heading');
    expect(plainWords(report.stderr.replace(/^gret: /, ''), [join(template, 'wording.yaml'), 'compare.gaps.declined_heading', 'templates/report/wording.yaml'])).toEqual([]);
  });
});
