import { describe, expect, it } from '@jest/globals';
import { loadMessages } from '../../src/cli/load-messages.js';
import { runInterview } from '../../src/core/interview/run-interview.js';
import type { Answers } from '../../src/core/types.js';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import { pseudoOverlay, pseudoText } from '../../src/core/translation/pseudo-locale.js';
import { translateRubric } from '../../src/core/translation/translate-rubric.js';
import { renderInterviewEnd } from '../../src/report/terminal/interview-end.js';
import { renderScreen } from '../../src/report/terminal/interview-screen.js';
import { answersOf, fixtureRubric, level } from './fixture-rubric.js';
import { ScriptedPrompter, type Step } from './scripted-prompter.js';

const english = await fixtureRubric();
const rubric = translateRubric(english, [pseudoOverlay(english)]);
type Pick = (words: string) => Step;
/** The start of a choice as the pseudo-locale shows it: what a person would see and pick. */
const pick: Pick = (words) => ({ select: pseudoText(words).slice(0, words.length + 1) });
/** The same choice in English, to walk the same script in both. */
const pickEnglish: Pick = (words) => ({ select: words });

/**
 * Every kind of prompt the interview has, walked in the pseudo-locale: levels, yes-no, a
 * condition, not applicable with a reason typed (and refused when empty), a checklist, a number
 * refused as too large, don't know, adding and deleting evidence, the last question. Whatever it
 * asks in plain letters did not come from the catalog or the rubric's overlay.
 */
const scriptWith = (pick: Pick): Step[] => [
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

const script = scriptWith(pick);
const pseudo = loadMessages('en-XA');
const score = (answers: Answers) => scoreAssessment(rubric, answers, packTargets(rubric), { version: 'test' });
const ids = rubric.dimensions.flatMap((d) => d.indicators.map((i) => i.id));
/** A word of two plain letters or more, once the indicators' ids are taken out, is a string the catalog does not hold. */
const plain = (texts: readonly string[]): string[] => texts.filter((text) => /[A-Za-z]{2,}/.test(ids.reduce((rest, id) => rest.split(`[${id}]`).join(''), text)));

/** Runs the interview in the pseudo-locale; what it asked, refused and printed, as a person saw it, and its answers at the end. */
async function interview(steps: readonly Step[], start: Answers, review: boolean, messages = pseudo) {
  const prompter = new ScriptedPrompter(steps, messages);
  const answers = new Map(start.answers);
  await runInterview(rubric, start, prompter, (id, answer) => void answers.set(id, answer), { review, score });
  const final = score({ ...start, answers });
  const printed = [...prompter.screens.map((screen) => renderScreen(screen, { messages: pseudo })), renderInterviewEnd(final, { messages: pseudo })];
  const prompts = [...prompter.asked.flatMap((a) => [a.message, ...(a.choices ?? [])]), ...prompter.refused.map((r) => r.problem)];
  return { prompter, printed, prompts, final };
}

describe('the interview in the pseudo-locale', () => {
  it('asks and prints everything in words from the catalog and the overlay: no plain English is left', async () => {
    const { prompter, printed, prompts } = await interview(script, answersOf(rubric), false);
    expect(prompter.remaining).toBe(0);
    expect(prompts.length).toBeGreaterThan(60);
    expect(prompter.refused).toHaveLength(3);
    const kinds = new Set(prompter.screens.map((screen) => screen.kind));
    for (const kind of ['saved', 'condition-skipped', 'dimension-done'] as const) expect(kinds).toContain(kind);
    expect(plain([...prompts, ...printed])).toEqual([]);
  });

  it('keeps the same answers, with the same scores, as the same keys pressed in English', async () => {
    const inPseudo = await interview(script, answersOf(rubric), false);
    const inEnglish = await interview(scriptWith(pickEnglish), answersOf(rubric), false, loadMessages('en'));
    expect(inEnglish.prompter.remaining).toBe(0);
    expect(inPseudo.final.coverage.answered).toBeGreaterThan(3);
    expect(inPseudo.final).toEqual(inEnglish.final);
  });

  it("says the answers on file, of every status, and why a question is not asked, in the catalog's words", async () => {
    const onFile = answersOf(rubric, {
      strategy: level(2),
      'focal-unit': level(0, { value: 'no' }),
      channels: { status: 'not-applicable', naReason: 'outside-mandate', evidence: [] },
      accessibility: level(0, { value: ['low-bandwidth'] }),
      'women-users': { status: 'dont-know', evidence: [] },
      centres: level(120),
    });
    const keep = pick('Keep the answer on file');
    const { prompter, printed, prompts, final } = await interview([keep, keep, pick('Go to another question'), { select: '1 ' }, { select: '1 ' }, keep, keep, keep, keep, keep, pick('Finish')], onFile, true);
    expect(prompter.remaining).toBe(0);
    expect(prompter.screens.filter((screen) => screen.kind === 'question' && screen.current !== undefined).length).toBeGreaterThan(5);
    expect(prompter.screens.map((screen) => screen.kind)).toContain('condition-skipped');
    expect(plain([...prompts, ...printed])).toEqual([]);
    // Keeping every answer changes none of them.
    expect(final).toEqual(score(onFile));
  });
});
