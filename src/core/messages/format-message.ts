/*
 * The part of ICU MessageFormat gret's catalogs use, in a few lines and no dependency: `{name}`,
 * `{count, plural, =0 {…} one {# gap} other {# gaps}}` with the plural categories of the
 * language (Intl.PluralRules: Russian has one, few and many), and `{kind, select, a {…} other
 * {…}}`. A brace cannot be written as text; no message needs one.
 */

export type MessageValues = Readonly<Record<string, string | number>>;

export function formatMessage(message: string, values: MessageValues, locale: string): string {
  let out = '';
  let i = 0;
  while (i < message.length) {
    const open = message.indexOf('{', i);
    if (open === -1) {
      out += message.slice(i);
      break;
    }
    out += message.slice(i, open);
    const close = closingBrace(message, open);
    out += argument(message.slice(open + 1, close), values, locale);
    i = close + 1;
  }
  return out;
}

function argument(inner: string, values: MessageValues, locale: string): string {
  const [rawName = '', rawKind, ...rest] = inner.split(',');
  const name = rawName.trim();
  const value = values[name];
  const kind = rawKind?.trim();
  if (kind !== 'plural' && kind !== 'select') return value === undefined ? `{${inner}}` : writtenNumber(value, locale);
  const options = parseOptions(rest.join(','));
  if (kind === 'select') return formatMessage(options.get(String(value)) ?? options.get('other') ?? '', values, locale);
  const n = typeof value === 'number' ? value : Number(value);
  const body = options.get(`=${n}`) ?? options.get(new Intl.PluralRules(locale).select(n)) ?? options.get('other') ?? '';
  return formatMessage(body.replace(/#/g, writtenNumber(n, locale)), values, locale);
}

/** Numbers in the reader's grouping, with Latin digits; English as String() writes them. */
function writtenNumber(value: string | number, locale: string): string {
  if (typeof value === 'string') return value;
  if (locale === 'en' || locale.startsWith('en-')) return String(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 20, numberingSystem: 'latn' }).format(value);
}

function parseOptions(text: string): Map<string, string> {
  const options = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open === -1) break;
    const close = closingBrace(text, open);
    options.set(text.slice(i, open).trim(), text.slice(open + 1, close));
    i = close + 1;
  }
  return options;
}

/** The index of the brace closing the one at `open`, or the text's end when it is never closed. */
export function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}
