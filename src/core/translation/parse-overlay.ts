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
  if (o.pack !== rubric.id) errors.push(issue(file, ['pack'], 'OVERLAY_WRONG_PACK', { key: 'issues.OVERLAY_WRONG_PACK', values: { translated: quoted(o.pack), pack: quoted(rubric.id) } }));
  if (o.language !== language) errors.push(issue(file, ['language'], 'OVERLAY_WRONG_LANGUAGE', { key: 'issues.OVERLAY_WRONG_LANGUAGE', values: { says: quoted(o.language), named: quoted(language) } }));
  if (o.status === 'reviewed' && (o.reviewer === undefined || o.reviewed === undefined)) {
    errors.push(issue(file, ['status'], 'REVIEW_UNSIGNED', { key: 'issues.REVIEW_UNSIGNED.overlay' }));
  }
  if (o.status === 'draft' && (o.reviewer !== undefined || o.reviewed !== undefined)) {
    errors.push(issue(file, [o.reviewer === undefined ? 'reviewed' : 'reviewer'], 'DRAFT_WITH_REVIEW', { key: 'issues.DRAFT_WITH_REVIEW.overlay' }));
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
      issue(file, overlayPath(e.key), 'TRANSLATION_STALE', { key: 'issues.TRANSLATION_STALE', values: { text: contextOf(e.key) } }, 'warning'),
    ),
    ...coverage.unknown.map((e) => issue(file, overlayPath(e.key), 'TRANSLATION_UNKNOWN', { key: 'issues.TRANSLATION_UNKNOWN', values: { text: contextOf(e.key) } }, 'warning')),
  ];
  return { ok: true, value: overlay, warnings };
}
