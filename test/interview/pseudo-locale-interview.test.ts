import { describe, expect, it } from '@jest/globals';
import { loadMessages } from '../../src/cli/load-messages.js';
import { runInterview } from '../../src/core/interview/run-interview.js';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import { pseudoOverlay, pseudoText } from '../../src/core/translation/pseudo-locale.js';
import { translateRubric } from '../../src/core/translation/translate-rubric.js';
import { answersOf, fixtureRubric } from './fixture-rubric.js';
import { ScriptedPrompter, type Step } from './scripted-prompter.js';

const english = await fixtureRubric();
const rubric = translateRubric(english, [pseudoOverlay(english)]);
/** The start of a choice as the pseudo-locale shows it: what a person would see and pick. */
const pick = (words: string): Step => ({ select: pseudoText(words).slice(0, words.length + 1) });

/**
 * Every kind of prompt the interview has, walked in the pseudo-locale: levels, yes-no, a
 * condition, not applicable with a reason typed (and refused when empty), a checklist, a number
 * refused as too large, don't know, adding and deleting evidence, the last question. Whatever it
 * asks in plain letters did not come from the catalog or the rubric's overlay.
 */
const script: Step[] = [
  { select: '2 ' },
  { type: '' },
  pick('Add a reference'),
  { type: '123' },
  { type: '' },
  { accept: 'select' },
  { select: '1 ' },
  pick('Delete it'),
  { accept: 'select' },
  { accept: 'text' },
  pick('No:'),
  { type: '' },
  { accept: 'select' },
  { accept: 'text' },
  pick('Not applicable'),
  pick('Another reason'),
  { type: ' ' },
  { type: '456' },
  { type: '' },
  { accept: 'text' },
  pick('Answer'),
  { tick: [] },
  { type: '' },
  { accept: 'select' },
  { accept: 'text' },
  pick('Answer'),
  { type: '150' },
  { type: '1,500' },
  { type: '38' },
  { type: '' },
  { accept: 'select' },
  { accept: 'text' },
  pick("Don't know"),
  { type: '' },
  { accept: 'text' },
  pick('Finish'),
];

describe('the interview in the pseudo-locale', () => {
  it('asks everything in words from the catalog and the overlay: no plain English is left', async () => {
    const prompter = new ScriptedPrompter(script, loadMessages('en-XA'));
    await runInterview(rubric, answersOf(rubric), prompter, () => undefined, {
      review: false,
      score: (answers) => scoreAssessment(rubric, answers, packTargets(rubric), { version: 'test' }),
    });
    expect(prompter.remaining).toBe(0);
    const shown = [...prompter.asked.flatMap((a) => [a.message, ...(a.choices ?? [])]), ...prompter.refused.map((r) => r.problem)];
    expect(shown.length).toBeGreaterThan(60);
    expect(prompter.refused).toHaveLength(3);
    // A word of two plain letters or more anywhere is a string the catalog does not hold.
    expect(shown.filter((text) => /[A-Za-z]{2,}/.test(text))).toEqual([]);
  });
});
