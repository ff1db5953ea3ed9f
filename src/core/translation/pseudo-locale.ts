import { closingBrace } from '../messages/format-message.js';
import type { Rubric } from '../types.js';
import { listTexts } from './map-texts.js';
import type { Overlay } from './overlay.js';
import { PSEUDO_LOCALE } from './language-chain.js';
import { textHash } from './text-hash.js';

/*
 * The pseudo-locale: every letter of English given an accent, every text a third longer and in
 * brackets. Shown in it, a text that still reads in plain letters was never looked up in a
 * catalog or overlay; a layout that breaks has too little room for French or Russian.
 */
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTS = [...'àƀçđéƒĝĥíĵķĺɱñöþǫŕšţüṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÜṼŴẊÝŽ'];
const ACCENTED = new Map([...PLAIN].map((c, i) => [c, ACCENTS[i] ?? c]));

/**
 * Accents the letters of a text and lengthens it, leaving digits, spaces and punctuation, and
 * leaving alone what a program fills in or reads: `{name}` placeholders and the keywords of an
 * ICU plural or select (`{count, plural, one {# gap} other {# gaps}}` keeps all but "gap").
 */
export function pseudoText(text: string): string {
  let letters = 0;
  const accent = (s: string): string =>
    [...s]
      .map((c) => {
        const a = ACCENTED.get(c);
        if (a !== undefined) letters++;
        return a ?? c;
      })
      .join('');
  const body = mapLiterals(text, accent);
  return `[${body}${'~'.repeat(Math.ceil(letters / 3))}]`;
}

/** Applies `literal` to the text a reader sees, copying the ICU syntax around it as it is. */
function mapLiterals(text: string, literal: (s: string) => string): string {
  let out = '';
  let i = 0;
  let plain = '';
  const flush = (): void => {
    out += literal(plain);
    plain = '';
  };
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c !== '{') {
      plain += c;
      i++;
      continue;
    }
    flush();
    const end = closingBrace(text, i);
    const inner = text.slice(i + 1, end);
    const [name = '', type, ...rest] = inner.split(',');
    const kind = type?.trim();
    if (kind === 'plural' || kind === 'select' || kind === 'selectordinal') {
      out += `{${name},${type ?? ''},${mapOptions(rest.join(','), literal)}}`;
    } else {
      out += `{${inner}}`;
    }
    i = end + 1;
  }
  flush();
  return out;
}

/** `one {# gap} other {# gaps}`: keys kept, each body mapped. */
function mapOptions(options: string, literal: (s: string) => string): string {
  let out = '';
  let i = 0;
  while (i < options.length) {
    const open = options.indexOf('{', i);
    if (open === -1) {
      out += options.slice(i);
      break;
    }
    const close = closingBrace(options, open);
    out += `${options.slice(i, open)}{${mapLiterals(options.slice(open + 1, close), literal)}}`;
    i = close + 1;
  }
  return out;
}

/** An overlay putting every text of the rubric into the pseudo-locale, current with its English. */
export function pseudoOverlay(rubric: Rubric): Overlay {
  return {
    language: PSEUDO_LOCALE,
    pack: rubric.id,
    status: 'draft',
    entries: listTexts(rubric).map(({ key, english }) => ({ key, hash: textHash(english), text: pseudoText(english) })),
  };
}

/** The report's wording in the pseudo-locale: every phrase, with `language` set to it. */
export function pseudoWording(wording: unknown): unknown {
  const walk = (value: unknown, key: string | undefined): unknown => {
    if (key === 'language') return PSEUDO_LOCALE;
    if (typeof value === 'string') return pseudoText(value);
    if (Array.isArray(value)) return value.map((v) => walk(v, undefined));
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(wording, undefined);
}
