import { pseudoText } from '../translation/pseudo-locale.js';
import { PSEUDO_LOCALE } from '../translation/language-chain.js';
import { formatMessage, type MessageValues } from './format-message.js';

/** A catalog's messages by key (`interview.finish`), as the shell read them from templates/messages/. */
export type Catalog = ReadonlyMap<string, string>;

/** The interface's words in one language: what the interview and the terminal print through. */
export interface Messages {
  readonly language: string;
  t(key: string, values?: MessageValues): string;
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
  return {
    language,
    t(key, values = {}) {
      for (const catalog of chain) {
        const message = catalog.get(key);
        if (message !== undefined) return formatMessage(message, values, language);
      }
      // Every key the code uses is in the English catalog (a test holds it to that); this shows one that is not.
      return `{${key}}`;
    },
  };
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
