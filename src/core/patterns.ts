/**
 * The text patterns of the rubric schema, the template schema, the answers reader and the
 * interview's checks, written once so that a value one of them accepts the others accept too.
 */

export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SOURCE_KEY = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;
export const VERSION = /^\d+\.\d+\.\d+$/;
/** Year, month and day are captured for the calendar check. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
