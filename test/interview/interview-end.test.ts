import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { loadMessages } from '../../src/cli/load-messages.js';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import { renderInterviewEnd } from '../../src/report/terminal/interview-end.js';
import { loadAnswers } from '../../src/store/load-answers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const { rubric } = await loadRubric();
const sample = loadAnswers(join(ROOT, 'templates', 'sample-assessment.yaml'), rubric).answers;

describe('the lists that close an interview', () => {
  it('names a question whose level its condition sets as not asked, with why, and never as still unanswered', () => {
    // No online consultations: the feedback question is not asked and scores the level the pack sets.
    const answers = new Map(sample.answers);
    answers.set('women-in-e-consultation', { status: 'answered', value: 0, evidence: [] });
    answers.delete('consultation-feedback-loop');
    const assessment = scoreAssessment(rubric, { ...sample, answers }, packTargets(rubric), { version: 'test' });
    const text = renderInterviewEnd(assessment, { messages: loadMessages('en'), columns: 10_000 });
    expect(text).not.toContain('Still unanswered');
    expect(text).toContain('Not asked, because a condition is not met (2)');
    expect(text).toContain(
      `${rubric.dimensions.flatMap((d) => d.indicators).find((i) => i.id === 'consultation-feedback-loop')?.title}: it applies only when "Women's participation in online consultations" is at level 1 or above; it is at level 0, so it scores level 0`,
    );
  });
});
