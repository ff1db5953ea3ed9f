import { describe, expect, it } from '@jest/globals';
import { InterviewCancelled } from '../../src/core/interview/prompter.js';
import { runInterview, type InterviewOptions } from '../../src/core/interview/run-interview.js';
import type { Screen } from '../../src/core/interview/screen.js';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import type { Answer, Answers } from '../../src/core/types.js';
import { answersOf, fixtureRubric, level } from './fixture-rubric.js';
import { ScriptedPrompter, type Step } from './scripted-prompter.js';

const rubric = await fixtureRubric();

/** Note, evidence and agency all left as offered. */
const plainDetails: Step[] = [{ type: '' }, { select: 'Go on' }, { accept: 'text' }];
/** For "don't know" and "not applicable": no evidence question. */
const shortDetails: Step[] = [{ type: '' }, { accept: 'text' }];
const finish: Step = { select: 'Finish' };

async function interview(steps: Step[], start: Answers = answersOf(rubric), options: Partial<InterviewOptions> = {}) {
  const prompter = new ScriptedPrompter(steps);
  const saves: { id: string; answer: Answer }[] = [];
  const save = (id: string, answer: Answer): void => {
    saves.push({ id, answer });
  };
  let error: unknown;
  let result;
  try {
    result = await runInterview(rubric, start, prompter, save, {
      review: false,
      score: (answers) => scoreAssessment(rubric, answers, packTargets(rubric), { version: 'test' }),
      ...options,
    });
  } catch (e) {
    error = e;
  }
  const lastSaved = new Map(saves.map((s) => [s.id, s.answer]));
  const shown = (kind: Screen['kind']): Screen[] => prompter.screens.filter((s) => s.kind === kind);
  const questions = (): string[] => prompter.screens.flatMap((s) => (s.kind === 'question' ? [s.indicator.id] : []));
  const asked = (start: string) => prompter.asked.filter((a) => a.message.startsWith(start));
  return { prompter, saves, lastSaved, result, error, shown, questions, asked };
}

describe('runInterview', () => {
  it("offers the levels by their own numbers, then Not applicable, Don't know, Skip and the list of questions", async () => {
    const { prompter } = await interview([]);
    const first = prompter.asked[0];
    expect(first?.kind).toBe('select');
    expect(first?.choices).toEqual([
      '0 Absent: The strategy does not mention women or gender.',
      '1 Ad hoc: Women are mentioned, but no goal is set.',
      '2 Defined: There is a written gender goal, without targets or budget.',
      '3 Implemented: Gender goals have targets, a budget and sex-disaggregated monitoring.',
      '4 Institutionalised: Gender goals are evaluated and the results change the strategy.',
      'Not applicable: this does not apply to the ministry',
      "Don't know: nobody here can say yet (counts as level 0 until answered)",
      'Skip for now: come back to it later',
      'Go to another question…',
    ]);
    // The very first question has nothing before it.
    expect(first?.back).toBe(false);
  });

  it('starts a new question on no answer, so that Enter alone records nothing', async () => {
    const { prompter, saves, error } = await interview([{ accept: 'select' }]);
    expect(prompter.asked[0]?.default).toBeUndefined();
    expect(String(error)).toMatch(/nothing is highlighted, chooses nothing/);
    expect(saves).toEqual([]);
  });

  it('does not let a run of Enters after "not applicable" answer the next question', async () => {
    const { lastSaved, prompter, error } = await interview([
      { select: 'Not applicable' },
      { select: 'Handled nationally' },
      { accept: 'text' },
      { accept: 'text' },
      { accept: 'select' },
    ]);
    expect(String(error)).toMatch(/chooses nothing/);
    expect([...lastSaved.keys()]).toEqual(['strategy']);
    // The yes/no question starts on neither answer.
    expect(prompter.asked.at(-1)).toEqual(expect.objectContaining({ message: expect.stringContaining('Is a unit or person'), default: undefined, back: true }));
  });

  it('records an answer with its note, evidence and agency, saving after every step', async () => {
    const { saves, lastSaved } = await interview([
      { select: '2 Defined' },
      { type: 'Women are named in chapter 3' },
      { select: 'Add a reference' },
      { type: 'Digital strategy 2024' },
      { type: 'https://example.gov/strategy.pdf' },
      { select: 'Document seen' },
      { select: 'Add another reference' },
      { type: 'Minutes of the steering committee' },
      { type: '' },
      { select: 'Claimed' },
      { select: 'Go on' },
      { type: 'Planning department' },
    ]);
    expect(lastSaved.get('strategy')).toEqual({
      status: 'answered',
      value: 2,
      note: 'Women are named in chapter 3',
      evidence: [
        { title: 'Digital strategy 2024', link: 'https://example.gov/strategy.pdf', verification: 'document-seen' },
        { title: 'Minutes of the steering committee', verification: 'claimed' },
      ],
      agency: 'Planning department',
    });
    // The answer itself, the note, each evidence entry and the agency.
    expect(saves.filter((s) => s.id === 'strategy').map((s) => s.answer.evidence.length)).toEqual([0, 0, 1, 2, 2]);
    expect(saves[0]?.answer).toEqual({ status: 'answered', value: 2, evidence: [] });
  });

  it("offers the ministry as the agency, then the previous question's, and says which it is", async () => {
    const { asked } = await interview([
      { select: '1 Ad hoc' },
      ...plainDetails.slice(0, 2),
      { type: 'Statistics office' },
      { select: 'Yes' },
      ...plainDetails.slice(0, 2),
      { type: '-' },
      { select: '0 Absent' },
      ...plainDetails,
    ]);
    expect(asked('Answering agency').map((a) => [a.message, a.default])).toEqual([
      ['Answering agency (Enter: the ministry assessed; - for none)', 'Ministry of Social Affairs'],
      ['Answering agency (Enter: the same as the previous question; - for none)', 'Statistics office'],
      // The previous question was left without an agency: back to the ministry.
      ['Answering agency (Enter: the ministry assessed; - for none)', 'Ministry of Social Affairs'],
    ]);
  });

  // The first question open is focal-unit, which is not critical.
  const strategyAnswered = (): Answers => answersOf(rubric, { strategy: level(2) });

  it.each([
    ['outside-mandate', [{ select: "Outside the ministry's mandate" }], { naReason: 'outside-mandate' }],
    ['handled-nationally', [{ select: 'Handled nationally' }], { naReason: 'handled-nationally' }],
    ['service-does-not-exist', [{ select: 'The service does not exist' }], { naReason: 'service-does-not-exist' }],
    ['other, with the reason typed', [{ select: 'Another reason' }, { type: '  Provinces run the service  ' }], { naReason: 'other', naNote: 'Provinces run the service' }],
  ] satisfies [string, Step[], Partial<Answer>][])('records Not applicable with its reason: %s', async (_name, reasonSteps, expected) => {
    const { lastSaved, prompter } = await interview([{ select: 'Not applicable' }, ...reasonSteps, ...shortDetails], strategyAnswered());
    expect(lastSaved.get('focal-unit')).toEqual({ status: 'not-applicable', evidence: [], agency: 'Ministry of Social Affairs', ...expected });
    expect(prompter.asked.some((a) => a.message.startsWith('Evidence'))).toBe(false);
  });

  it('offers a critical indicator, set aside, only as handled nationally, which is all the reader of the file accepts', async () => {
    const { lastSaved, asked } = await interview([{ select: 'Not applicable' }, { select: 'Handled nationally' }, ...shortDetails]);
    expect(asked('Why does it not apply').map((a) => a.choices?.length)).toEqual([1]);
    expect(lastSaved.get('strategy')).toEqual({ status: 'not-applicable', naReason: 'handled-nationally', evidence: [], agency: 'Ministry of Social Affairs' });
  });

  it('will not take "other" as a reason without saying which', async () => {
    const { prompter, lastSaved } = await interview([{ select: 'Not applicable' }, { select: 'Another reason' }, { type: '   ' }, { type: 'Provinces run it' }, ...shortDetails], strategyAnswered());
    expect(prompter.refused).toEqual([{ message: 'Say why it does not apply', text: '   ', problem: 'Give the reason: it is shown in the report beside the indicator.' }]);
    expect(lastSaved.get('focal-unit')?.naNote).toBe('Provinces run it');
  });

  it("records Don't know with a note on who could find out, and asks for no evidence", async () => {
    const { lastSaved, prompter } = await interview([{ select: "Don't know" }, { type: 'Ask the finance department' }, { accept: 'text' }]);
    expect(lastSaved.get('strategy')).toEqual({ status: 'dont-know', note: 'Ask the finance department', evidence: [], agency: 'Ministry of Social Affairs' });
    expect(prompter.asked.map((a) => a.message)).toContain('Note: who could find out? (optional, Enter to go on)');
  });

  it('skips for now without saving anything, and reports what was skipped', async () => {
    const skip: Step = { select: 'Skip for now' };
    const { saves, result, shown } = await interview([skip, skip, skip, skip, skip, skip, skip, finish]);
    expect(saves).toEqual([]);
    // unit-budget applies while focal-unit is unanswered, so all seven are asked.
    expect(result?.skipped.map((i) => i.id)).toEqual(['strategy', 'focal-unit', 'unit-budget', 'channels', 'accessibility', 'women-users', 'centres']);
    expect(shown('skipped')).toHaveLength(7);
  });

  it('does not ask an indicator whose condition an earlier answer has just made false, and says why', async () => {
    const { questions, shown, lastSaved } = await interview([{ select: '3 Implemented' }, ...plainDetails, { select: 'No' }, ...plainDetails]);
    expect(questions()).toEqual(['strategy', 'focal-unit', 'channels']);
    expect(shown('condition-skipped')).toEqual([
      expect.objectContaining({
        kind: 'condition-skipped',
        because: { title: 'A gender focal unit for digital services', asks: { answerIn: [{ type: 'yes-no', yes: true }] }, found: { kind: 'answer', answer: { type: 'yes-no', yes: false } }, otherwise: null },
      }),
    ]);
    expect(lastSaved.has('unit-budget')).toBe(false);
  });

  it('asks the conditional indicator when its condition holds', async () => {
    const { questions } = await interview([{ select: '3 Implemented' }, ...plainDetails, { select: 'Yes' }, ...plainDetails]);
    expect(questions()).toEqual(['strategy', 'focal-unit', 'unit-budget']);
  });

  it('asks a checklist with a checkbox and stores the items in rubric order', async () => {
    const start = answersOf(rubric, { strategy: level(1), 'focal-unit': level(0, { value: 'no' }), channels: level(0, { value: 'phone' }) });
    const { lastSaved, prompter } = await interview([{ select: 'Answer: tick' }, { tick: ['A low-bandwidth version', 'Local languages'] }, ...plainDetails], start);
    expect(lastSaved.get('accessibility')?.value).toEqual(['local-language', 'low-bandwidth']);
    expect(prompter.asked.find((a) => a.kind === 'checkbox')?.choices).toEqual(['Local languages', 'Voice or video guidance', 'A low-bandwidth version']);
  });

  describe('numbers', () => {
    const start = answersOf(rubric, { strategy: level(1), 'focal-unit': level(0, { value: 'no' }), channels: level(0, { value: 'phone' }), accessibility: level(0, { value: [] }) });

    it('are read as people type them: a decimal comma, a % sign, spaces around', async () => {
      const { lastSaved, asked } = await interview([{ select: 'Answer' }, { type: '38,5%' }, ...plainDetails, { select: 'Answer' }, { type: ' 12 ' }, ...plainDetails], start);
      expect(lastSaved.get('women-users')?.value).toBe(38.5);
      expect(lastSaved.get('centres')?.value).toBe(12);
      expect([...asked('Percentage'), ...asked('Number')].map((a) => a.message)).toEqual(['Percentage, from 0 to 100', 'Number (centres), from 0 to 1000']);
    });

    it('say what is wrong with a number that cannot be used, and ask again', async () => {
      const { lastSaved, prompter } = await interview([{ select: 'Answer' }, { type: 'about 40' }, { type: '140' }, { type: '40' }, ...plainDetails], start);
      expect(prompter.refused.map((r) => r.problem)).toEqual(['“about 40” is not a number: type a number such as 38 or 38%.', '140 is more than 100: type a number from 0 to 100.']);
      expect(lastSaved.get('women-users')?.value).toBe(40);
    });

    it('offer the number on file, which Enter keeps', async () => {
      const { lastSaved, asked } = await interview([{ accept: 'select' }, { accept: 'text' }, ...plainDetails], answersOf(rubric, { 'women-users': level(41.5) }), { indicator: 'women-users' });
      expect(asked('Percentage')[0]?.default).toBe('41.5');
      expect(lastSaved.get('women-users')?.value).toBe(41.5);
    });
  });

  it('resumes at the first unanswered indicator and passes over those switched off by a condition', async () => {
    const start = answersOf(rubric, { strategy: level(2), 'focal-unit': level(0, { value: 'no' }) });
    const { questions, shown } = await interview([], start);
    expect(questions()).toEqual(['channels']);
    expect(shown('start')).toEqual([expect.objectContaining({ toVisit: 4, resumeAt: expect.objectContaining({ id: 'channels' }), progress: expect.objectContaining({ answered: 2, applicable: 6 }) })]);
    expect(shown('condition-skipped')).toEqual([]);
  });

  it('shows where the user is: dimension n of m, indicator n of m, overall progress', async () => {
    const start = answersOf(rubric, { strategy: level(2), 'focal-unit': level(0, { value: 'yes' }), 'unit-budget': level(1) });
    const { shown } = await interview([], start);
    const question = shown('question')[0];
    expect(question?.kind === 'question' && question.position).toEqual(
      expect.objectContaining({ dimensionNumber: 2, dimensionCount: 2, indicatorNumber: 1, indicatorCount: 4, progress: expect.objectContaining({ answered: 3, applicable: 7 }) }),
    );
  });

  it('counts progress as `gret score` counts coverage: "don\'t know" is not answered, "not applicable" leaves the count', async () => {
    const { shown } = await interview([{ select: "Don't know" }, ...shortDetails, { select: 'Not applicable' }, { select: 'Handled nationally' }, ...shortDetails]);
    const saved = shown('saved').map((s) => (s.kind === 'saved' ? [s.progress.answered, s.progress.dontKnow, s.progress.applicable] : []));
    // unit-budget leaves with focal-unit: it applies only where focal-unit applies.
    expect(saved).toEqual([
      [0, 1, 7],
      [0, 1, 5],
    ]);
  });

  it('shows the score of a dimension when the walk leaves it', async () => {
    const start = answersOf(rubric, { 'focal-unit': level(0, { value: 'no' }) });
    const { shown } = await interview([{ select: '4 Institutionalised' }, ...plainDetails], start);
    expect(shown('dimension-done')).toEqual([
      expect.objectContaining({ number: 1, count: 2, dimension: expect.objectContaining({ id: 'institutions', coverage: expect.objectContaining({ answered: 2, applicable: 2 }) }) }),
    ]);
  });

  it('reviews answered indicators with the answer on file as the default, keeping its details', async () => {
    const strategy = level(2, { note: 'Chapter 3', evidence: [{ title: 'Strategy', verification: 'document-seen' }], agency: 'Planning' });
    const start = answersOf(rubric, { strategy, 'focal-unit': level(0, { value: 'yes' }) });
    const { prompter, lastSaved } = await interview([{ accept: 'select' }, { accept: 'text' }, { accept: 'select' }, { accept: 'text' }, { select: 'Keep the answer on file' }], start, { review: true });
    const first = prompter.asked[0];
    expect(first?.defaultName).toBe('2 Defined: There is a written gender goal, without targets or budget.');
    expect(prompter.asked.slice(1, 4).map((a) => [a.message, a.defaultName ?? a.default])).toEqual([
      ['Note (Enter keeps it, - removes it)', 'Chapter 3'],
      ['Evidence for this answer (choose one to edit or delete it)', 'Go on: the evidence is complete'],
      ['Answering agency (Enter keeps it, - removes it)', 'Planning'],
    ]);
    expect(prompter.asked[2]?.choices?.[0]).toBe('1 Strategy (document seen)');
    expect(lastSaved.get('strategy')).toEqual(strategy);
    // "Keep" leaves focal-unit untouched: nothing saved for it.
    expect(lastSaved.has('focal-unit')).toBe(false);
    expect(prompter.asked[4]?.defaultName).toBe('Yes: A unit or focal point has a formal mandate.');
  });

  it('removes a note when "-" is typed in a review', async () => {
    const start = answersOf(rubric, { strategy: level(2, { note: 'old note' }) });
    const { lastSaved } = await interview([{ select: '3 Implemented' }, { type: '-' }, { select: 'Go on' }, { accept: 'text' }], start, { review: true });
    expect(lastSaved.get('strategy')).toEqual({ status: 'answered', value: 3, evidence: [], agency: 'Ministry of Social Affairs' });
  });

  describe('evidence', () => {
    const onFile = level(2, {
      evidence: [
        { title: 'Strategy 2024', link: 'https://example.gov/s.pdf', verification: 'claimed' },
        { title: 'Old minutes', verification: 'claimed' },
      ],
    });

    it('can be edited: the title, link and verification on file are offered, and replaced in place', async () => {
      const { lastSaved, asked } = await interview(
        [{ accept: 'select' }, { accept: 'text' }, { select: '1 Strategy 2024' }, { select: 'Edit it' }, { type: 'Digital strategy 2024' }, { type: '-' }, { select: 'Document seen' }, { select: 'Go on' }, { accept: 'text' }],
        answersOf(rubric, { strategy: onFile }),
        { indicator: 'strategy' },
      );
      expect(asked('Title of the reference')[0]?.default).toBe('Strategy 2024');
      expect(asked('Link or file')[0]).toEqual(expect.objectContaining({ message: 'Link or file (Enter keeps it, - removes it)', default: 'https://example.gov/s.pdf' }));
      expect(lastSaved.get('strategy')?.evidence).toEqual([
        { title: 'Digital strategy 2024', verification: 'document-seen' },
        { title: 'Old minutes', verification: 'claimed' },
      ]);
    });

    it('can be deleted, and the deletion is saved at once', async () => {
      const { lastSaved, shown, error } = await interview([{ accept: 'select' }, { accept: 'text' }, { select: '2 Old minutes' }, { select: 'Delete it' }], answersOf(rubric, { strategy: onFile }), {
        indicator: 'strategy',
      });
      expect(error).toBeInstanceOf(InterviewCancelled);
      expect(lastSaved.get('strategy')?.evidence).toEqual([{ title: 'Strategy 2024', link: 'https://example.gov/s.pdf', verification: 'claimed' }]);
      expect(shown('evidence-deleted')).toEqual([expect.objectContaining({ evidence: expect.objectContaining({ title: 'Old minutes' }) })]);
    });

    it('asks for a title for a new reference, and Esc leaves it unadded', async () => {
      const { lastSaved, prompter } = await interview([{ select: '1 Ad hoc' }, { type: '' }, { select: 'Add a reference' }, { type: ' ' }, { back: true }, { select: 'Go on' }, { accept: 'text' }]);
      expect(prompter.refused.map((r) => r.problem)).toEqual(['Give the reference a title, or press Esc to go back.']);
      expect(lastSaved.get('strategy')?.evidence).toEqual([]);
    });
  });

  describe('previous question', () => {
    it('goes from the note back to the answer, which starts on the answer just given', async () => {
      const { lastSaved, asked } = await interview([{ select: '1 Ad hoc' }, { back: true }, { select: '3 Implemented' }, ...plainDetails]);
      expect(asked('Does the ministry').map((a) => a.defaultName)).toEqual([undefined, '1 Ad hoc: Women are mentioned, but no goal is set.']);
      expect(lastSaved.get('strategy')?.value).toBe(3);
    });

    it('goes from the evidence back to the note, offering the note typed', async () => {
      const { lastSaved, asked } = await interview([{ select: '1 Ad hoc' }, { type: 'first note' }, { back: true }, { type: 'better note' }, ...plainDetails.slice(1)]);
      expect(asked('Note').map((a) => a.default)).toEqual([undefined, 'first note']);
      expect(lastSaved.get('strategy')?.note).toBe('better note');
    });

    it('goes from the agency back through the evidence to the verification of the last reference', async () => {
      const { lastSaved, asked } = await interview([
        { select: '1 Ad hoc' },
        { type: '' },
        { select: 'Add a reference' },
        { type: 'Minutes' },
        { type: '' },
        { select: 'Claimed' },
        { select: 'Go on' },
        { back: true },
        { back: true },
        { select: 'Independently verified' },
        { select: 'Go on' },
        { accept: 'text' },
      ]);
      expect(asked('How far').map((a) => a.defaultName)).toEqual(['Claimed: someone says so, nobody has seen it yet', 'Claimed: someone says so, nobody has seen it yet']);
      // The reference is replaced, not added twice.
      expect(lastSaved.get('strategy')?.evidence).toEqual([{ title: 'Minutes', verification: 'independently-verified' }]);
    });

    it('goes from the reason for "not applicable" back to the answer', async () => {
      const { lastSaved } = await interview([{ select: 'Not applicable' }, { back: true }, { select: '0 Absent' }, ...plainDetails]);
      expect(lastSaved.get('strategy')).toEqual(expect.objectContaining({ status: 'answered', value: 0 }));
    });

    it('goes from the note back to a number, offering the number just typed', async () => {
      const start = answersOf(rubric, { strategy: level(1), 'focal-unit': level(0, { value: 'no' }), channels: level(0, { value: 'phone' }), accessibility: level(0, { value: [] }) });
      const { asked, lastSaved } = await interview([{ select: 'Answer' }, { type: '30' }, { back: true }, { type: '35' }, ...plainDetails], start);
      expect(asked('Percentage').map((a) => a.default)).toEqual([undefined, '30']);
      expect(lastSaved.get('women-users')?.value).toBe(35);
    });

    it('goes from the note back to the reason typed for "not applicable"', async () => {
      const { asked, lastSaved } = await interview([{ select: 'Not applicable' }, { select: 'Another reason' }, { type: 'Provinces' }, { back: true }, { accept: 'text' }, ...shortDetails], answersOf(rubric, { strategy: level(2) }));
      expect(asked('Say why').map((a) => a.default)).toEqual([undefined, 'Provinces']);
      expect(lastSaved.get('focal-unit')).toEqual(expect.objectContaining({ naReason: 'other', naNote: 'Provinces' }));
    });

    it('goes from a checklist back to the answer', async () => {
      const start = answersOf(rubric, { strategy: level(1), 'focal-unit': level(0, { value: 'no' }), channels: level(0, { value: 'phone' }) });
      const { lastSaved } = await interview([{ select: 'Answer: tick' }, { back: true }, { select: "Don't know" }, ...shortDetails], start);
      expect(lastSaved.get('accessibility')?.status).toBe('dont-know');
    });

    it('re-opens the previous indicator with its answer, note and agency as the defaults', async () => {
      const { lastSaved, asked, questions } = await interview([
        { select: '2 Defined' },
        { type: 'chapter 3' },
        { select: 'Go on' },
        { type: 'Planning' },
        { back: true },
        { accept: 'select' },
        { accept: 'text' },
        { select: 'Go on' },
        { accept: 'text' },
        { select: 'Yes' },
        ...plainDetails,
      ]);
      expect(questions().slice(0, 3)).toEqual(['strategy', 'focal-unit', 'strategy']);
      expect(asked('Does the ministry')[1]?.defaultName).toBe('2 Defined: There is a written gender goal, without targets or budget.');
      expect(asked('Note').map((a) => a.default)).toEqual([undefined, 'chapter 3', undefined]);
      expect(lastSaved.get('strategy')).toEqual({ status: 'answered', value: 2, note: 'chapter 3', evidence: [], agency: 'Planning' });
      expect(lastSaved.get('focal-unit')?.value).toBe('yes');
    });

    it('goes back from the last choice to the last question', async () => {
      const start = answersOf(rubric, { strategy: level(1), 'focal-unit': level(0, { value: 'no' }), channels: level(0, { value: 'phone' }), accessibility: level(0, { value: [] }), 'women-users': level(30) });
      const { questions, lastSaved, result } = await interview([{ select: 'Answer' }, { type: '5' }, ...plainDetails, { back: true }, { select: 'Answer' }, { type: '7' }, ...plainDetails, finish], start);
      expect(questions()).toEqual(['centres', 'centres']);
      expect(lastSaved.get('centres')?.value).toBe(7);
      expect(result?.answers.answers.get('centres')?.value).toBe(7);
    });
  });

  describe('going to one question', () => {
    it('lists the dimensions, then their questions with each answer, and returns to where the user was', async () => {
      const start = answersOf(rubric, { 'women-users': level(30) });
      const { lastSaved, questions, prompter } = await interview([{ select: 'Go to another question' }, { select: '2 Online services' }, { select: '3 ' }, { select: 'Answer' }, { type: '45' }, ...plainDetails], start);
      const lists = prompter.asked.filter((a) => a.message.startsWith('Which'));
      expect(lists[0]?.choices).toEqual(['1 Institutional commitment (0 of 3 answered)', '2 Online services (1 of 4 answered)']);
      expect(lists[1]?.choices).toEqual([
        '1 Channels for women without internet access: no answer yet',
        '2 Accessibility features: no answer yet',
        '3 Share of women among users: 30%',
        '4 Assisted service centres: no answer yet',
      ]);
      expect(lastSaved.get('women-users')?.value).toBe(45);
      expect(questions()).toEqual(['strategy', 'women-users', 'strategy']);
    });

    it('changes nothing when the user goes back out of the list', async () => {
      const { questions, saves } = await interview([{ select: 'Go to another question' }, { back: true }], answersOf(rubric));
      expect(questions()).toEqual(['strategy', 'strategy']);
      expect(saves).toEqual([]);
    });

    it('is offered at the end, where nothing is left to answer', async () => {
      const everything = { strategy: level(1), 'focal-unit': level(0, { value: 'no' }), channels: level(0, { value: 'phone' }), accessibility: level(0, { value: [] }), 'women-users': level(30), centres: level(3) };
      const { questions, lastSaved, shown } = await interview([{ select: 'Go to a question' }, { select: '1 Institutional' }, { select: '1 ' }, { select: '2 Defined' }, ...plainDetails, finish], answersOf(rubric, everything));
      expect(shown('start')).toEqual([expect.objectContaining({ toVisit: 0 })]);
      expect(questions()).toEqual(['strategy']);
      expect(lastSaved.get('strategy')?.value).toBe(2);
    });
  });

  it('asks one indicator alone with --indicator, answered or not', async () => {
    const start = answersOf(rubric, { channels: level(0, { value: 'phone' }) });
    const { questions, prompter, lastSaved } = await interview([{ select: 'Assisted centres' }, ...plainDetails, finish], start, { indicator: 'channels' });
    expect(questions()).toEqual(['channels']);
    expect(prompter.asked[0]).toEqual(expect.objectContaining({ defaultName: 'A telephone helpline', back: false }));
    // Nothing else in scope: no list of questions.
    expect(prompter.asked[0]?.choices).not.toContain('Go to another question…');
    expect(lastSaved.get('channels')?.value).toBe('assisted');
  });

  it('shows indicators switched off by a condition in a review, with the reason', async () => {
    const start = answersOf(rubric, { strategy: level(2), 'focal-unit': level(0, { value: 'no' }) });
    const { shown } = await interview([{ select: 'Keep' }, { select: 'Keep' }], start, { review: true });
    expect(shown('condition-skipped').map((s) => s.kind === 'condition-skipped' && s.indicator.id)).toEqual(['unit-budget']);
  });

  it('limits the walk to one dimension', async () => {
    const { questions, shown } = await interview([{ select: 'Skip' }, { select: 'Skip' }, { select: 'Skip' }, { select: 'Skip' }], answersOf(rubric), { dimension: 'services' });
    expect(questions()).toEqual(['channels', 'accessibility', 'women-users', 'centres']);
    expect(shown('dimension').map((s) => s.kind === 'dimension' && s.number)).toEqual([2]);
  });

  it('keeps every answer saved before a cancellation, and lets the cancellation through', async () => {
    const { error, lastSaved } = await interview([{ select: '1 Ad hoc' }, ...plainDetails, { select: 'Yes' }, { type: 'half-typed note is lost' }]);
    expect(error).toBeInstanceOf(InterviewCancelled);
    expect([...lastSaved.keys()]).toEqual(['strategy', 'focal-unit']);
    expect(lastSaved.get('focal-unit')).toEqual({ status: 'answered', value: 'yes', note: 'half-typed note is lost', evidence: [] });
  });

  it('has nothing to ask when everything in scope is answered, and ends on one choice', async () => {
    const start = answersOf(rubric, { channels: level(0, { value: 'phone' }), accessibility: level(0, { value: [] }), 'women-users': level(50), centres: level(3) });
    const { questions, shown, prompter, result } = await interview([finish], start, { dimension: 'services' });
    expect(questions()).toEqual([]);
    expect(shown('start')).toEqual([expect.objectContaining({ toVisit: 0 })]);
    expect(prompter.asked.map((a) => [a.message, a.defaultName, a.back])).toEqual([['Nothing more to ask here. What next?', 'Finish: show the scores', true]]);
    expect(result?.answers.answers.size).toBe(4);
  });
});
