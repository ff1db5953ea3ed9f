import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changesSince } from '../../src/core/compare/changes-since.js';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import { loadAnswers } from '../../src/store/load-answers.js';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { reachableLevels } from '../../src/core/scoring/reachable-levels.js';

const ROOT = join(import.meta.dirname, '..', '..');
const { rubric, warnings } = await loadRubric(join(ROOT, 'rubrics', 'egov-women'), { compiled: false });
const indicators = rubric.dimensions.flatMap((d) => d.indicators);

describe('the bundled egov-women pack', () => {
  it('validates with no problems and no warnings', () => {
    expect(warnings).toEqual([]);
  });

  it('has four dimensions and 36 to 44 indicators', () => {
    expect(rubric.dimensions.map((d) => d.id)).toEqual(['institutions', 'service-delivery', 'participation', 'connectivity']);
    expect(indicators.length).toBeGreaterThanOrEqual(36);
    expect(indicators.length).toBeLessThanOrEqual(44);
  });

  it('marks at least four indicators critical and mixes answer types', () => {
    expect(indicators.filter((i) => i.critical).length).toBeGreaterThanOrEqual(4);
    expect(new Set(indicators.map((i) => i.type)).size).toBeGreaterThanOrEqual(5);
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
    const statuses = [...answers.answers.values()].map((a) => a.status);
    expect(statuses.filter((s) => s === 'not-applicable').length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s === 'dont-know').length).toBeGreaterThanOrEqual(1);
  });
});

describe('answers to version 1.0.0 of the bundled pack', () => {
  const sample = join(ROOT, 'templates', 'sample-assessment.yaml');
  const old = join(mkdtempSync(join(tmpdir(), 'gret-old-')), 'answers-1.0.0.yaml');
  writeFileSync(old, readFileSync(sample, 'utf8').replace('version: 1.1.0 }', 'version: 1.0.0 }'));

  it('load, with a notice of what changed since', () => {
    const { warnings: oldWarnings } = loadAnswers(old, rubric);
    expect(oldWarnings.map((w) => w.code)).toEqual(['PACK_VERSION']);
    expect(oldWarnings[0]?.message).toContain('answered against egov-women 1.0.0 but scored with 1.1.0; changes since: 1.1.0 Scoring method revised.');
  });

  it('score under the current method, as the same answers to 1.1.0 do', () => {
    const scored = (file: string) => scoreAssessment(rubric, loadAnswers(file, rubric).answers, packTargets(rubric), { version: 'test' });
    const before = scored(old);
    const now = scored(sample);
    expect(before.overall).toEqual(now.overall);
    expect(before.dimensions).toEqual(now.dimensions);
  });

  it('compare with 1.1.0 answers indicator by indicator, the reworded questions noted', () => {
    const changes = changesSince(rubric, ['1.0.0', '1.1.0']);
    expect(changes.notCompared).toEqual([]);
    expect(changes.reworded.map((r) => r.indicator)).toEqual(['offline-route-kept', 'women-mentoring-networks', 'consultation-feedback-loop', 'safe-participation-spaces']);
  });
});

describe('the compiled form of the bundled pack', () => {
  it('is what validating the YAML gives (built by npm run build)', async () => {
    expect((await loadRubric(join(ROOT, 'rubrics', 'egov-women'))).rubric).toEqual(rubric);
  });
});
