import { describe, expect, it } from '@jest/globals';
import { caught, said } from '../store/caught.js';
import { runLanguage } from '../../src/cli/run-language.js';
import { environmentLocale } from '../../src/core/translation/environment-locale.js';
import { canonicalTag, languageChain } from '../../src/core/translation/language-chain.js';
import { formatDate, formatDecimal, formatPercent } from '../../src/core/translation/locale-format.js';
import { pseudoText } from '../../src/core/translation/pseudo-locale.js';

describe('the language of a run', () => {
  it.each([
    [{ LANG: 'fr_CA.UTF-8' }, 'fr-CA'],
    [{ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' }, 'ru-RU'],
    [{ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8', LC_ALL: 'th_TH.UTF-8' }, 'th-TH'],
    [{ LANG: 'zh_CN.GB18030@pinyin' }, 'zh-CN'],
    [{ LANG: 'C.UTF-8' }, undefined],
    [{ LC_ALL: 'POSIX', LANG: 'fr_FR.UTF-8' }, undefined],
    [{ LC_ALL: '', LANG: 'de_DE' }, 'de-DE'],
    [{}, undefined],
  ])('follows LC_ALL, then LC_MESSAGES, then LANG: %j → %s', (env, tag) => {
    expect(environmentLocale(env)).toBe(tag);
  });

  it('takes --lang over the file, the file over the environment, and English last', () => {
    const env = { LANG: 'ru_RU.UTF-8' };
    expect(runLanguage('TH', 'fr', env)).toBe('th');
    expect(runLanguage(undefined, 'fr', env)).toBe('fr');
    expect(runLanguage(undefined, undefined, env)).toBe('ru-RU');
    expect(runLanguage(undefined, undefined, {})).toBe('en');
    expect(said(caught(() => runLanguage('français', undefined, {})))).toBe('--lang français is not a language tag.');
  });

  it.each([
    ['fr-CA', ['fr-CA', 'fr']],
    ['zh_hans_cn', ['zh-Hans-CN', 'zh-Hans', 'zh']],
    // Without a script, Chinese takes the one its region writes in.
    ['zh', ['zh-Hans', 'zh']],
    ['zh-CN', ['zh-CN', 'zh-Hans', 'zh']],
    ['zh_TW', ['zh-TW', 'zh-Hant', 'zh']],
    ['th', ['th']],
    ['en', []],
    ['en-GB', []],
    ['en-XA', ['en-XA']],
  ])('looks a text up from the most specific language to English: %s', (tag, chain) => {
    expect(languageChain(tag)).toEqual(chain);
  });

  it('spells tags as the files are named', () => {
    expect(canonicalTag('ZH-hans')).toBe('zh-Hans');
    expect(canonicalTag('fr_ca')).toBe('fr-CA');
  });
});

describe('numbers and dates for readers', () => {
  it('writes Thai dates in the Gregorian calendar unless another is asked for', () => {
    expect(formatDate('2026-03-14', 'th')).toBe('14 มีนาคม ค.ศ. 2026');
    expect(formatDate('2026-03-14', 'th', 'buddhist')).toMatch(/2569/);
    expect(new Intl.DateTimeFormat('th', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 2, 14)))).toMatch(/2569/);
  });

  it('writes Latin digits even where the locale has its own', () => {
    expect(formatDecimal(12.5, 1, 'ar-EG')).toMatch(/^12.5$/);
    expect(formatDecimal(12.5, 1, 'th-u-nu-thai')).toBe('12.5');
    expect(formatDate('2026-03-14', 'ar-EG')).toMatch(/14/);
  });

  it('uses the locale’s decimal sign and grouping in prose, and leaves English as toFixed writes it', () => {
    expect(formatDecimal(12345.67, 1, 'fr')).toBe('12\u202f345,7');
    expect(formatDecimal(42.5, 1, 'ru')).toBe('42,5');
    expect(formatDecimal(42.5, 1, 'zh-Hans')).toBe('42.5');
    expect(formatDecimal(1234.5, 1, 'en')).toBe('1234.5');
    expect(formatPercent(42, 'fr')).toBe('42\u00a0%');
    expect(formatPercent(14.25, 'en', 1)).toBe('14.3%');
    expect(formatPercent(14.25, 'de', 1)).toBe('14,3\u00a0%');
  });
});

describe('the pseudo-locale', () => {
  it('accents and lengthens the text, but not placeholders or ICU keywords', () => {
    expect(pseudoText('Page {page} of {pages}')).toBe('[Þàĝé {page} öƒ {pages}~~]');
    expect(pseudoText('{count, plural, one {# gap} other {# gaps}}')).toBe('[{count, plural, one {# ĝàþ} other {# ĝàþš}}~~~]');
  });
});
