import type { Issue } from '../core/issues.js';
import { overlayChain } from '../core/translation/language-chain.js';
import type { Rubric } from '../core/types.js';

/**
 * The rubric shown in `language`, with what its maintainers should know (stale entries). In the
 * pack's own language nothing is read or loaded: an English run never opens a translation file,
 * nor pays for the validator that checks one.
 */
export async function translatedRubric(rubric: Rubric, packRoot: string, language: string): Promise<{ rubric: Rubric; warnings: Issue[] }> {
  if (overlayChain(rubric, language).length === 0) return { rubric, warnings: [] };
  const [{ loadOverlays }, { translateRubric }] = await Promise.all([import('./load-translation.js'), import('../core/translation/translate-rubric.js')]);
  const overlays = loadOverlays(rubric, packRoot, language);
  return { rubric: translateRubric(rubric, overlays.map((o) => o.overlay)), warnings: overlays.flatMap((o) => o.warnings) };
}
