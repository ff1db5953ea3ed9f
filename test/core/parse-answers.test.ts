import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/core/errors.js';
import type { Issue } from '../../src/core/issues.js';
import { loadAnswers } from '../../src/store/load-answers.js';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { MINI_PACK, miniAssessment } from '../fixtures/mini-assessment.js';

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
    expect(problems(file('  strategi: { answer: 1 }\n'))[0]?.message).toContain('did you mean "strategy"');
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
    expect(warnings[0]?.message).toBe('answered against mini 1.0.0 but scored with 1.1.0; changes since: 1.1.0 Added the data question. (added data-kept, removed old-question)');
  });

  it('refuses not applicable on a critical indicator, naming it and saying why', () => {
    const [found] = problems(file('  strategy: { status: not-applicable, na_reason: service-does-not-exist }\n'));
    expect(found?.message).toContain('"strategy" (Strategy) is critical, so it cannot be marked not applicable');
    expect(found?.message).toContain('handled-nationally');
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
    expect(warnings[1]?.message).toMatch(/answered against 1\.0\.0, it is scored as don't know$/);
    expect(answers.answers.get('strategy')).toEqual({ status: 'dont-know', note: 'Another ministry plans', evidence: [] });
  });
});
