import type { Words } from '../messages/messages.js';
import { ISO_DATE, isCalendarDate, LANGUAGE_TAG } from '../patterns.js';
import { hasControlChars } from '../sanitize.js';

/*
 * Checks for the values `gret init` asks for, shared by its prompts and its flags. Each returns
 * true, or the words saying what is wrong. They match the answers file's own schema.
 */

export function checkText(value: string): Words | true {
  if (value.trim() === '') return { key: 'init.check.empty' };
  return hasControlChars(value) ? { key: 'init.check.control' } : true;
}

export function checkDate(value: string): Words | true {
  if (!ISO_DATE.test(value.trim())) return { key: 'init.check.date_form' };
  return isCalendarDate(value.trim()) ? true : { key: 'init.check.not_a_date', values: { date: value.trim() } };
}

export function checkLanguage(value: string): Words | true {
  return LANGUAGE_TAG.test(value.trim()) ? true : { key: 'init.check.language' };
}

/** "Ana Lima; Ben Ortiz (Planning, M&E)" → ["Ana Lima", "Ben Ortiz (Planning, M&E)"]: a comma can be part of a name. */
export function splitNames(value: string): string[] {
  return value
    .split(';')
    .map((n) => n.trim())
    .filter((n) => n !== '');
}
