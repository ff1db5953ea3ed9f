import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/core/errors.js';
import type { Issue } from '../../src/core/issues.js';
import { loadAnswers } from '../../src/store/load-answers.js';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { MINI_PACK, miniAssessment } from '../fixtures/mini-assessment.js';
import { hinted } from '../store/caught.js';
import { inEnglish } from '../in-english.js';

const { rubric } = await loadRubric(MINI_PACK);
const dir = mkdtempSync(join(tmpdir(), 'gret-answers-'));

function file(answers: string, version = '1.1.0'): string {
  const path = join(dir, `a-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, miniAssessment(answers, version));
  return path;
}

function problems(path: string): Issue[] {
  try {
    loadAnswers(path, rubric);
  } catch (error) {
    if (error instanceof UserError) return [...error.issues];
    throw error;
  }
  return [];
}

describe('answers files', () => {
  it('loads answers of every type, with structured and plain evidence', () => {
    const { answers, warnings } = loadAnswers(
      file(`  strategy:
    answer: 1
    note: Draft with the cabinet.
    evidence:
      - Draft plan v3
      - title: Cabinet minute
        link: minute-2025-14.pdf
        date: 2025-11-02
        provided_by: Planning unit
        verification: document-seen
    agency: Planning unit
  data-kept: { answer: "yes" }
  online-services: { answer: [health] }
  moderation: { answer: active }
  share-women: { answer: 41.5 }
`),
      rubric,
    );
    expect(warnings).toEqual([]);
    expect(answers.answers.size).toBe(5);
    expect(answers.answers.get('strategy')?.evidence).toEqual([
      { title: 'Draft plan v3', verification: 'claimed' },
      { title: 'Cabinet minute', link: 'minute-2025-14.pdf', date: '2025-11-02', providedBy: 'Planning unit', verification: 'document-seen' },
    ]);
  });

  it('treats an empty answers section as nothing answered yet', () => {
    expect(loadAnswers(file(''), rubric).answers.answers.size).toBe(0);
  });

  const cases: [string, string, string, number][] = [
    ['an unknown indicator, with a suggestion', '  strategi: { answer: 1 }\n', 'UNKNOWN_INDICATOR', 10],
    ['a level out of range', '  strategy: { answer: 7 }\n', 'ANSWER_INVALID', 10],
    ['a level given as text', '  strategy: { answer: high }\n', 'ANSWER_INVALID', 10],
    ['yes-no answered with something else', '  data-kept: { answer: maybe }\n', 'ANSWER_INVALID', 10],
    ['an unknown checklist item', '  online-services: { answer: [health, roads] }\n', 'ANSWER_INVALID', 10],
    ['a percentage over 100', '  share-women: { answer: 140 }\n', 'ANSWER_INVALID', 10],
    ['an unknown choice', '  moderation: { answer: some }\n', 'ANSWER_INVALID', 10],
    ['not applicable without a reason', '  strategy: { status: not-applicable }\n', 'NA_REASON_MISSING', 10],
    ['reason "other" without a note', '  strategy: { status: not-applicable, na_reason: other }\n', 'NA_NOTE_MISSING', 10],
    ["don't know with an answer", '  strategy: { status: dont-know, answer: 1 }\n', 'ANSWER_UNEXPECTED', 10],
    ['answered without an answer', '  strategy: { note: forgot }\n', 'ANSWER_MISSING', 10],
    ['a bare value instead of an answer entry', '  strategy: 2\n', 'WRONG_TYPE', 10],
    ['a misspelt key', '  strategy: { answer: 1, notes: typo }\n', 'UNKNOWN_KEY', 10],
    ['an unknown verification level', '  strategy:\n    answer: 1\n    evidence:\n      - title: X\n        verification: trusted\n', 'NOT_ALLOWED', 14],
    ['a critical indicator marked not applicable', '  strategy: { status: not-applicable, na_reason: outside-mandate }\n', 'NA_CRITICAL', 10],
    ['a critical indicator handled nationally by nobody named', '  strategy: { status: not-applicable, na_reason: handled-nationally }\n', 'NA_NATIONAL_BODY_MISSING', 10],
  ];

  it.each(cases)('reports %s at its line', (_name, body, code, line) => {
    const found = problems(file(body)).find((p) => p.code === code);
    expect(found).toBeDefined();
    expect(found?.position?.line).toBe(line);
  });

  it('suggests the indicator id that was probably meant', () => {
    expect(inEnglish(problems(file('  strategi: { answer: 1 }\n'))[0])).toContain('did you mean "strategy"');
  });

  it('reports every problem at once', () => {
    const found = problems(file('  strategy: { answer: 9 }\n  data-kept: { answer: maybe }\n  nope: { answer: 1 }\n'));
    expect(found.map((p) => p.code).sort()).toEqual(['ANSWER_INVALID', 'ANSWER_INVALID', 'UNKNOWN_INDICATOR']);
  });

  it('refuses answers to another pack', () => {
    const path = file('');
    writeFileSync(path, `${'format: gret-assessment/1\nmeta:\n  ministry: M\n  country: C\n  date: 2026-01-01\n  language: en\n  pack: { id: other, version: 1.0.0 }\n'}`);
    expect(problems(path).map((p) => p.code)).toEqual(['PACK_MISMATCH']);
  });

  it('loads answers to an older version of the pack with a warning naming what changed', () => {
    const { answers, warnings } = loadAnswers(file('  strategy: { answer: 2 }\n  old-question: { answer: 1 }\n', '1.0.0'), rubric);
    expect(answers.answers.size).toBe(1);
    expect(warnings.map((w) => w.code)).toEqual(['PACK_VERSION', 'INDICATOR_REMOVED']);
    expect(inEnglish(warnings[0])).toBe('answered against mini 1.0.0 but scored with 1.1.0; changes since: 1.1.0 Added the data question. (added data-kept, removed old-question)');
  });

  it('refuses not applicable on a critical indicator, naming it and saying why', () => {
    const [found] = problems(file('  strategy: { status: not-applicable, na_reason: service-does-not-exist }\n'));
    expect(inEnglish(found)).toContain('"strategy" (Strategy) is critical, so it cannot be marked not applicable');
    expect(inEnglish(found)).toContain('handled-nationally');
  });

  it('accepts a critical indicator handled nationally by a named body', () => {
    const { answers, warnings } = loadAnswers(file('  strategy: { status: not-applicable, na_reason: handled-nationally, agency: National Planning Office }\n'), rubric);
    expect(warnings).toEqual([]);
    expect(answers.answers.get('strategy')).toMatchObject({ status: 'not-applicable', naReason: 'handled-nationally', agency: 'National Planning Office' });
  });

  it("scores a critical not-applicable answer from an older pack version as don't know, with a warning", () => {
    const { answers, warnings } = loadAnswers(file('  strategy: { status: not-applicable, na_reason: outside-mandate, na_note: Another ministry plans }\n', '1.0.0'), rubric);
    expect(warnings.map((w) => [w.code, w.severity])).toEqual([
      ['PACK_VERSION', 'warning'],
      ['NA_CRITICAL', 'warning'],
    ]);
    expect(inEnglish(warnings[1])).toMatch(/answered against 1\.0\.0, it is scored as don't know$/);
    expect(answers.answers.get('strategy')).toEqual({ status: 'dont-know', note: 'Another ministry plans', evidence: [] });
  });
});

describe('problems in answers files, all in one pass', () => {
  // [slip, as written, as mended, the codes it brings]
  const slips: [string, string, string, string[]][] = [
    ['a misspelt key beside a level out of range', '  strategy: { answer: 9, notes: x }\n', '  strategy: { answer: 2, note: x }\n', ['UNKNOWN_KEY', 'ANSWER_INVALID']],
    ['a mistyped status beside an impossible answer', '  data-kept: { status: dontknow, answer: maybe }\n', '  data-kept: { status: dont-know }\n', ['NOT_ALLOWED', 'ANSWER_INVALID']],
    ['an unknown indicator written as a bare value', '  moderaton: active\n', '  moderation: { answer: active }\n', ['UNKNOWN_INDICATOR', 'WRONG_TYPE']],
    ['a comma inside { }', '  share-women: { answer: 41, note: Up, mostly }\n', '  share-women: { answer: 41, note: "Up, mostly" }\n', ['COMMA_IN_TEXT']],
    ['evidence without a space after its dash', '  online-services: { answer: [health, roads], evidence: -Plan }\n', '  online-services: { answer: [health], evidence: [Plan] }\n', ['ANSWER_INVALID', 'WRONG_TYPE']],
  ];
  const metaSlips = (text: string): string => text.replace('date: 2026-02-01', 'date: 1 Feb 2026').replace('language: en', 'language: English');

  it('reports the shape of the file and the answers against the rubric together, so that mending them reveals nothing more', () => {
    const broken = file(slips.map(([, written]) => written).join(''));
    writeFileSync(broken, metaSlips(readFileSync(broken, 'utf8')));
    const expected = [...slips.flatMap(([, , , codes]) => codes), 'WRONG_FORMAT', 'WRONG_FORMAT'];
    expect(problems(broken).map((p) => p.code).sort()).toEqual(expected.sort());
    expect(problems(file(slips.map(([, , mended]) => mended).join('')))).toEqual([]);
  });

  it.each(slips)('reports %s in full on its own', (_name, written, mended, codes) => {
    expect(problems(file(written)).map((p) => p.code).sort()).toEqual([...codes].sort());
    expect(problems(file(mended))).toEqual([]);
  });

  it('checks the answers of a file whose pack id is mistyped against the pack it most likely means', () => {
    const path = file('  strategy: { answer: 9 }\n');
    writeFileSync(path, readFileSync(path, 'utf8').replace('id: mini', 'id: mni'));
    const found = problems(path);
    expect(found.map((p) => p.code)).toEqual(['PACK_MISMATCH', 'ANSWER_INVALID']);
    expect(inEnglish(found[0])).toBe('this assessment answers pack "mni", but the rubric is "mini" (did you mean "mini"?)');
  });

  it.each([
    ['2026-13-40', 'a month and day that do not exist'],
    ['2025-02-29', 'the 29th of February in a year that is not a leap year'],
  ])('refuses the date %s: %s, written in the right shape', (date) => {
    const path = file('  strategy: { answer: 2 }\n');
    writeFileSync(path, readFileSync(path, 'utf8').replace('date: 2026-02-01', `date: ${date}`));
    expect(problems(path).map((p) => [p.code, inEnglish(p)])).toEqual([['WRONG_FORMAT', `"date" must be a day of the calendar, not "${date}"`]]);
  });

  it('accepts the 29th of February in a leap year', () => {
    const path = file('  strategy: { answer: 2 }\n');
    writeFileSync(path, readFileSync(path, 'utf8').replace('date: 2026-02-01', 'date: 2024-02-29'));
    expect(problems(path)).toEqual([]);
  });

  it('still reports the shape of a file that answers another pack', () => {
    const path = file('  strategy: { answer: 9, notes: x }\n');
    writeFileSync(path, readFileSync(path, 'utf8').replace('id: mini', 'id: health-services').replace('language: en', 'language: English'));
    expect(problems(path).map((p) => p.code)).toEqual(['WRONG_FORMAT', 'PACK_MISMATCH', 'UNKNOWN_KEY']);
  });

  it.each([
    ['a field that lost its indentation', '  strategy:\n    note: Draft\n  answer: 2\n', 'UNKNOWN_INDICATOR', '12:3', '"answer" belongs inside an answer, but it is indented like an indicator id; indent it under the indicator it answers'],
    ['a ": " inside an evidence title', '  strategy:\n    answer: 1\n    evidence:\n      - Circular 12: gender data\n', 'COLON_IN_TEXT', '13:9', 'item 1 of "evidence" must be text, but the ": " in it made YAML read "Circular 12: gender data" as a key and a value; put the whole text in quotes'],
    ['no space after a colon inside { }', '  strategy: {answer:2}\n', 'UNKNOWN_KEY', '10:14', 'unknown key "answer:2": put a space after the colon ("answer: 2")'],
    ['a key indented with non-breaking spaces', '  strategy:\n    answer: 1\n\u00a0\u00a0\u00a0\u00a0note: Draft\n', 'UNKNOWN_KEY', '12:1', 'unknown key "\u00a0\u00a0\u00a0\u00a0note": it begins or ends with a non-breaking space, as word processors type; indent with ordinary spaces'],
    ['a list without a space after its dash', '  strategy:\n    answer: 1\n    evidence:\n      -Plan\n      - Minutes\n', 'WRONG_TYPE', '12:5', '"evidence" must be a list of evidence, not the text "-Plan - Minutes" (a list item needs a space after its "-")'],
  ])('explains %s', (_name, body, code, at, message) => {
    const found = problems(file(body)).find((p) => p.code === code);
    expect([`${found?.position?.line}:${found?.position?.col}`, inEnglish(found)]).toEqual([at, message]);
  });

  it('quotes at most about 80 characters of what was written', () => {
    const long = `high ${'and higher '.repeat(50)}`;
    const [found] = problems(file(`  strategy: { answer: "${long}" }\n`));
    expect(inEnglish(found)).toBe(`"${long.slice(0, 79)}…" is not a level; expected a level from 0 to 2`);
  });

  it('points to an editor, not to `gret assess`, which opens only files that load', () => {
    let hint = '';
    try {
      loadAnswers(file('  strategy: { answer: 9 }\n'), rubric);
    } catch (error) {
      if (error instanceof UserError) hint = hinted(error) ?? '';
    }
    expect(hint).toBe('Mend each problem at the position shown, in any text editor, then run the command again.');
  });
});
