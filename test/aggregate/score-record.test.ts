import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { recordOf, scoreRecord } from '../../src/core/aggregate/assessment-record.js';
import { parseAnswers } from '../../src/core/answers/parse-answers.js';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { flagTargets, packTargets } from '../../src/core/scoring/targets.js';
import type { Rubric } from '../../src/core/types.js';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { bundledPackNames, packageRoot } from '../../src/cli/package-root.js';
import { pick, random, validFile } from '../fixtures/generated-answers.js';
import { MINI_PACK } from '../fixtures/mini-assessment.js';

/*
 * An aggregate scores each file with scoreRecord, which skips what only a report needs; the
 * record must be the one the full scoring gives, to the last bit of every figure.
 */

const rubrics: Rubric[] = [];
for (const dir of [...bundledPackNames.map((n) => join(packageRoot, 'rubrics', n)), MINI_PACK]) rubrics.push((await loadRubric(dir)).rubric);

const CASES = 1500;

describe('the record of an assessment', () => {
  it(`is the full scoring's record for ${CASES} generated assessments`, () => {
    const next = random(20260501);
    let compared = 0;
    for (let k = 0; k < CASES; k++) {
      const rubric = pick(next, rubrics);
      const parsed = parseAnswers('a.yaml', validFile(rubric, next), rubric);
      if (!parsed.ok) throw new Error(`a generated file has problems: ${parsed.issues.map((i) => i.message).join('; ')}`);
      const targets = k % 3 === 0 ? flagTargets(Math.floor(next() * (rubric.maxLevel + 1))) : packTargets(rubric);
      const full = recordOf(scoreAssessment(rubric, parsed.value, targets, { version: 'test' }), parsed.value, 'a.yaml', 'a');
      expect(scoreRecord(rubric, parsed.value, targets, 'a.yaml', 'a')).toStrictEqual(full);
      compared += 1;
    }
    expect(compared).toBe(CASES);
  });
});
