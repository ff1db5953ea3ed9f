import type { Answer, Answers, Dimension, Indicator, Rubric } from '../src/core/types.js';

/** Small, explicit rubrics and answers for table-driven tests. */

export function indicator(id: string, overrides: Partial<Indicator> = {}): Indicator {
  const base: Indicator = {
    type: 'level',
    id,
    dimensionId: 'd1',
    title: `Indicator ${id}`,
    question: `Question ${id}?`,
    guidance: 'Guidance.',
    why: 'Why.',
    weight: 1,
    critical: false,
    scope: 'ministry',
    evidencePrompt: 'Evidence.',
    levels: ['none', 'some', 'defined', 'measured', 'institutionalised'],
    evidence: [null, null, null, null, null],
    sdg: [],
    crosswalk: [],
    recommendations: [
      { id: `${id}-quick`, text: `Quick step for ${id}`, below: 3, effort: 'low', horizon: 'quick-win', owner: 'Unit', sources: [] },
      { id: `${id}-deep`, text: `Deep change for ${id}`, below: 4, effort: 'high', horizon: 'structural', owner: 'Minister', sources: [] },
    ],
    sources: ['SRC'],
  };
  const built = { ...base, ...overrides } as Indicator;
  // A checklist without `requires` in the overrides needs no item for any level, as in a pack that gives none.
  return built.type === 'checklist' && !('requires' in overrides) ? { ...built, requires: [] } : built;
}

export function dimension(id: string, indicators: Indicator[], weight = 1): Dimension {
  return {
    id,
    title: `Dimension ${id}`,
    shortTitle: id,
    description: 'A dimension.',
    weight,
    indicators: indicators.map((i) => ({ ...i, dimensionId: id })),
  };
}

export function rubric(dimensions: Dimension[], overrides: Partial<Rubric> = {}): Rubric {
  return {
    id: 'test-pack',
    version: '1.0.0',
    hash: 'sha256:test',
    title: 'Test pack',
    description: 'A pack for tests.',
    language: 'en',
    scale: [0, 1, 2, 3, 4].map((level) => ({ level, label: `L${level}`, meaning: `Level ${level}` })),
    maxLevel: 4,
    bands: [
      { min: 0, label: 'Gender-blind', meaning: '' },
      { min: 0.25, label: 'Emerging', meaning: '' },
      { min: 0.5, label: 'Gender-responsive', meaning: '' },
      { min: 0.75, label: 'Transformative', meaning: '' },
    ],
    limitedScopeBelow: 0.85,
    defaultTarget: 3,
    dimensions,
    sources: [{ key: 'SRC', title: 'A source', organisation: 'Org', year: 2020, url: 'https://example.org', figures: [] }],
    glossary: [],
    changes: [],
    ...overrides,
  };
}

export type AnswerSpec = number | string | string[] | 'dk' | 'na' | Partial<Answer>;

/** `3` → answered level 3; 'dk' → don't know; 'na' → not applicable (outside mandate). */
export function answers(spec: Record<string, AnswerSpec>): Answers {
  const map = new Map<string, Answer>();
  for (const [id, s] of Object.entries(spec)) {
    if (s === 'dk') map.set(id, { status: 'dont-know', evidence: [] });
    else if (s === 'na') map.set(id, { status: 'not-applicable', naReason: 'outside-mandate', evidence: [] });
    else if (typeof s === 'number' || typeof s === 'string' || Array.isArray(s)) map.set(id, { status: 'answered', value: s, evidence: [] });
    else map.set(id, { status: 'answered', evidence: [], ...s });
  }
  return {
    meta: { ministry: 'Ministry', country: 'Country', assessors: [], date: '2026-01-01', language: 'en', pack: { id: 'test-pack', version: '1.0.0' } },
    answers: map,
  };
}
