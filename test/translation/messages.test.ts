import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMessages, messagesFolder, readCatalog } from '../../src/cli/load-messages.js';
import { closingBrace, formatMessage } from '../../src/core/messages/format-message.js';
import { createMessages } from '../../src/core/messages/messages.js';

const ROOT = join(import.meta.dirname, '..', '..');
const english = readCatalog('en') ?? new Map<string, string>();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The {names} a message fills in, plural and select arguments included, and those inside their forms: `one {…}` is a form, not a name. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const read = (text: string): void => {
    for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i)) {
      const end = closingBrace(text, i);
      const [name = '', kind, ...rest] = text.slice(i + 1, end).split(',');
      names.add(name.trim());
      if (kind?.trim() === 'plural' || kind?.trim() === 'select') {
        const forms = rest.join(',');
        for (let f = forms.indexOf('{'); f !== -1; f = forms.indexOf('{', closingBrace(forms, f))) read(forms.slice(f + 1, closingBrace(forms, f)));
      }
      i = end;
    }
  };
  read(message);
  return [...names].sort();
}

describe('the interface message catalogs', () => {
  it('hold every message the code asks for by name', () => {
    // Asked for with t('…'), named as words for the shell to say: { key: '…' }, or given commander as a description to say in help.
    const used = sources(join(ROOT, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\b(?:t\(|key: )'([a-z_]+\.[a-z_.]+)'|'(help\.[a-z_]+\.[a-z_.]+)'/g)].map((m) => m[1] ?? m[2] ?? ''));
    expect(used.length).toBeGreaterThan(400);
    expect([...new Set(used)].filter((key) => !english.has(key))).toEqual([]);
  });

  it.each(readdirSync(messagesFolder).filter((f) => f !== 'en.yaml'))('%s has only keys of the English catalog, each with its placeholders', (file) => {
    const catalog = readCatalog(file.replace(/\.yaml$/, '')) ?? new Map<string, string>();
    expect(catalog.size).toBeGreaterThan(0);
    for (const [key, message] of catalog) {
      expect([key, english.has(key)]).toEqual([key, true]);
      expect([key, placeholders(message)]).toEqual([key, placeholders(english.get(key) ?? '')]);
    }
  });

  it('fall back message by message: fr-CA, then fr, then English', () => {
    const messages = createMessages('fr-CA', [new Map([['a', 'québécois']]), new Map([['a', 'français'], ['b', 'français']]), new Map([['a', 'English'], ['b', 'English'], ['c', 'English']])]);
    expect(['a', 'b', 'c'].map((k) => messages.t(k))).toEqual(['québécois', 'français', 'English']);
    expect(loadMessages('xx').t('interview.finish')).toBe(english.get('interview.finish'));
  });
});

describe('formatMessage', () => {
  const gaps = '{count, plural, =0 {no gap} one {# gap} few {# gaps (few)} many {# gaps (many)} other {# gaps}}';
  it.each([
    ['en', 0, 'no gap'],
    ['en', 1, '1 gap'],
    ['en', 2, '2 gaps'],
    ['ru', 1, '1 gap'],
    ['ru', 3, '3 gaps (few)'],
    ['ru', 5, '5 gaps (many)'],
    ['ru', 21, '21 gap'],
    ['fr', 1, '1 gap'],
    ['fr', 1500, '1\u202f500 gaps'],
    ['zh', 1, '1 gaps'],
    ['th', 1, '1 gaps'],
  ])('chooses the plural form of the language: %s %d', (locale, count, text) => {
    expect(formatMessage(gaps, { count }, locale)).toBe(text);
  });

  it('fills names and selects, and leaves an unknown name visible', () => {
    expect(formatMessage('{who} {kind, select, file {wrote the file} other {did something}} in {place}', { who: 'gret', kind: 'file' }, 'en')).toBe('gret wrote the file in {place}');
  });
});
