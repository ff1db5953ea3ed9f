import { describe, expect, it } from '@jest/globals';
import { InterviewCancelled } from '../../src/core/interview/prompter.js';
import { runInterview, type InterviewOptions } from '../../src/core/interview/run-interview.js';
import type { Screen } from '../../src/core/interview/screen.js';
import type { Answer, Answers } from '../../src/core/types.js';
import { answersOf, fixtureRubric, level } from './fixture-rubric.js';
import { ScriptedPrompter, type Step } from './scripted-prompter.js';

const rubric = await fixtureRubric();

/** Note, evidence and agency all left as offered. */
const plainDetails: Step[] = [{ type: '' }, { type: '' }, { accept: 'text' }];
/** For "don't know" and "not applicable": no evidence question. */
const shortDetails: Step[] = [{ type: '' }, { accept: 'text' }];

async function interview(steps: Step[], start: Answers = answersOf(rubric), options: Partial<InterviewOptions> = {}) {
  const prompter = new ScriptedPrompter(steps);
  const saves: { id: string; answer: Answer }[] = [];
  const save = (id: string, answer: Answer): void => {
    saves.push({ id, answer });
  };
  let error: unknown;
  let result;
  try {
    result = await runInterview(rubric, start, prompter, save, { review: false, agency: 'Ministry of Social Affairs', ...options });
  } catch (e) {
    error = e;
  }
  const lastSaved = new Map(saves.map((s) => [s.id, s.answer]));
  const shown = (kind: Screen['kind']): Screen[] => prompter.screens.filter((s) => s.kind === kind);
  const questions = (): string[] => prompter.screens.flatMap((s) => (s.kind === 'question' ? [s.indicator.id] : []));
  return { prompter, saves, lastSaved, result, error, shown, questions };
}

describe('runInterview', () => {
  it('offers the level descriptors as the choices, then Not applicable, Don\'t know and Skip', async () => {
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
    ]);
  });

  it('records an answer with its note, evidence and agency, saving after every step', async () => {
    const { saves, lastSaved } = await interview([
      { select: '2 Defined' },
      { type: 'Women are named in chapter 3' },
      { type: 'Digital strategy 2024' },
      { type: 'https://example.gov/strategy.pdf' },
      { select: 'Document seen' },
      { type: 'Minutes of the steering committee' },
      { type: '' },
      { select: 'Claimed' },
      { type: '' },
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

  it('remembers the answering agency as the default for the next question', async () => {
    const { prompter } = await interview([{ select: '1 Ad hoc' }, { type: '' }, { type: '' }, { type: 'Statistics office' }, { select: 'Yes' }, { type: '' }, { type: '' }]);
    const agencies = prompter.asked.filter((a) => a.message.startsWith('Answering agency'));
    expect(agencies.map((a) => a.default)).toEqual(['Ministry of Social Affairs', 'Statistics office']);
  });

  it.each([
    ['outside-mandate', [{ select: "Outside the ministry's mandate" }], { naReason: 'outside-mandate' }],
    ['handled-nationally', [{ select: 'Handled nationally' }], { naReason: 'handled-nationally' }],
    ['service-does-not-exist', [{ select: 'The service does not exist' }], { naReason: 'service-does-not-exist' }],
    ['other, with the reason typed', [{ select: 'Another reason' }, { type: '  Provinces run the service  ' }], { naReason: 'other', naNote: 'Provinces run the service' }],
  ] satisfies [string, Step[], Partial<Answer>][])('records Not applicable with its reason: %s', async (_name, reasonSteps, expected) => {
    const { lastSaved, prompter } = await interview([{ select: 'Not applicable' }, ...reasonSteps, ...shortDetails]);
    expect(lastSaved.get('strategy')).toEqual({ status: 'not-applicable', evidence: [], agency: 'Ministry of Social Affairs', ...expected });
    expect(prompter.asked.some((a) => a.message.startsWith('Evidence'))).toBe(false);
  });

  it('will not take "other" as a reason without saying which', async () => {
    const { error } = await interview([{ select: 'Not applicable' }, { select: 'Another reason' }, { type: '   ' }]);
    expect(String(error)).toMatch(/Give the reason/);
  });

  it("records Don't know with a note on who could find out, and asks for no evidence", async () => {
    const { lastSaved, prompter } = await interview([{ select: "Don't know" }, { type: 'Ask the finance department' }, { accept: 'text' }]);
    expect(lastSaved.get('strategy')).toEqual({ status: 'dont-know', note: 'Ask the finance department', evidence: [], agency: 'Ministry of Social Affairs' });
    expect(prompter.asked.map((a) => a.message)).toContain('Note: who could find out? (optional, Enter to go on)');
  });

  it('skips for now without saving anything, and reports what was skipped', async () => {
    const { saves, result, shown } = await interview([{ select: 'Skip for now' }, { select: 'Skip for now' }, { select: 'Skip for now' }, { select: 'Skip for now' }, { select: 'Skip for now' }, { select: 'Skip for now' }, { select: 'Skip for now' }]);
    expect(saves).toEqual([]);
    // unit-budget applies while focal-unit is unanswered, so all seven are asked.
    expect(result?.skipped.map((i) => i.id)).toEqual(['strategy', 'focal-unit', 'unit-budget', 'channels', 'accessibility', 'women-users', 'centres']);
    expect(shown('skipped')).toHaveLength(7);
  });

  it('does not ask an indicator whose condition an earlier answer has just made false, and says why', async () => {
    const { questions, shown, lastSaved } = await interview([{ select: '3 Implemented' }, ...plainDetails, { select: 'No' }, ...plainDetails]);
    expect(questions()).toEqual(['strategy', 'focal-unit', 'channels']);
    expect(shown('condition-skipped')).toEqual([
      expect.objectContaining({ kind: 'condition-skipped', explanation: expect.stringContaining('applies only when "A gender focal unit for digital services" is answered yes; it was answered No') }),
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

  it('asks numbers and percentages with their bounds', async () => {
    const start = answersOf(rubric, { strategy: level(1), 'focal-unit': level(0, { value: 'no' }), channels: level(0, { value: 'phone' }), accessibility: level(0, { value: [] }) });
    const { lastSaved, prompter } = await interview([{ select: 'Answer' }, { number: 38.5 }, ...plainDetails, { select: 'Answer' }, { number: 12 }, ...plainDetails], start);
    expect(lastSaved.get('women-users')?.value).toBe(38.5);
    expect(lastSaved.get('centres')?.value).toBe(12);
    expect(prompter.asked.filter((a) => a.kind === 'number').map((a) => [a.message, a.min, a.max])).toEqual([
      ['Percentage (0 to 100)', 0, 100],
      ['Number of centres', 0, 1000],
    ]);
  });

  it('resumes at the first unanswered indicator and passes over those switched off by a condition', async () => {
    const start = answersOf(rubric, { strategy: level(2), 'focal-unit': level(0, { value: 'no' }) });
    const { questions, shown } = await interview([], start);
    expect(questions()).toEqual(['channels']);
    expect(shown('start')).toEqual([expect.objectContaining({ toVisit: 4, resumeAt: expect.objectContaining({ id: 'channels' }), progress: { answered: 2, applicable: 6 } })]);
    expect(shown('condition-skipped')).toEqual([]);
  });

  it('shows where the user is: dimension n of m, indicator n of m, overall progress', async () => {
    const start = answersOf(rubric, { strategy: level(2), 'focal-unit': level(0, { value: 'yes' }), 'unit-budget': level(1) });
    const { shown } = await interview([], start);
    const question = shown('question')[0];
    expect(question?.kind === 'question' && question.position).toEqual(
      expect.objectContaining({ dimensionNumber: 2, dimensionCount: 2, indicatorNumber: 1, indicatorCount: 4, progress: { answered: 3, applicable: 7 } }),
    );
  });

  it('reviews answered indicators with the answer on file as the default, keeping its details', async () => {
    const strategy = level(2, { note: 'Chapter 3', evidence: [{ title: 'Strategy', verification: 'document-seen' }], agency: 'Planning' });
    const start = answersOf(rubric, { strategy, 'focal-unit': level(0, { value: 'yes' }) });
    const { prompter, lastSaved } = await interview([{ accept: 'select' }, { accept: 'text' }, { type: '' }, { accept: 'text' }, { select: 'Keep the answer on file' }], start, { review: true });
    const first = prompter.asked[0];
    expect(first?.defaultName).toBe('2 Defined: There is a written gender goal, without targets or budget.');
    expect(prompter.asked.slice(1, 4).map((a) => [a.message, a.default])).toEqual([
      ['Note (Enter keeps it, - removes it)', 'Chapter 3'],
      ['Evidence title (Enter to finish)', undefined],
      ['Answering agency (Enter keeps it, - removes it)', 'Planning'],
    ]);
    expect(lastSaved.get('strategy')).toEqual(strategy);
    // "Keep" leaves focal-unit untouched: nothing saved for it.
    expect(lastSaved.has('focal-unit')).toBe(false);
    expect(prompter.asked[4]?.defaultName).toBe('Yes: A unit or focal point has a formal mandate.');
  });

  it('removes a note when "-" is typed in a review', async () => {
    const start = answersOf(rubric, { strategy: level(2, { note: 'old note' }) });
    const { lastSaved } = await interview([{ select: '3 Implemented' }, { type: '-' }, { type: '' }, { accept: 'text' }], start, { review: true });
    expect(lastSaved.get('strategy')).toEqual({ status: 'answered', value: 3, evidence: [], agency: 'Ministry of Social Affairs' });
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

  it('has nothing to ask when everything in scope is answered', async () => {
    const start = answersOf(rubric, { channels: level(0, { value: 'phone' }), accessibility: level(0, { value: [] }), 'women-users': level(50), centres: level(3) });
    const { questions, shown, prompter } = await interview([], start, { dimension: 'services' });
    expect(questions()).toEqual([]);
    expect(shown('start')).toEqual([expect.objectContaining({ toVisit: 0 })]);
    expect(prompter.asked).toEqual([]);
  });
});
