import type { Messages } from '../messages/messages.js';

export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  /** A percentage: a trailing % sign is allowed. */
  readonly percent?: boolean;
  /** A count of people: no decimals. */
  readonly whole?: boolean;
}

type NumberReading = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: string };

// Spaces people put around or inside a number, including the no-break and thin spaces keyboards insert.
const SPACES = /[\s\u00a0\u2007\u202f]/g;

/**
 * Reads a number the way people type one: ` 12 `, `0,82` (a decimal comma), `38%` on a
 * percentage, `1 000` or `1,000,000` (grouped thousands). A lone comma before three digits, as
 * in `1,500`, is refused as ambiguous rather than guessed. Otherwise the problem is said in
 * words, with an example of what would be accepted.
 */
export function readNumber(text: string, rule: NumberRule, { t }: Messages): NumberReading {
  const shown = text.trim();
  const example = t(rule.percent === true ? 'number.example_percent' : rule.max !== undefined && rule.max <= 10 ? 'number.example_decimal' : 'number.example_count');
  const fail = (problem: string): NumberReading => ({ ok: false, problem });
  if (shown === '') return fail(t('number.empty', { example }));

  let body = shown.replace(/^[−–]/, '-');
  if (body.endsWith('%')) {
    if (rule.percent !== true) return fail(t('number.not_percentage', { example }));
    body = body.slice(0, -1);
  }
  if (!/^[\d.,\s\u00a0\u2007\u202f-]+$/.test(body)) return fail(t('number.not_number', { typed: shown, example }));
  const grouped = /^-?\d{1,3}([ \u00a0\u2007\u202f]\d{3})+([.,]\d+)?$/.test(body.trim());
  body = grouped ? body.replace(SPACES, '') : body.trim();
  if (/\s/.test(body)) return fail(t('number.space_inside', { typed: shown, example }));

  const normalised = decimalPoint(body);
  if (normalised === 'ambiguous') {
    return fail(t('number.ambiguous', { typed: shown, grouped: body.replace(',', ''), decimal: body.replace(',', '.') }));
  }
  if (normalised === undefined || !/^-?(\d+\.?\d*|\.\d+)$/.test(normalised)) {
    return fail(t('number.not_number', { typed: shown, example }));
  }
  const value = Number(normalised);
  const range = t(rule.min !== undefined && rule.max !== undefined ? 'number.range_both' : rule.min !== undefined ? 'number.range_min' : 'number.range_max', { min: rule.min ?? '', max: rule.max ?? '' });
  if (rule.whole === true && !Number.isInteger(value)) return fail(t('number.not_whole', { value: normalised }));
  if (rule.min !== undefined && value < rule.min) return fail(t('number.too_small', { value: normalised, min: rule.min, range }));
  if (rule.max !== undefined && value > rule.max) return fail(t('number.too_large', { value: normalised, max: rule.max, range }));
  return { ok: true, value };
}

/**
 * Rewrites a number written with commas and points so that only a decimal point remains:
 * undefined when the separators make no sense, 'ambiguous' when a comma could be either.
 */
function decimalPoint(body: string): string | 'ambiguous' | undefined {
  const commas = body.split(',').length - 1;
  const points = body.split('.').length - 1;
  if (commas === 0) return points <= 1 ? body : groups(body, '.');
  if (points === 0) {
    if (commas > 1) return groups(body, ',');
    // 0,820 can only be a decimal; 1,500 could be fifteen hundred.
    return /^-?[1-9]\d{0,2},\d{3}$/.test(body) ? 'ambiguous' : body.replace(',', '.');
  }
  // Both: the last separator is the decimal mark and the other one groups thousands.
  const decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
  const group = decimal === ',' ? '.' : ',';
  const at = body.lastIndexOf(decimal);
  const whole = groups(body.slice(0, at), group);
  return whole === undefined || body.slice(at + 1).includes(group) ? undefined : `${whole}.${body.slice(at + 1)}`;
}

/** `1,234,567` → `1234567` when every group after the first has three digits. */
function groups(body: string, separator: string): string | undefined {
  const parts = body.split(separator);
  const [first, ...rest] = parts;
  if (first === undefined || !/^-?\d{1,3}$/.test(first) || rest.some((p) => !/^\d{3}$/.test(p))) return undefined;
  return parts.join('');
}
