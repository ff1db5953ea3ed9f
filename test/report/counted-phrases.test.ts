import { describe, expect, it } from '@jest/globals';
import { bundledTemplate, loadTemplate } from '../../src/cli/load-template.js';
import { fillCount } from '../../src/report/model/fill.js';

type Phrases = { [key: string]: string | Phrases };

/** Every `_one` / `_other` pair of the wording, with the path it sits at. */
function countedPairs(node: Phrases, path = ''): { path: string; one: string; other: string }[] {
  return Object.entries(node).flatMap(([key, value]) => {
    if (typeof value !== 'string') return countedPairs(value, `${path}${key}.`);
    if (!key.endsWith('_one')) return [];
    const other = node[`${key.slice(0, -4)}_other`];
    return typeof other === 'string' ? [{ path: `${path}${key.slice(0, -4)}`, one: value, other }] : [];
  });
}

const languages = ['en', 'fr', 'ru', 'zh-Hans', 'th'];

describe('counted phrases of the report wording', () => {
  it('gives Russian its three forms, chosen by the plural rules and not by "is it one"', async () => {
    const w = (await loadTemplate(bundledTemplate, () => {}, 'ru')).wording;
    const said = (n: number): string => fillCount(w.language, n, w.aggregate.assessments_one, w.aggregate.assessments_other);
    expect([1, 2, 5, 21, 22, 25, 111].map(said)).toEqual(['1 оценка', '2 оценки', '5 оценок', '21 оценка', '22 оценки', '25 оценок', '111 оценок']);
    expect(said(1000)).toBe('1\u00a0000 оценок');
  });

  it('keeps English to exactly one and any other count', async () => {
    const w = (await loadTemplate(bundledTemplate, () => {}, 'en')).wording;
    const said = (n: number): string => fillCount(w.language, n, w.aggregate.assessments_one, w.aggregate.assessments_other);
    expect([1, 0, 21, 1000].map(said)).toEqual(['1 assessment', '0 assessments', '21 assessments', '1000 assessments']);
  });

  it.each(languages)('leaves no brace unfilled in any counted phrase of %s, for any count', async (language) => {
    const w = (await loadTemplate(bundledTemplate, () => {}, language)).wording;
    const pairs = countedPairs(w as unknown as Phrases);
    expect(pairs.length).toBeGreaterThanOrEqual(15);
    const values = { titles: 'T', upper: '50', unknown: 'U' };
    const unfilled = pairs.flatMap(({ path, one, other }) =>
      [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1000]
        .map((n) => fillCount(w.language, n, one, other, values))
        .filter((text) => /[{}#]/.test(text))
        .map((text) => `${path}: ${text}`),
    );
    expect(unfilled).toEqual([]);
  });
});
