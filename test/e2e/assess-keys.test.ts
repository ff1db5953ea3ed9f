import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { INTERVIEW_PACK as PACK, KEY, newInterviewAssessment, terminalSessions, type TerminalSession } from './terminal-session.js';

const open = terminalSessions();

function started(...args: string[]): { session: TerminalSession; work: string } {
  const work = newInterviewAssessment('gret-keys-');
  return { session: open(['assess', 'a.yaml', '--rubric', PACK, ...args], work), work };
}

const answersIn = (work: string): unknown => parseDocument(readFileSync(join(work, 'a.yaml'), 'utf8')).toJS().answers;


describe('gret assess at the keyboard', () => {
  it('records nothing on a run of stray Enters', async () => {
    const { session, work } = started();
    await session.answer("Does the ministry's digital strategy set goals", KEY.enter + KEY.enter + KEY.enter);
    await session.waitFor('Nothing is chosen yet');
    session.type(KEY.ctrlC);
    expect(await session.exited).toBe(130);
    expect(answersIn(work)).toEqual({});
  });

  it('takes the level typed, goes back with Esc and re-opens the answer just given', async () => {
    const { session, work } = started('--indicator', 'strategy');
    await session.answer("Does the ministry's digital strategy set goals", '3' + KEY.enter);
    await session.answer('Note (optional', KEY.escape);
    // Back at the question, which now starts on level 3.
    await session.waitFor('❯ 3 Implemented');
    session.type('1' + KEY.enter);
    await session.answer('Note (optional', 'chapter 2' + KEY.enter);
    await session.answer('Evidence for this answer', KEY.enter);
    await session.answer('Answering agency', KEY.enter);
    await session.answer('That was the last question', KEY.enter);
    expect(await session.exited).toBe(0);
    expect(answersIn(work)).toEqual({ strategy: { status: 'answered', answer: 1, note: 'chapter 2', agency: 'Ministry of Social Affairs' } });
  });

  it('names the indicator it does not know, with the nearest id', async () => {
    const { session } = started('--indicator', 'strategi');
    await session.waitFor('mini-egov has no indicator "strategi" (did you mean "strategy"?)');
    expect(await session.exited).toBe(2);
  });
});
