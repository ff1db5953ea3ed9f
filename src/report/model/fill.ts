import { formatMessage } from '../../core/messages/format-message.js';

/** Fills `{name}` placeholders of a template phrase; unknown names are left visible, not dropped. */
export function fill(phrase: string, values: Readonly<Record<string, string | number>>): string {
  return phrase.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Fills the phrase of a `_one` / `_other` pair: `_one` for exactly one, `_other` for any other
 * count. The `_other` phrase may hold an ICU plural, `{count, plural, one {…} few {…} many {…}
 * other {…}}`, chosen by the language's own plural rules, as Russian needs for 21 (one), 22 (few)
 * and 25 (many); `{count}` is written in the language's grouping.
 */
export function fillCount(language: string, count: number, one: string, other: string, values: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(count === 1 ? one : other, { ...values, count }, language);
}
