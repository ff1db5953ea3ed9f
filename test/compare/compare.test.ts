import { describe, expect, it } from '@jest/globals';
import { loadMessages } from '../../src/cli/load-messages.js';
import { join } from 'node:path';
import { bundledTemplate, loadTemplate } from '../../src/cli/load-template.js';
import { loadFont } from '../../src/cli/load-font.js';
import { loadAnswers } from '../../src/store/load-answers.js';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { changesSince } from '../../src/core/compare/changes-since.js';
import { compareAssessments } from '../../src/core/compare/compare-assessments.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import { compareReporters } from '../../src/report/compare/index.js';
import { renderCompareSummary } from '../../src/report/compare/render-compare-summary.js';
import { answers, dimension, indicator, rubric as buildRubric } from '../builders.js';
import { MINI_PACK } from '../fixtures/mini-assessment.js';
import { matchGolden } from './match-golden.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BASELINE = 'test/fixtures/compare/baseline.yaml';
const FOLLOW_UP = 'test/fixtures/compare/follow-up.yaml';

async function fixtureComparison() {
  const { rubric } = await loadRubric(MINI_PACK);
  const before = loadAnswers(join(ROOT, BASELINE), rubric).answers;
  const after = loadAnswers(join(ROOT, FOLLOW_UP), rubric).answers;
  return compareAssessments(rubric, { file: BASELINE, answers: before }, { file: FOLLOW_UP, answers: after }, packTargets(rubric), { version: '0.0.0-test' });
}

const comparison = await fixtureComparison();

describe('compare across pack versions', () => {
  const c = comparison;

  it('lists what the change log added and removed since the older file, and compares neither', () => {
    expect(c.notCompared).toEqual([
      { indicator: 'data-kept', title: 'Data kept', change: 'added', version: '1.1.0' },
      { indicator: 'old-question', title: null, change: 'removed', version: '1.1.0' },
    ]);
    expect(c.indicators.map((i) => i.id)).toEqual(['strategy', 'online-services', 'moderation', 'share-women']);
  });

  it('scores both sides without the indicators it leaves out', () => {
    // Alpha keeps only strategy (0 → 2 of 2); beta is online-services, moderation, share-women.
    expect(c.dimensions.map((d) => [d.id, d.before, d.after])).toEqual([
      ['alpha', 0, 1],
      ['beta', 0.5, 1 / 3],
    ]);
    expect(c.overall.change).toBeCloseTo(22.3, 5);
  });

  it('finds the gaps closed and opened and the recommendations done', () => {
    expect(c.closed.map((g) => g.indicator)).toEqual(['strategy', 'online-services']);
    expect(c.opened.map((g) => g.indicator)).toEqual(['moderation']);
    expect(c.done.map((r) => r.id).sort()).toEqual(['online-add', 'strategy-adopt', 'strategy-draft']);
  });

  it('matches the golden Markdown and JSON', async () => {
    const input = { comparison: c, template: await loadTemplate(bundledTemplate), loadFont };
    const md = String((await compareReporters.md.render(input)).content);
    // File paths are the operator's business, not the minister's: only the JSON keeps them.
    expect(md).not.toContain('fixtures/compare');
    matchGolden('compare/compare.md', md);
    matchGolden('compare/compare.json', String((await compareReporters.json.render(input)).content));
  });

  it('prints a terminal summary no wider than 80 columns', async () => {
    const text = renderCompareSummary(c, { messages: loadMessages('en'), columns: 80, readings: (await loadTemplate(bundledTemplate)).wording.readings });
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(text).toContain('Not compared, as the pack changed in between (2)');
  });

  it('writes figures with the decimal comma of French and Russian, in the report and on the terminal, and a dot in the JSON', async () => {
    // The overall index moves from 25.0 to 47.3 (+22.3): see above.
    for (const language of ['fr', 'ru']) {
      const template = await loadTemplate(bundledTemplate, () => {}, language);
      const md = String((await compareReporters.md.render({ comparison: c, template, loadFont })).content);
      expect(md).toMatch(/\+22,3/);
      expect(md).not.toMatch(/\b22\.3\b/);
      const text = renderCompareSummary(c, { messages: loadMessages(language), columns: 80, readings: template.wording.readings });
      expect(text).toMatch(/\+22,3/);
      expect(String((await compareReporters.json.render({ comparison: c, template, loadFont })).content)).not.toMatch(/\d,\d/);
    }
  });
});

describe('changesSince', () => {
  const ind = indicator('a');
  const pack = buildRubric([dimension('d1', [ind, indicator('b'), indicator('c')])], {
    version: '1.2.0',
    changes: [
      { version: '1.1.0', summary: '', added: ['b'], removed: ['gone'], merged: [], rescaled: [], reworded: [] },
      { version: '1.2.0', summary: '', added: [], removed: [], merged: [], rescaled: ['c'], reworded: ['a'] },
    ],
  });

  it.each([
    [['1.2.0', '1.2.0'], [], []],
    [['1.1.0', '1.2.0'], ['c'], ['a']],
    [['1.2.0', '1.0.0'], ['b', 'gone', 'c'], ['a']],
  ])('between %j: not compared %j, reworded %j', (versions, left, reworded) => {
    const changes = changesSince(pack, versions);
    expect(changes.notCompared.map((n) => n.indicator)).toEqual(left);
    expect(changes.reworded.map((r) => r.indicator)).toEqual(reworded);
  });
});

describe('compareAssessments on one version', () => {
  const pack = buildRubric([dimension('d1', [indicator('a'), indicator('b')]), dimension('d2', [indicator('c')])]);
  const targets = packTargets(pack);

  it.each([
    ['closes a gap reached', { a: 1 }, { a: 3 }, ['a'], []],
    ['opens a gap fallen into', { a: 3 }, { a: 2 }, [], ['a']],
    ['opens a gap where it did not apply before', { a: 'na' }, { a: 1 }, [], ['a']],
    ['does not close a gap that became not applicable', { a: 1 }, { a: 'na' }, [], []],
  ] as const)('%s', (_, before, after, closed, opened) => {
    const c = compareAssessments(pack, { file: 'b.yaml', answers: answers({ b: 3, c: 3, ...before }) }, { file: 'f.yaml', answers: answers({ b: 3, c: 3, ...after }) }, targets, {
      version: 'test',
    });
    expect(c.closed.map((g) => g.indicator)).toEqual(closed);
    expect(c.opened.map((g) => g.indicator)).toEqual(opened);
  });

  it('names a decline that stays inside a gap, which opens nothing', () => {
    const c = compareAssessments(pack, { file: 'b.yaml', answers: answers({ a: 2, b: 4, c: 3 }) }, { file: 'f.yaml', answers: answers({ a: 1, b: 3, c: 3 }) }, targets, {
      version: 'test',
    });
    expect(c.opened).toEqual([]);
    expect(c.declined.map((g) => [g.indicator, g.levelBefore, g.levelAfter])).toEqual([
      ['a', 2, 1],
      ['b', 4, 3],
    ]);
    expect(c.remaining.map((g) => g.indicator)).toEqual(['a']);
  });

  it('names the next actions by recommendation id and says which were called for at baseline', () => {
    const c = compareAssessments(pack, { file: 'b.yaml', answers: answers({ a: 1, b: 4, c: 4 }) }, { file: 'f.yaml', answers: answers({ a: 2, b: 2, c: 4 }) }, targets, {
      version: 'test',
    });
    expect(c.remaining.map((g) => g.indicator).sort()).toEqual(['a', 'b']);
    expect(c.next.map((r) => [r.id, r.carriedOver]).sort()).toEqual([
      ['a-deep', true],
      ['a-quick', true],
      ['b-deep', false],
      ['b-quick', false],
    ]);
  });

  it('lists indicators answered in only one file', () => {
    const c = compareAssessments(pack, { file: 'b.yaml', answers: answers({ a: 1 }) }, { file: 'f.yaml', answers: answers({ b: 'dk' }) }, targets, { version: 'test' });
    expect(c.answeredInOne).toEqual([
      { indicator: 'a', title: 'Indicator a', answeredIn: 'baseline' },
      { indicator: 'b', title: 'Indicator b', answeredIn: 'follow-up' },
    ]);
  });

  it('takes the change as the difference of the figures shown', () => {
    // 1/3 shows as 33.3 and 1/2 as 50.0: the change reads 16.7, not 16.666….
    const c = compareAssessments(pack, { file: 'b.yaml', answers: answers({ a: 4, b: 0, c: 0 }) }, { file: 'f.yaml', answers: answers({ a: 4, b: 0, c: 4 }) }, targets, {
      version: 'test',
    });
    expect(c.overall.change).toBe(50);
    expect(c.dimensions[1]?.change).toBe(100);
  });
});
