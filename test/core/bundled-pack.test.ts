import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/core/errors.js';
import { changesSince } from '../../src/core/compare/changes-since.js';
import { loadAnswers } from '../../src/store/load-answers.js';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { reachableLevels } from '../../src/core/scoring/reachable-levels.js';

const ROOT = join(import.meta.dirname, '..', '..');
const { rubric } = await loadRubric(join(ROOT, 'rubrics', 'egov-women'), { compiled: false });
const indicators = rubric.dimensions.flatMap((d) => d.indicators);

describe.each(['egov-women', 'egov-women-national', 'egov-women-service'])('the bundled %s pack', (name) => {
  it('validates with no problems and no warnings', async () => {
    expect((await loadRubric(join(ROOT, 'rubrics', name), { compiled: false })).warnings).toEqual([]);
  });

  it('links every indicator to evidence for its top level and cites its sources', async () => {
    const pack = (await loadRubric(join(ROOT, 'rubrics', name), { compiled: false })).rubric;
    for (const i of pack.dimensions.flatMap((d) => d.indicators)) {
      expect(i.evidence[pack.maxLevel] ?? null).not.toBeNull();
      expect(i.sources.length).toBeGreaterThanOrEqual(1);
    }
    expect(pack.glossary.length).toBeGreaterThanOrEqual(5);
  });
});

describe('the bundled egov-women pack', () => {
  it('has four dimensions and 32 to 40 indicators, none of them national', () => {
    expect(rubric.dimensions.map((d) => d.id)).toEqual(['institutions', 'service-delivery', 'participation', 'connectivity']);
    expect(indicators.length).toBeGreaterThanOrEqual(32);
    expect(indicators.length).toBeLessThanOrEqual(40);
    expect(indicators.filter((i) => i.scope === 'national')).toEqual([]);
  });

  it('marks at least four indicators critical and mixes answer types', () => {
    expect(indicators.filter((i) => i.critical).length).toBeGreaterThanOrEqual(4);
    expect(new Set(indicators.map((i) => i.type)).size).toBeGreaterThanOrEqual(4);
  });

  it('gives every indicator a descriptor for each level its answers reach and no other, two or more recommendations and cited sources', () => {
    for (const i of indicators) {
      const described = i.levels.flatMap((l, level) => (l === null ? [] : [level]));
      expect(described).toEqual([...reachableLevels(i, rubric.maxLevel)].sort((a, b) => a - b));
      expect(i.recommendations.length).toBeGreaterThanOrEqual(2);
      expect(i.sources.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('ships a sample assessment that answers it fully and loads without warnings', () => {
    const { answers, warnings: sampleWarnings } = loadAnswers(join(ROOT, 'templates', 'sample-assessment.yaml'), rubric);
    expect(sampleWarnings).toEqual([]);
    expect(answers.answers.size).toBe(indicators.length);
    expect(answers.meta.nationalProfile).toBe('sample-national-profile.yaml');
    const statuses = [...answers.answers.values()].map((a) => a.status);
    expect(statuses.filter((s) => s === 'not-applicable').length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s === 'dont-know').length).toBeGreaterThanOrEqual(1);
  });
});

describe('answers to versions 1.0.0 and 1.1.0 of the bundled pack', () => {
  const old = join(mkdtempSync(join(tmpdir(), 'gret-old-')), 'answers-1.1.0.yaml');
  // An answers file as 1.1.0 had it: a national indicator, the merged outreach question and the removed mentoring one.
  writeFileSync(
    old,
    [
      'format: gret-assessment/1',
      'meta: { ministry: M, country: C, assessors: [A], date: 2026-01-05, language: en, pack: { id: egov-women, version: 1.1.0 } }',
      'answers:',
      '  gender-in-digital-strategy: { answer: 2 }',
      '  outreach-womens-collectives: { answer: 4 }',
      '  women-mentoring-networks: { answer: "yes" }',
      '  gender-focal-point-digital: { answer: 2 }',
      '',
    ].join('\n'),
  );

  it('load, with a notice that names every change since, and the answers the pack no longer asks set aside', () => {
    const { answers, warnings: oldWarnings } = loadAnswers(old, rubric);
    expect(oldWarnings.map((w) => w.code)).toEqual(['PACK_VERSION', 'INDICATOR_REMOVED', 'INDICATOR_REMOVED', 'INDICATOR_REMOVED']);
    const notice = oldWarnings[0]?.message ?? '';
    expect(notice).toContain('answered against egov-women 1.1.0 but scored with 2.0.0; changes since: 2.0.0 Content revised');
    expect(notice).toContain('removed gender-in-digital-strategy');
    expect(notice).toContain('merged outreach-womens-collectives into eservice-awareness');
    expect(notice).toContain('re-scaled womens-uptake-parity');
    expect([...answers.answers.keys()]).toEqual(['gender-focal-point-digital']);
  });

  it('compare like with like: merged, re-scaled, added and removed indicators are listed, reworded ones compared with a note', () => {
    const changes = changesSince(rubric, ['1.1.0', '2.0.0']);
    const listed = new Map(changes.notCompared.map((n) => [n.indicator, n.change]));
    expect(listed.get('outreach-womens-collectives')).toBe('removed');
    expect(listed.get('eservice-awareness')).toBe('rescaled');
    expect(listed.get('womens-uptake-parity')).toBe('rescaled');
    expect(listed.get('gender-in-ministry-digital-plan')).toBe('added');
    expect(listed.get('gbv-help-channels')).toBe('removed');
    expect(changes.reworded.map((r) => r.indicator)).toContain('gender-focal-point-digital');
    expect(changes.reworded.map((r) => r.indicator)).not.toContain('womens-uptake-parity');
  });

  it('from 1.0.0 also list what 1.1.0 changed', () => {
    const changes = changesSince(rubric, ['1.0.0']);
    expect(changes.reworded.map((r) => r.indicator)).toEqual(expect.arrayContaining(['consultation-feedback-loop', 'safe-participation-spaces']));
    // Reworded in 1.1.0 and re-scaled in 2.0.0: not compared at all.
    expect(changes.notCompared.map((n) => n.indicator)).toContain('offline-route-kept');
  });
});

describe('the compiled form of the bundled pack', () => {
  it('is what validating the YAML gives (built by npm run build)', async () => {
    expect((await loadRubric(join(ROOT, 'rubrics', 'egov-women'))).rubric).toEqual(rubric);
  });

  // The compiled form is found by the folder's name: a copy under that name must be read afresh once any file differs.
  const copy = (): string => {
    const dir = join(mkdtempSync(join(tmpdir(), 'gret-compiled-')), 'egov-women');
    cpSync(join(ROOT, 'rubrics', 'egov-women'), dir, { recursive: true });
    return dir;
  };

  it('is taken for an unchanged copy of the pack', async () => {
    expect((await loadRubric(copy())).rubric).toEqual(rubric);
  });

  it('is not taken once a dimension file differs, though pack.yaml is the same', async () => {
    const dir = copy();
    const file = join(dir, 'connectivity.yaml');
    const title = rubric.dimensions.find((d) => d.id === 'connectivity')?.indicators[0]?.title ?? '';
    writeFileSync(file, readFileSync(file, 'utf8').replace(`title: ${title}`, `title: ${title} (as adapted)`));
    const loaded = (await loadRubric(dir)).rubric;
    expect(loaded.dimensions.find((d) => d.id === 'connectivity')?.indicators[0]?.title).toBe(`${title} (as adapted)`);
    expect(loaded.hash).not.toBe(rubric.hash);
  });

  it('is not taken when a file it was made from is missing, and the missing file is reported', async () => {
    const dir = copy();
    rmSync(join(dir, 'bibliography.yaml'));
    const failure = await loadRubric(dir).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as UserError).issues.map((i) => i.message)).toEqual([expect.stringContaining('bibliography.yaml cannot be read')]);
  });
});
