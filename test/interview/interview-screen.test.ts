import { describe, expect, it } from '@jest/globals';
import { loadMessages } from '../../src/cli/load-messages.js';
import type { Screen } from '../../src/core/interview/screen.js';
import { renderScreen } from '../../src/report/terminal/interview-screen.js';
import { asciiGlyphs, plainStyle, type Style } from '../../src/report/terminal/style.js';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import { answersOf, coverageOf, fixtureRubric, level } from './fixture-rubric.js';

const rubric = await fixtureRubric();
const messages = loadMessages('en');
const [institutions, services] = rubric.dimensions;
const strategy = institutions?.indicators[0];
const centres = services?.indicators[3];
if (institutions === undefined || strategy === undefined || centres === undefined) throw new Error('fixture pack changed');

const progress = coverageOf;
const position = { dimension: institutions, dimensionNumber: 1, dimensionCount: 2, indicatorNumber: 1, indicatorCount: 3, progress: progress(2, 7) };

/** Emphasis shown as brackets, to check that nothing depends on colour alone. */
const marked: Style = { ...plainStyle, bold: (s) => `[b]${s}` };

describe('interview screens', () => {
  it('shows where the user is and the question with its guidance, within 80 columns', () => {
    const text = renderScreen({ kind: 'question', indicator: strategy, position, scale: rubric.scale }, { messages, columns: 80 });
    expect(text).toContain('Dimension 1 of 2 · indicator 1 of 3 · 2 of 7 answered (29%)\n');
    expect(text).toContain('Digital strategy names gender goals (critical)\n');
    expect(text).toContain('Choose the statement that describes the ministry best: type its number (0 to 4),\nthen Enter.\n');
    expect(text).toContain('Guidance: Look at the current strategy and its action plan. Goals count only\n  when they are written down, with a target or an owner.\n');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('wraps to a narrow terminal', () => {
    const text = renderScreen({ kind: 'question', indicator: centres, position, scale: rubric.scale }, { messages, columns: 40 });
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(text).toContain('Scope: national.');
  });

  it('shows the answer on file when reviewing', () => {
    const current = level(2, { note: 'Chapter 3', evidence: [{ title: 'Strategy', verification: 'document-seen' }], agency: 'Planning' });
    const text = renderScreen({ kind: 'question', indicator: strategy, position, scale: rubric.scale, current }, { messages });
    expect(text).toContain('On file: Level 2; note “Chapter 3”; 1 evidence reference; answered by Planning');
  });

  it.each([
    ['ru', '«Chapter 3»'],
    ['fr', '«\u00a0Chapter 3\u00a0»'],
    ['zh-Hans', '“Chapter 3”'],
  ])('quotes a note as %s writes quotations, and in plain marks on an ASCII terminal', (language, quoted) => {
    const current = level(2, { note: 'Chapter 3' });
    const screen: Screen = { kind: 'question', indicator: strategy, position, scale: rubric.scale, current };
    expect(renderScreen(screen, { messages: loadMessages(language), columns: 200 })).toContain(quoted);
    expect(renderScreen(screen, { messages: loadMessages(language), columns: 200, style: { ...plainStyle, glyphs: asciiGlyphs } })).toContain('"Chapter 3"');
  });

  it.each<[string, Screen, string]>([
    [
      'saved',
      { kind: 'saved', indicator: strategy, answer: { status: 'not-applicable', naReason: 'handled-nationally', evidence: [] }, progress: progress(3, 6, 1) },
      "✓ Saved: Digital strategy names gender goals: not applicable (handled nationally by another body). 3 of 6 answered (50%), 1 don't know.",
    ],
    ['deleted', { kind: 'evidence-deleted', evidence: { title: 'Old minutes', verification: 'claimed' } }, 'Deleted the reference “Old minutes”.'],
    ['skipped', { kind: 'skipped', indicator: strategy }, 'Skipped for now: Digital strategy names gender goals.'],
    ['condition', { kind: 'condition-skipped', indicator: strategy, because: { title: 'X', asks: { answerIn: [{ type: 'yes-no', yes: true }] }, found: { kind: 'answer', answer: { type: 'yes-no', yes: false } }, otherwise: null } },
      'Not asked: Digital strategy names gender goals. It applies only when "X" is answered Yes; it was answered No.',],
    ['start', { kind: 'start', review: false, toVisit: 5, progress: progress(2, 7), resumeAt: strategy }, '2 of 7 answered (29%). Carrying on with 5 unanswered indicators, starting at “Digital strategy names gender goals”.'],
    ['nothing left', { kind: 'start', review: false, toVisit: 0, progress: progress(7, 7) }, 'nothing is left to answer here. To change an answer, choose “Go to a question” below, or add --review'],
  ])('says in words what happened: %s', (_name, screen, expected) => {
    const text = renderScreen(screen, { messages, columns: 80 });
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(text.replace(/\s+/g, ' ')).toContain(expected);
  });

  it('closes a dimension with its score so far and its coverage', () => {
    const answers = answersOf(rubric, { strategy: level(4), 'focal-unit': level(0, { value: 'yes' }), 'unit-budget': { status: 'dont-know', evidence: [] } });
    const [first] = scoreAssessment(rubric, answers, packTargets(rubric), { version: 'test' }).dimensions;
    if (first === undefined) throw new Error('fixture pack changed');
    // (2 × 4/4 + 1 × 3/4 + 1 × 0) / 4 = 0.6875.
    expect(renderScreen({ kind: 'dimension-done', dimension: first, number: 1, count: 2 }, { messages }).replace(/\s+/g, ' ').trim()).toBe(
      "Dimension 1 of 2 done: Institutional commitment. Its score so far: 68.8 of 100 (Gender-responsive); 2 of 3 answered (67%), 1 don't know.",
    );
  });

  it('marks emphasis through the style only, and never carries meaning in it alone', () => {
    const text = renderScreen({ kind: 'question', indicator: strategy, position, scale: rubric.scale }, { messages, style: marked });
    expect(text).toContain('[b]Digital strategy names gender goals (critical)');
  });
});
