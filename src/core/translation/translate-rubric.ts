import type { Rubric } from '../types.js';
import { compareOverlay, contextOf } from './compare-overlay.js';
import { mapTexts } from './map-texts.js';
import type { Overlay } from './overlay.js';

/**
 * The rubric with its texts in the overlays' language, for display. `overlays` go from the most
 * specific language to the least (fr-CA, then fr); each text comes from the first that has it
 * translated from the English as it stands, else stays in English. So a reader never sees a
 * translation of words the pack no longer says. Everything scoring reads is untouched.
 */
export function translateRubric(rubric: Rubric, overlays: readonly Overlay[]): Rubric {
  const [first] = overlays;
  if (first === undefined) return rubric;
  const current = new Map<string, string>();
  for (const overlay of [...overlays].reverse()) {
    for (const e of compareOverlay(rubric, overlay).current) current.set(contextOf(e.key), e.text);
  }
  let untranslated = 0;
  const translated = mapTexts(rubric, (key, english) => {
    const text = current.get(contextOf(key));
    if (text === undefined) untranslated++;
    return text ?? english;
  });
  const reviewed = overlays.every((o) => o.status === 'reviewed');
  return {
    ...translated,
    language: first.language,
    translation: {
      language: first.language,
      status: reviewed ? 'reviewed' : 'draft',
      ...(reviewed && first.reviewer !== undefined ? { reviewer: first.reviewer } : {}),
      ...(reviewed && first.reviewed !== undefined ? { reviewed: first.reviewed } : {}),
      untranslated,
    },
  };
}
