/**
 * The text patterns of the rubric schema, the template schema, the answers reader and the
 * interview's checks, written once so that a value one of them accepts the others accept too.
 */

export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SOURCE_KEY = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;
/** A global SDG indicator: goal 1-17, target number or letter, indicator number (5.b.1, 16.10.2). */
export const SDG_INDICATOR = /^(1[0-7]|[1-9])\.([1-9][0-9]?|[a-z])\.[1-9]$/;
export const VERSION = /^\d+\.\d+\.\d+$/;
/** Year, month and day are captured for the calendar check. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a YYYY-MM-DD text that names a day of the Gregorian calendar: not 2026-13-40, not 2025-02-29. */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
