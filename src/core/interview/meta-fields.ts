import { ISO_DATE, isCalendarDate, LANGUAGE_TAG } from '../patterns.js';
import { hasControlChars } from '../sanitize.js';

/*
 * Checks for the values `gret init` asks for, shared by its prompts and its flags. Each returns
 * true, or a sentence saying what is wrong. They match the answers file's own schema.
 */

export function checkText(value: string): string | true {
  if (value.trim() === '') return 'Give a value; it cannot be empty.';
  return hasControlChars(value) ? 'It contains a control character; type it again as plain text.' : true;
}

export function checkDate(value: string): string | true {
  if (!ISO_DATE.test(value.trim())) return 'Write the date as YYYY-MM-DD, e.g. 2025-03-31.';
  return isCalendarDate(value.trim()) ? true : `${value.trim()} is not a date in the calendar.`;
}

export function checkLanguage(value: string): string | true {
  return LANGUAGE_TAG.test(value.trim()) ? true : 'Give a language tag such as en, fr or th.';
}

/** "Ana Lima; Ben Ortiz (Planning, M&E)" → ["Ana Lima", "Ben Ortiz (Planning, M&E)"]: a comma can be part of a name. */
export function splitNames(value: string): string[] {
  return value
    .split(';')
    .map((n) => n.trim())
    .filter((n) => n !== '');
}
