import { describe, expect, it } from '@jest/globals';
import { loadMessages } from '../../src/cli/load-messages.js';
import { join } from 'node:path';
import { loadAnswers } from '../../src/store/load-answers.js';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { loadTemplate } from '../../src/cli/load-template.js';
import { overviewOf } from '../aggregate/fold-records.js';
import { scoreRecord } from '../../src/core/aggregate/assessment-record.js';
import { compareAssessments } from '../../src/core/compare/compare-assessments.js';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import { renderAggregateSummary } from '../../src/report/aggregate/render-aggregate-summary.js';
import { renderCompareSummary } from '../../src/report/compare/render-compare-summary.js';
import { clip } from '../../src/report/terminal/clip.js';
import { renderIndicator } from '../../src/report/terminal/indicator.js';
import { renderScreen } from '../../src/report/terminal/interview-screen.js';
import { asciiGlyphs, plainStyle, unicodeGlyphs, type Style } from '../../src/report/terminal/style.js';
import { renderSummary } from '../../src/report/terminal/summary.js';
import { MINI_PACK } from '../fixtures/mini-assessment.js';
import { coverageOf, fixtureRubric, level } from '../interview/fixture-rubric.js';

const ROOT = join(import.meta.dirname, '..', '..');
const messages = loadMessages('en');
const { rubric } = await loadRubric(MINI_PACK);
const interviewRubric = await fixtureRubric();

function scored(file: string) {
  return scoreAssessment(rubric, loadAnswers(join(ROOT, file), rubric).answers, packTargets(rubric), { version: 'test' });
}

const BASELINE = 'test/fixtures/compare/baseline.yaml';
const FOLLOW_UP = 'test/fixtures/compare/follow-up.yaml';
const { wording } = await loadTemplate();
const WORKSHOP = ['red', 'blue', 'green'].map((g) => `test/fixtures/aggregate/workshop/${g}.yaml`);
const institutions = interviewRubric.dimensions[0];
const strategy = institutions?.indicators[0];
const shown = rubric.dimensions[0]?.indicators[0];
if (institutions === undefined || strategy === undefined || shown === undefined) throw new Error('fixture pack changed');
const progress = coverageOf;
const position = { dimension: institutions, dimensionNumber: 1, dimensionCount: 2, indicatorNumber: 1, indicatorCount: 3, progress: progress(2, 7) };

// Every terminal text, from fixtures written in plain ASCII, so any other character is the reporter's.
const texts: [string, (style: Style) => string][] = [
  ['score summary', (style) => renderSummary(scored(FOLLOW_UP), { messages, style, explain: true })],
  ['rubric show', (style) => renderIndicator(rubric, shown, { messages, style })],
  ['question on file', (style) => renderScreen({ kind: 'question', indicator: strategy, position, scale: interviewRubric.scale, current: level(2, { note: 'Chapter 3' }) }, { messages, style })],
  ['saved', (style) => renderScreen({ kind: 'saved', indicator: strategy, answer: level(1), progress: progress(3, 7) }, { messages, style })],
  ['resumed', (style) => renderScreen({ kind: 'start', review: false, toVisit: 5, progress: progress(2, 7), resumeAt: strategy }, { messages, style })],
  [
    'compare summary',
    (style) => {
      const answersOf = (file: string) => loadAnswers(join(ROOT, file), rubric).answers;
      const c = compareAssessments(rubric, { file: BASELINE, answers: answersOf(BASELINE) }, { file: FOLLOW_UP, answers: answersOf(FOLLOW_UP) }, packTargets(rubric), { version: 'test' });
      return renderCompareSummary(c, { messages, style, readings: wording.readings });
    },
  ],
  [
    'aggregate summary',
    (style) => {
      const records = WORKSHOP.map((file) => scoreRecord(rubric, loadAnswers(join(ROOT, file), rubric).answers, packTargets(rubric), file, file));
      return renderAggregateSummary(overviewOf(rubric, records, { version: 'test', workshop: true }), { wording, messages, style });
    },
  ],
];

const NON_ASCII = /[^\u0000-\u007f]/;

describe('terminal text on a terminal without Unicode', () => {
  const ascii = { ...plainStyle, glyphs: asciiGlyphs };

  it.each(texts)('%s is plain ASCII and still fits 80 columns', (_name, render) => {
    const text = render(ascii);
    expect(text).not.toMatch(NON_ASCII);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it.each(texts)('%s draws Unicode glyphs where the terminal shows them', (_name, render) => {
    const text = render(plainStyle);
    // The quotation marks are the language's own, from the catalog, where the terminal shows them.
    const drawn = [...Object.values(unicodeGlyphs), messages.t('words.quote_open'), messages.t('words.quote_close')];
    expect([...text].some((c) => drawn.includes(c))).toBe(true);
  });

  it('says the same in ASCII, with each glyph spelled out', () => {
    const text = renderSummary(scored(FOLLOW_UP), { messages, style: ascii });
    expect(text).toContain('Ministry of Tests - Testland');
    expect(text).toMatch(/level \d -> \d/);
    expect(text).toMatch(/assessed 2026-\d\d-\d\d \| target level/);
  });
});

describe('clip', () => {
  it.each([
    ['Gender budgeting', 20, '...', 'Gender budgeting'],
    ['Gender budgeting', 10, '...', 'Gender ...'],
    ['Gender budgeting', 10, '…', 'Gender bu…'],
    ['Gender budgeting', 16, '…', 'Gender budgeting'],
  ])('%s in %i columns with %s', (text, width, ellipsis, expected) => {
    expect(clip(text, width, ellipsis)).toBe(expected);
  });
});
