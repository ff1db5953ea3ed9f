import type { Assessment } from '../../core/assessment.js';

/** A text and the language its source says it is written in. */
export interface DeclaredText {
  readonly text: string;
  readonly lang: string;
}

/** Where a declared text sits inside a longer one. */
export interface LanguageRange {
  readonly start: number;
  readonly end: number;
  readonly lang: string;
}

/** What the assessors typed: names, notes, agencies and evidence, in the language the answers file declares. */
export function answerTexts(assessment: Assessment): DeclaredText[] {
  const { meta } = assessment;
  const typed = [
    meta.ministry,
    meta.country,
    ...meta.assessors,
    meta.group,
    ...assessment.dimensions.flatMap((d) =>
      d.indicators.flatMap((i) => [
        i.note,
        i.agency,
        i.exclusion?.kind === 'not-applicable' ? i.exclusion.note : null,
        ...i.evidence.flatMap((e) => [e.title, e.providedBy]),
      ]),
    ),
  ];
  const texts = new Set(typed.flatMap((t) => (t === undefined || t === null ? [] : t.split('\n'))).map((t) => t.trim()).filter((t) => t !== ''));
  return [...texts].map((text) => ({ text, lang: meta.language }));
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? '';
}

/**
 * Finds declared texts inside the texts a report draws, which join them with their own wording
 * ("Agency: …", "… (document seen)"), so that each keeps its language. Texts in the document's
 * own language need no mark and are left out.
 */
export class DeclaredLanguages {
  private readonly texts: readonly DeclaredText[];

  constructor(texts: readonly DeclaredText[], documentLanguage: string) {
    const own = primaryLanguage(documentLanguage);
    // Longest first, so that a note wins over a shorter name inside it.
    this.texts = texts.filter((t) => primaryLanguage(t.lang) !== own && [...t.text].length >= 2).sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
  }

  /** The declared texts found in a text as whole words, longest first, never overlapping, in text order. */
  ranges(text: string): LanguageRange[] {
    const found: LanguageRange[] = [];
    for (const { text: declared, lang } of this.texts) {
      if (declared.length > text.length) continue;
      for (let at = text.indexOf(declared); at !== -1; at = text.indexOf(declared, at + 1)) {
        const end = at + declared.length;
        const whole = !WORD_CHAR.test(text.charAt(at - 1)) && !WORD_CHAR.test(text.charAt(end));
        if (whole && found.every((r) => end <= r.start || at >= r.end)) found.push({ start: at, end, lang });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}
