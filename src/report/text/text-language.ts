/**
 * The language of a piece of text, when its letters are mostly in a script that names one, so
 * that a screen reader switches voice for a note typed in Thai or Korean. Latin-script text is
 * left to the document language, except Vietnamese, whose tone marks identify it. Devanagari is
 * read as Hindi: a Hindi voice reads Marathi or Nepali far better than an English one.
 */
const SCRIPTS: readonly (readonly [RegExp, string])[] = [
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Khmer}/u, 'km'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
];

// Letters with horn or hook-above, or stacked tone marks, that only Vietnamese uses.
const VIETNAMESE = /[ơưƠƯđĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;

export function textLanguage(text: string, documentLanguage: string): string | null {
  if (/^[\u0000-\u024f]*$/u.test(text) && !VIETNAMESE.test(text)) return null;
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    letters += 1;
    if (char.charCodeAt(0) < 0x250) continue;
    const found = SCRIPTS.find(([test]) => test.test(char));
    if (found !== undefined) counts.set(found[1], (counts.get(found[1]) ?? 0) + 1);
  }
  // Kana alongside kanji make the text Japanese, not Chinese.
  if ((counts.get('ja') ?? 0) > 0) counts.set('ja', (counts.get('ja') ?? 0) + (counts.get('zh') ?? 0));
  let best: string | null = null;
  let most = 0;
  for (const [language, count] of counts) {
    if (count > most) [best, most] = [language, count];
  }
  if (best !== null && most * 2 > letters) return best === documentLanguage ? null : best;
  const vietnamese = [...text].filter((c) => VIETNAMESE.test(c)).length;
  // A Vietnamese name in an English sentence is not a Vietnamese sentence.
  if (letters > 0 && vietnamese / letters >= 0.1 && documentLanguage !== 'vi') return 'vi';
  return null;
}
