import { issue, type Issue, type Parsed } from '../issues.js';
import { quoted } from '../sanitize.js';
import type { Rubric } from '../types.js';
import { fromZod } from '../zod-issues.js';
import { compareOverlay, contextOf, overlayPath } from './compare-overlay.js';
import { PACK_TARGET } from './map-texts.js';
import type { Overlay, OverlayEntry } from './overlay.js';
import { overlaySchema } from './overlay-schema.js';

/**
 * Validates an overlay's data against its schema and its pack. What would mislead a reader is an
 * error: the wrong pack or language, a review claimed without a reviewer and date. What only
 * leaves a text in English is a warning: an entry whose English has changed (stale), and one
 * for a text the pack no longer has.
 */
export function parseOverlay(file: string, data: unknown, rubric: Rubric, language: string): Parsed<Overlay> {
  const parsed = overlaySchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: fromZod(file, parsed.error) };
  const o = parsed.data;
  const errors: Issue[] = [];
  if (o.pack !== rubric.id) errors.push(issue(file, ['pack'], 'OVERLAY_WRONG_PACK', `translates the pack ${quoted(o.pack)}, but it sits in the pack ${quoted(rubric.id)}`));
  if (o.language !== language) errors.push(issue(file, ['language'], 'OVERLAY_WRONG_LANGUAGE', `says ${quoted(o.language)}, but the file name says ${quoted(language)}`));
  if (o.status === 'reviewed' && (o.reviewer === undefined || o.reviewed === undefined)) {
    errors.push(issue(file, ['status'], 'REVIEW_UNSIGNED', 'a reviewed translation names its reviewer and the date of the review (reviewer:, reviewed:)'));
  }
  if (o.status === 'draft' && (o.reviewer !== undefined || o.reviewed !== undefined)) {
    errors.push(issue(file, [o.reviewer === undefined ? 'reviewed' : 'reviewer'], 'DRAFT_WITH_REVIEW', 'a draft has no reviewer yet: set status: reviewed once the review is done, or remove the reviewer'));
  }
  if (errors.length > 0) return { ok: false, issues: errors };

  const entries: OverlayEntry[] = [
    ...Object.entries(o.texts).map(([field, e]) => ({ key: { target: PACK_TARGET, field }, hash: e.hash, text: e.text })),
    ...Object.entries(o.indicators).flatMap(([target, fields]) => Object.entries(fields).map(([field, e]) => ({ key: { target, field }, hash: e.hash, text: e.text }))),
  ];
  const overlay: Overlay = {
    language: o.language,
    pack: o.pack,
    status: o.status,
    ...(o.reviewer === undefined ? {} : { reviewer: o.reviewer }),
    ...(o.reviewed === undefined ? {} : { reviewed: o.reviewed }),
    entries,
  };
  const coverage = compareOverlay(rubric, overlay);
  const warnings = [
    ...coverage.stale.map((e) =>
      issue(file, overlayPath(e.key), 'TRANSLATION_STALE', `${contextOf(e.key)}: the English has changed since this was translated, so it shows in English until translated again`, 'warning'),
    ),
    ...coverage.unknown.map((e) => issue(file, overlayPath(e.key), 'TRANSLATION_UNKNOWN', `${contextOf(e.key)}: the pack has no such text (removed or renamed), so this entry is not used`, 'warning')),
  ];
  return { ok: true, value: overlay, warnings };
}
