import { describe, expect, it } from '@jest/globals';
import { DeclaredLanguages } from '../../src/report/text/declared-languages.js';
import type { ScriptRun } from '../../src/report/text/script-runs.js';
import { textRuns } from '../../src/report/text/text-runs.js';

const none = new DeclaredLanguages([], 'en');

function runs(input: readonly ScriptRun[], declared = none) {
  return textRuns(input, { documentLanguage: 'en', declared }).map(({ text, lang, actual, link }) => ({ text, lang, actual, link }));
}

describe('textRuns', () => {
  it('cuts a declared text out of the wording around it and gives it the declared language', () => {
    const declared = new DeclaredLanguages([{ text: 'Ministère de la Femme', lang: 'fr' }], 'en');
    expect(runs([{ text: 'Agency: Ministère de la Femme', script: 'latin' }], declared)).toEqual([
      { text: 'Agency: ', lang: null, actual: false, link: null },
      { text: 'Ministère de la Femme', lang: 'fr', actual: false, link: null },
    ]);
  });

  it('keeps a declared language off text in another script, and off a part of a word', () => {
    const declared = new DeclaredLanguages([{ text: 'กรมการปกครอง', lang: 'fr' }, { text: 'Ana', lang: 'fr' }], 'en');
    expect(runs([{ text: 'กรมการปกครอง', script: 'thai' }], declared)).toEqual([{ text: 'กรมการปกครอง', lang: 'th', actual: true, link: null }]);
    expect(runs([{ text: 'Analysis by Ana', script: 'latin' }], declared).map((r) => [r.text, r.lang])).toEqual([
      ['Analysis by ', null],
      ['Ana', 'fr'],
    ]);
  });

  it('ignores a declared language that is the document\'s own', () => {
    const declared = new DeclaredLanguages([{ text: 'Ministry of Finance', lang: 'en-GB' }], 'en');
    expect(runs([{ text: 'Agency: Ministry of Finance', script: 'latin' }], declared)).toHaveLength(1);
  });

  it('makes a link of a web address, leaving the full stop after it out', () => {
    expect(runs([{ text: 'See https://example.gov/a.', script: 'latin' }])).toEqual([
      { text: 'See ', lang: null, actual: false, link: null },
      { text: 'https://example.gov/a', lang: null, actual: false, link: 'https://example.gov/a' },
      { text: '.', lang: null, actual: false, link: null },
    ]);
  });

  it.each([
    ['Vietnamese, whose letters the Latin font builds from parts', { text: 'Bộ đã công bố dịch vụ', script: 'latin' }, 'vi', true],
    ['kanji drawn with the Japanese font', { text: '女性', script: 'jp' }, 'ja', true],
    ['an arrow drawn with the Chinese font', { text: ' → ', script: 'sc' }, null, false],
    ['plain English', { text: 'Online services', script: 'latin' }, null, false],
  ] as const)('%s', (_, run, lang, actual) => {
    expect(runs([run])).toEqual([{ text: run.text, lang, actual, link: null }]);
  });
});
