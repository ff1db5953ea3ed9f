import { ISO_DATE } from '../patterns.js';

/*
 * Numbers and dates in a reader's language, for prose and tables a person reads; never for CSV
 * or JSON, which a program reads and which keep a dot and no grouping. Digits are Latin
 * whatever the locale's habit (ar-EG would write ١٢), and dates Gregorian (Thai would count
 * Buddhist years, 2569 for 2026), unless the wording asks for another calendar: a figure must
 * read the same in every copy of a report.
 */

function isEnglish(locale: string): boolean {
  return locale === 'en' || locale.startsWith('en-');
}

/** `value` with exactly `digits` decimals: 42.5 in English, 42,5 in French, 12 345,7 with grouping. */
export function formatDecimal(value: number, digits: number, locale: string): string {
  // English keeps toFixed's exact output, which every golden file and test of the report pins.
  if (isEnglish(locale)) return value.toFixed(digits);
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, numberingSystem: 'latn' }).format(value);
}

/** A percentage of a 0..100 figure with `digits` decimals: 42% or 14.3% in English, 42 % or 14,3 % in French. */
export function formatPercent(percent: number, locale: string, digits = 0): string {
  if (isEnglish(locale)) return `${digits === 0 ? String(percent) : percent.toFixed(digits)}%`;
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits, numberingSystem: 'latn' }).format(percent / 100);
}

/** A YYYY-MM-DD date written out in the locale: 14 mars 2026, 14 มีนาคม ค.ศ. 2026. */
export function formatDate(iso: string, locale: string, calendar = 'gregory'): string {
  const m = ISO_DATE.exec(iso);
  if (m === null) return iso;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC', calendar, numberingSystem: 'latn' }).format(day);
}
