import { describe, expect, it } from '@jest/globals';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { parseTargets } from '../../src/core/scoring/parse-targets.js';
import { MINI_PACK } from '../fixtures/mini-assessment.js';

const { rubric } = await loadRubric(MINI_PACK);

describe('targets files', () => {
  it('reports a value of the wrong shape and the checks against the rubric in one pass', () => {
    const parsed = parseTargets('t.yaml', { default: 9, dimensions: { gamma: 1, alpha: 2 }, indicators: { strategy: 'high', nope: 1 } }, rubric);
    expect(parsed.ok ? [] : parsed.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['indicators.strategy', 'SCHEMA_INVALID_TYPE'],
      ['default', 'LEVEL_OUT_OF_SCALE'],
      ['dimensions.gamma', 'UNKNOWN_DIMENSION'],
      ['indicators.nope', 'UNKNOWN_INDICATOR'],
    ]);
  });

  it('reports a level beyond any scale once, not also as off this scale', () => {
    const parsed = parseTargets('t.yaml', { default: 11 }, rubric);
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.code)).toEqual(['SCHEMA_TOO_BIG']);
  });

  it('accepts a valid file', () => {
    expect(parseTargets('t.yaml', { default: 2, dimensions: { alpha: 1 } }, rubric)).toEqual({
      ok: true,
      value: { source: 'file', default: 2, dimensions: { alpha: 1 }, indicators: {} },
      warnings: [],
    });
  });
});
