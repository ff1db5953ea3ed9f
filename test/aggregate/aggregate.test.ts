import { describe, expect, it } from '@jest/globals';
import { loadMessages } from '../../src/cli/load-messages.js';
import { join } from 'node:path';
import { aggregate } from '../../src/cli/commands/aggregate.js';
import { bundledTemplate, loadTemplate } from '../../src/cli/load-template.js';
import { loadFont } from '../../src/cli/load-font.js';
import type { Io } from '../../src/cli/io.js';
import { loadAnswers } from '../../src/store/load-answers.js';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { scoreRecord } from '../../src/core/aggregate/assessment-record.js';
import { distributionOf } from '../../src/core/aggregate/distribution.js';
import { UserError } from '../../src/core/errors.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import { aggregateReporters } from '../../src/report/aggregate/index.js';
import { renderAggregateSummary } from '../../src/report/aggregate/render-aggregate-summary.js';
import { MINI_PACK } from '../fixtures/mini-assessment.js';
import { matchGolden } from '../compare/match-golden.js';
import { readCsv } from '../read-csv.js';
import { overviewOf, streamedText } from './fold-records.js';

const ROOT = join(import.meta.dirname, '..', '..');
const WORKSHOP = ['red', 'blue', 'green'].map((g) => `test/fixtures/aggregate/workshop/${g}.yaml`);
const { rubric } = await loadRubric(MINI_PACK);
const bundled = await loadTemplate(bundledTemplate);

function records(files: readonly string[]) {
  return files.map((file) => {
    const { answers } = loadAnswers(join(ROOT, file), rubric);
    return scoreRecord(rubric, answers, packTargets(rubric), file, file);
  });
}

function capture(): { io: Io; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { out: (t) => (out += t), err: (t) => (err += t), colour: false, unicode: true, columns: 80, stdinIsTty: false, errIsTty: false, errColumns: 80, rows: 24 },
    out: () => out,
    err: () => err,
  };
}

describe('distributionOf', () => {
  it.each([
    [[], { n: 0, mean: null, median: null, min: null, max: null, sd: null }],
    [[2], { n: 1, mean: 2, median: 2, min: 2, max: 2, sd: 0 }],
    [[0, 4], { n: 2, mean: 2, median: 2, min: 0, max: 4, sd: 2 }],
    [[3, 1, 2], { n: 3, mean: 2, median: 2, min: 1, max: 3, sd: Math.sqrt(2 / 3) }],
    [[0, 0, 4, 4], { n: 4, mean: 2, median: 2, min: 0, max: 4, sd: 2 }],
  ])('%j', (values, expected) => {
    const d = distributionOf(values);
    expect({ ...d, sd: d.sd === null ? null : Number(d.sd.toFixed(12)) }).toEqual({ ...expected, sd: expected.sd === null ? null : Number(expected.sd.toFixed(12)) });
  });

  it('tells a split room from one outlier, which the range cannot', () => {
    expect(distributionOf([0, 0, 4, 4]).sd).toBeGreaterThan(distributionOf([0, 4, 4, 4]).sd ?? Infinity);
  });
});

describe('workshop mode', () => {
  const summary = overviewOf(rubric, records(WORKSHOP), { version: '0.0.0-test', workshop: true });
  const view = summary.workshop?.[0];

  it('ranks the disagreements as worked out by hand', () => {
    // Levels (red, blue, green): moderation 2, 0, n/a → SD 1, range 2, split;
    // data-kept 2, 2, 0 and share-women 2, 2, 0 (don't know) → SD √(8/9) ≈ 0.943, range 2, rubric order;
    // strategy 0, 2, 1 → SD √(2/3) ≈ 0.816; online-services 1, 2, 1 → SD √(2/9) ≈ 0.471.
    expect(view?.prompts.map((p) => p.id)).toEqual(['moderation', 'data-kept', 'share-women', 'strategy', 'online-services']);
    expect(view?.prompts.map((p) => Number((p.spread ?? 0).toFixed(3)))).toEqual([1, 0.943, 0.943, 0.816, 0.471]);
    expect(view?.prompts[0]?.applicabilitySplit).toBe(true);
    expect(view?.prompts[0]?.question).toBe('Are spaces moderated?');
  });

  it('lists every disagreement widest first, and the agreed indicators apart', async () => {
    expect(view?.disagreements).toEqual(['moderation', 'data-kept', 'share-women', 'strategy', 'online-services']);
    const md = String((await aggregateReporters.md.render({ overview: summary, template: bundled, loadFont })).content);
    expect(md).toContain('### Where the groups differ (5), widest first');
    expect(md).toContain('| Share of women | 2 | 2 | don\'t know | 0.9 |');
    expect(md).not.toContain('fixtures/aggregate/workshop/red.yaml);');
  });

  it('shows each group under its meta.group label, side by side', () => {
    expect(view?.groups.map((g) => g.label)).toEqual(['Red', 'Blue', 'Green']);
    expect(view?.indicators.find((i) => i.id === 'strategy')?.answers.map((a) => a.level)).toEqual([0, 2, 1]);
  });

  it('matches the golden Markdown and JSON', async () => {
    matchGolden('aggregate/workshop.md', String((await aggregateReporters.md.render({ overview: summary, template: bundled, loadFont })).content));
    matchGolden('aggregate/workshop.json', streamedText('json', rubric, records(WORKSHOP), { version: '0.0.0-test', workshop: true }));
  });

  it('prints a terminal summary no wider than 80 columns', () => {
    const text = renderAggregateSummary(summary, { wording: bundled.wording, messages: loadMessages('en'), columns: 80 });
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(text).toContain(' 1. Moderation — SD 1.0, range 2, split on whether it applies');
  });

  it('writes figures with the decimal comma in French, in the report and on the terminal', async () => {
    const template = await loadTemplate(bundledTemplate, () => {}, 'fr');
    const md = String((await aggregateReporters.md.render({ overview: summary, template, loadFont })).content);
    // The median index is 66.7 and the mean 57.4, as the English golden file says.
    expect(md).toContain('66,7');
    expect(md).toContain('57,4');
    expect(md).not.toMatch(/\b(66\.7|57\.4)\b/);
    const text = renderAggregateSummary(summary, { wording: template.wording, messages: loadMessages('fr'), columns: 80 });
    expect(text).toContain('66,7');
    expect(text).toContain('Moderation — ÉT 1,0, moyenne 1,0');
  });
});

describe('agreement between the workshop groups', () => {
  const render = async (overview: ReturnType<typeof overviewOf>) => String((await aggregateReporters.md.render({ overview, template: bundled, loadFont })).content);

  it('measures the fixture as worked out by hand', () => {
    // Levels (red, blue, green), missing values left out: strategy 0, 2, 1; data-kept 2, 2, 0;
    // online-services 1, 2, 1; moderation 2, 0, – (not applicable for Green through applies_if);
    // share-women 2, 2, – (don't know): 13 values. Coincidences off the diagonal, each way:
    // o01 = 1/2, o02 = 1/2 + 1 + 1 = 5/2, o12 = 1/2 + 1 = 3/2; marginals n0 = 3, n1 = 3, n2 = 7.
    // Ordinal δ²: (0,1) = (6 − 3)² = 9, (0,2) = (13 − 5)² = 64, (1,2) = (10 − 5)² = 25.
    // Σ o δ² = 2 · (9/2 + 5/2 · 64 + 3/2 · 25) = 404; Σ n n δ² = 2 · (9 · 9 + 21 · 64 + 21 · 25) = 3900;
    // α = 1 − 12 · 404 / 3900 = −79/325 = −0.243.
    // Red–Blue: pairs (0,2) (2,2) (1,2) (2,0) (2,2): D_o = 9/5; means 1.4 and 1.6, variances 0.64
    // and 0.64, so D_e = 0.64 + 0.64 + 0.2² = 1.32 and κ = 1 − 1.8/1.32 = −4/11.
    // Red–Green and Blue–Green share only 3 indicators.
    const summary = overviewOf(rubric, records(WORKSHOP), { version: 'test', workshop: true });
    const m = summary.agreement?.ministries[0];
    expect(m?.all).toMatchObject({ verdict: 'unreliable', indicators: 5, values: 13 });
    expect(m?.all.alpha).toBeCloseTo(-79 / 325, 12);
    expect(m?.dimensions.map((d) => [d.id, d.verdict, d.indicators])).toEqual([
      ['alpha', 'too-few', 2],
      ['beta', 'too-few', 3],
    ]);
    expect(m?.pairs?.map((p) => [p.groups.join('–'), p.all.verdict, p.all.indicators])).toEqual([
      ['Red–Blue', 'poor', 5],
      ['Red–Green', 'too-few', 3],
      ['Blue–Green', 'too-few', 3],
    ]);
    expect(m?.pairs?.[0]?.all.kappa).toBeCloseTo(-4 / 11, 12);
  });

  it('is measured with --agreement alone, without the workshop views', async () => {
    const summary = overviewOf(rubric, records(WORKSHOP), { version: 'test', agreement: true });
    expect(summary.workshop).toBeNull();
    expect(summary.agreement?.ministries).toHaveLength(1);
    const md = await render(summary);
    expect(md).toContain('## Agreement between groups');
    expect(md).not.toContain('## Workshop');
    expect(overviewOf(rubric, records(WORKSHOP), { version: 'test' }).agreement).toBeNull();
  });

  it('says so when no ministry was assessed twice', async () => {
    const rs = records(WORKSHOP).map((r, k) => ({ ...r, ministry: `Ministry ${k}` }));
    const summary = overviewOf(rubric, rs, { version: 'test', agreement: true });
    expect(summary.agreement?.ministries).toEqual([]);
    expect(await render(summary)).toContain('No ministry was assessed by two or more groups, so there is no agreement to measure.');
  });

  it('leaves pairs out beyond twelve groups and says why', async () => {
    const [first] = records(WORKSHOP);
    if (first === undefined) throw new Error('no fixture');
    const rs = Array.from({ length: 13 }, (_, k) => ({ ...first, group: `G${k + 1}`, file: `g${k + 1}.yaml` }));
    const summary = overviewOf(rubric, rs, { version: 'test', agreement: true });
    expect(summary.agreement?.ministries[0]?.pairs).toBeNull();
    expect(await render(summary)).toContain('With 13 groups there are 78 pairs, too many to read one by one; alpha above covers every group at once.');
  });

  it('prints alpha, kappa and the reading in the terminal summary, within 80 columns', () => {
    const summary = overviewOf(rubric, records(WORKSHOP), { version: 'test', workshop: true });
    const text = renderAggregateSummary(summary, { wording: bundled.wording, messages: loadMessages('en'), columns: 80 });
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(text).toContain('Across all indicators the groups agree poorly (alpha -0.243). Too few answers to\nmeasure agreement on Alpha and Beta.');
    expect(text).toContain('\n  All indicators           -0.243     5  not reliable\n');
    expect(text).toContain('\n  Red and Blue\n    All indicators          -0.36     5  poor\n');
    expect(text).toContain('\n    Beta                        –     1  too few answers to measure agreement\n');
  });
});

describe('grouping and CSV', () => {
  it('breaks the figures down by the value asked for', () => {
    const summary = overviewOf(rubric, records(WORKSHOP), { version: 'test', by: 'group' });
    expect(summary.groups.map((g) => [g.key, g.count])).toEqual([
      ['Blue', 1],
      ['Green', 1],
      ['Red', 1],
    ]);
    expect(summary.all.indicators.find((i) => i.id === 'moderation')).toMatchObject({ notApplicable: 1, belowTarget: 1, levels: { n: 2, mean: 1 } });
  });

  it('sets the scores of single-assessment groups side by side, with no n = 1 statistics', async () => {
    const rs = records(WORKSHOP);
    const summary = overviewOf(rubric, rs, { version: 'test', by: 'group' });
    const md = String((await aggregateReporters.md.render({ overview: summary, template: bundled, loadFont })).content);
    expect(md).toContain('### Scores by group');
    expect(md).toMatch(/\| Blue \| \d+\.\d \| \d+\.\d \| \d+\.\d \|\n/);
    expect(md).not.toMatch(/\| (Blue|Green|Red) \| 1 \|/);
    expect(md).not.toContain(', by group');
    expect(md).toContain('Level by group:');
  });

  it('shows a group of one beside larger groups by its value alone', async () => {
    const rs = records([...WORKSHOP, WORKSHOP[0] ?? '']);
    const summary = overviewOf(rubric, rs, { version: 'test', by: 'group' });
    const md = String((await aggregateReporters.md.render({ overview: summary, template: bundled, loadFont })).content);
    const red = summary.groups.find((g) => g.key === 'Red');
    expect(red?.count).toBe(2);
    // Blue holds one file: n, mean, and three empty cells; Red holds two and shows its spread.
    expect(md).toMatch(/\| Blue \| 1 \| \d+\.\d \|  \|  \|  \|\n/);
    expect(md).toMatch(/\| Red \| 2 \| \d+\.\d \| \d+\.\d \| [\d.]+–[\d.]+ \| 0\.0 \|\n/);
  });

  it('writes one row per assessment and indicator that reads back intact', () => {
    const rs = records(WORKSHOP);
    const csv = streamedText('csv', rubric, rs, { version: 'test' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = readCsv(csv.slice(1));
    expect(header).toEqual(['file', 'ministry', 'country', 'group', 'dimension_id', 'indicator_id', 'status', 'applicable', 'level', 'score', 'target', 'gap']);
    expect(rows).toHaveLength(3 * 5);
    const green = rows.filter((r) => r[3] === 'Green');
    expect(green.find((r) => r[5] === 'moderation')).toEqual([WORKSHOP[2], 'Ministry of Tests', 'Testland', 'Green', 'beta', 'moderation', 'answered', 'no', '', '', '2', '']);
    expect(green.find((r) => r[5] === 'share-women')).toEqual([WORKSHOP[2], 'Ministry of Tests', 'Testland', 'Green', 'beta', 'share-women', 'dont-know', 'yes', '0', '0.0', '2', '2']);
  });

  it('quotes fields as RFC 4180 requires', () => {
    const rs = records(WORKSHOP).map((r) => ({ ...r, ministry: 'Ministry of "Tests", Roads\nand Bridges' }));
    const csv = streamedText('csv', rubric, rs, { version: 'test' });
    expect(readCsv(csv.slice(1))[1]?.[1]).toBe('Ministry of "Tests", Roads\nand Bridges');
  });

  it('neutralises cells a spreadsheet would run as formulas, and leaves the figures numbers', () => {
    const rs = records(WORKSHOP).map((r) => ({ ...r, ministry: '=WEBSERVICE("http://example.org")', group: '-Green', file: '@groups/green.yaml' }));
    const csv = streamedText('csv', rubric, rs, { version: 'test' });
    const row = readCsv(csv.slice(1)).find((r) => r[5] === 'share-women');
    expect(row?.slice(0, 4)).toEqual(["'@groups/green.yaml", `'=WEBSERVICE("http://example.org")`, 'Testland', "'-Green"]);
    for (const cell of row?.slice(8) ?? []) expect(cell).toMatch(/^(-?\d+(\.\d+)?)?$/);
  });
});

describe('gret aggregate on a folder with bad files among good ones', () => {
  it('skips and lists the bad files with their positions, and summarises the good ones', async () => {
    const { io, out, err } = capture();
    const code = await aggregate(io, ['test/fixtures/aggregate/mixed'], { rubric: MINI_PACK });
    expect(code).toBe(0);
    expect(out()).toContain('2 assessments of mini 1.1.0');
    expect(out()).toContain('2 files skipped');
    expect(err()).toContain('gret: skipped 2 of 4 files');
    expect(err()).toMatch(/\n {4}test\/fixtures\/aggregate\/mixed\/broken\.yaml:3:13: the "\[" here is never closed.*\[YAML_UNCLOSED_BRACKET\]/);
    expect(err()).toMatch(/\n {4}test\/fixtures\/aggregate\/mixed\/invalid\.yaml:11:15: .*\[ANSWER_INVALID\]/);
  });

  it('fails with a usage error when no file can be read', async () => {
    const { io } = capture();
    await expect(aggregate(io, ['test/fixtures/aggregate/mixed/broken.yaml'], { rubric: MINI_PACK })).rejects.toThrow(UserError);
  });
});
