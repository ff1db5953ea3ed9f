import { pseudoText } from '../translation/pseudo-locale.js';
import { PSEUDO_LOCALE } from '../translation/language-chain.js';
import { formatMessage, type MessageValues } from './format-message.js';

/** A catalog's messages by key (`interview.finish`), as the shell read them from templates/messages/. */
export type Catalog = ReadonlyMap<string, string>;

/**
 * A message not yet put into words: its key in the catalogs and what it fills in. A value may be
 * words of its own (what kind of file, the reason of an inner error), said in the same language.
 * The store and the checks give these, so that only the shell, knowing the run's language, says them.
 * A list of words is said one item a line, each line indented as a list under its message.
 */
export interface Words {
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number | Words | readonly Words[]>>;
}

/** The interface's words in one language: what the interview and the terminal print through. */
export interface Messages {
  readonly language: string;
  t(key: string, values?: MessageValues): string;
  /** A message as the catalog holds it, placeholders unfilled: words a core function fills itself. */
  phrase(key: string): string;
  /** Words said in this language, the words inside them first. */
  say(words: Words): string;
}

/**
 * Messages looked up key by key in `catalogs`, most specific language first and English last,
 * so a catalog that lacks a key (a message added since it was translated) shows the English. The
 * pseudo-locale is made from the English, so it always has every key.
 */
export function createMessages(language: string, catalogs: readonly Catalog[]): Messages {
  const pseudo = language === PSEUDO_LOCALE;
  const english = catalogs.at(-1);
  const chain = pseudo && english !== undefined ? [new Map([...english].map(([k, v]) => [k, pseudoText(v)]))] : catalogs;
  const phrase = (key: string): string => {
    for (const catalog of chain) {
      const message = catalog.get(key);
      if (message !== undefined) return message;
    }
    // Every key the code uses is in the English catalog (a test holds it to that); this shows one that is not.
    return `{${key}}`;
  };
  const t = (key: string, values: MessageValues = {}): string => formatMessage(phrase(key), values, language);
  function say(words: Words): string {
    return t(words.key, Object.fromEntries(Object.entries(words.values ?? {}).map(([name, value]) => [name, said(value)])));
  }
  function said(value: string | number | Words | readonly Words[]): string | number {
    if (typeof value !== 'object') return value;
    return isList(value) ? value.map((item) => `\n  ${say(item)}`).join('') : say(value);
  }
  return { language, t, phrase, say };
}

/** A nested YAML catalog as flat keys: `{ interview: { finish: … } }` → `interview.finish`. */
export function flattenCatalog(data: unknown, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return flat;
  for (const [key, value] of Object.entries(data)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flattenCatalog(value, path)) flat.set(k, v);
  }
  return flat;
}

function isList(value: Words | readonly Words[]): value is readonly Words[] {
  return Array.isArray(value);
}

/**
 * Items in a row, each joined to the rest by the message `key` ("{first}, {rest}"), so that the
 * language of the run chooses the separator: a comma in English, "、" in Chinese.
 */
export function series(items: readonly (string | Words)[], key: string): Words {
  const [first = '', ...rest] = items;
  return rest.length === 0 ? { key: 'words.item', values: { item: first } } : { key, values: { first, rest: series(rest, key) } };
}

/** Items joined as the language joins them ("a and b"), said with the words around them. */
export function conjunction(items: readonly string[]): Words {
  const [first = '', ...rest] = items;
  return rest.length === 0 ? { key: 'words.item', values: { item: first } } : { key: 'words.and', values: { first, rest: conjunction(rest) } };
}
