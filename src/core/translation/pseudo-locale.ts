import type { Rubric } from '../types.js';
import { listTexts } from './map-texts.js';
import type { Overlay } from './overlay.js';
import { PSEUDO_LOCALE } from './language-chain.js';
import { textHash } from './text-hash.js';

/*
 * The pseudo-locale: every letter of English given an accent, every text a third longer and in
 * brackets. Shown in it, a text that still reads in plain letters was never looked up in a
 * catalog or overlay; a layout that breaks has too little room for French or Russian.
 */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'àƀçđéƒĝĥíĵķĺɱñöþǫŕšţüṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÜṼŴẊÝŽ'][i] ?? c]),
);

/** Accents the letters of a text and lengthens it, leaving digits, spaces and punctuation. */
export function pseudoText(text: string): string {
  const accented = [...text].map((c) => ACCENTED[c] ?? c).join('');
  const letters = [...text].filter((c) => c in ACCENTED).length;
  return `[${accented}${'~'.repeat(Math.ceil(letters / 3))}]`;
}

/** An overlay putting every text of the rubric into the pseudo-locale, current with its English. */
export function pseudoOverlay(rubric: Rubric): Overlay {
  return {
    language: PSEUDO_LOCALE,
    pack: rubric.id,
    status: 'draft',
    entries: listTexts(rubric).map(({ key, english }) => ({ key, hash: textHash(english), text: pseudoText(english) })),
  };
}
