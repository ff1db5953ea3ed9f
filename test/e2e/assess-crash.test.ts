import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { gret } from './run-gret.js';
import { INTERVIEW_PACK as PACK, KEY, newInterviewAssessment, terminalSessions } from './terminal-session.js';

const session = terminalSessions();

describe('gret assess in a terminal', () => {
  it('loses no answer when killed mid-interview, and resumes at the first unanswered indicator', async () => {
    const work = newInterviewAssessment('gret-crash-');

    const first = session(['assess', 'a.yaml', '--rubric', PACK], work);
    const pid = await first.gretPid();
    // Nothing starts highlighted: each answer is a key that names it, then Enter.
    await first.answer("Does the ministry's digital strategy set goals", '2' + KEY.enter);
    await first.answer('Note (optional', 'Named in chapter 3' + KEY.enter);
    await first.answer('Evidence for this answer', 'a' + KEY.enter);
    await first.answer('Title of the reference', 'Digital strategy 2024' + KEY.enter);
    await first.answer('Link or file', KEY.enter);
    await first.answer('How far is it verified?', KEY.down + KEY.enter);
    await first.answer('Evidence for this answer', KEY.enter);
    await first.answer('Answering agency', KEY.enter);
    await first.answer('Is a unit or person formally responsible', 'y' + KEY.enter);
    await first.answer('Note (optional', KEY.enter);
    await first.answer('Evidence for this answer', KEY.enter);
    await first.answer('Answering agency', 'Statistics office' + KEY.enter);
    // unit-budget applies because focal-unit is yes: answer it, then die while typing its note.
    await first.answer('Does the gender focal unit have its own budget line?', '1' + KEY.enter);
    await first.answer('Note (optional', 'half-typed, never entered');
    await new Promise((r) => setTimeout(r, 200));
    process.kill(pid, 'SIGKILL');
    await first.exited;

    const doc = parseDocument(readFileSync(join(work, 'a.yaml'), 'utf8'));
    expect(doc.errors).toEqual([]);
    expect(doc.toJS().answers).toEqual({
      strategy: { status: 'answered', answer: 2, note: 'Named in chapter 3', evidence: [{ title: 'Digital strategy 2024', verification: 'document-seen' }], agency: 'Ministry of Social Affairs' },
      'focal-unit': { status: 'answered', answer: 'yes', agency: 'Statistics office' },
      'unit-budget': { status: 'answered', answer: 1 },
    });
    expect(gret(['score', 'a.yaml', '--rubric', PACK], { cwd: work }).code).toBe(0);

    const second = session(['assess', 'a.yaml', '--rubric', PACK], work);
    await second.waitFor('3 of 7 answered (43%). Carrying on with 4 unanswered indicators, starting at');
    await second.waitFor('Channels for women without internet access');
    await second.answer('How can a woman without internet access', KEY.ctrlC);
    expect(await second.exited).toBe(130);
    expect(second.screen).toContain('Every answer given so far is saved in a.yaml.');
    expect(second.screen).toMatch(/To carry on where you left off: gret assess a\.yaml --rubric \S+/);
    expect(readdirSync(work)).toEqual(['a.yaml']);
  });
});

describe('gret assess killed at random moments', () => {
  it('always leaves a file that parses, holding every answer given before the kill', async () => {
    const work = newInterviewAssessment('gret-kills-');
    const saved = (): Record<string, unknown> => {
      const doc = parseDocument(readFileSync(join(work, 'a.yaml'), 'utf8'));
      expect(doc.errors).toEqual([]);
      return (doc.toJS() as { answers: Record<string, unknown> }).answers;
    };
    // Each round answers the first open question with "don't know" and is killed somewhere
    // between the key press and the end of its saves: before, during or after the write.
    for (let round = 0; round < 6; round += 1) {
      const before = saved();
      const run = session(['assess', 'a.yaml', '--rubric', PACK], work);
      const pid = await run.gretPid();
      await run.waitFor('Skip for now');
      run.type('d' + KEY.enter);
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 120)));
      process.kill(pid, 'SIGKILL');
      await run.exited;
      const after = saved();
      for (const [id, answer] of Object.entries(before)) expect(after[id]).toEqual(answer);
      expect(Object.keys(after).length - Object.keys(before).length).toBeLessThanOrEqual(1);
    }
    expect(gret(['score', 'a.yaml', '--rubric', PACK], { cwd: work }).code).toBe(0);
  });
});
