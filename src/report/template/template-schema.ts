import { z } from 'zod';

/**
 * The report template as a consultant writes it: `wording.yaml` (every fixed phrase) and
 * `look.yaml` (organisation, colours, logo). Strict objects: a misspelt key is an error, never a
 * silently ignored phrase.
 */

const phrase = z.string().trim().min(1, 'must not be empty');
const columns = <K extends string>(keys: readonly [K, ...K[]]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, phrase])) as Record<K, typeof phrase>);
const titled = z.strictObject({ title: phrase, intro: phrase });

export const wordingSchema = z.strictObject({
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or fr-CA'),
  document: z.strictObject({
    title: phrase,
    subtitle: phrase,
    subject: phrase,
    running_header: phrase,
    page_number: phrase,
  }),
  cover: z.strictObject({
    prepared_for: phrase,
    country: phrase,
    date: phrase,
    assessors: phrase,
    pack: phrase,
    pack_value: phrase,
    fingerprint: phrase,
    disclaimer: phrase,
  }),
  figures: z.strictObject({
    score: phrase,
    score_note: phrase,
    applicable: phrase,
    applicable_note: phrase,
    to_target: phrase,
    to_target_note: phrase,
    not_scored: phrase,
  }),
  summary: z.strictObject({
    title: phrase,
    overall: phrase,
    overall_unscored: phrase,
    dimensions_heading: phrase,
    dimension_columns: columns(['dimension', 'score', 'band', 'applicable', 'to_target']),
    critical_heading: phrase,
    critical_intro: phrase,
    critical_line: phrase,
    critical_none: phrase,
    coverage_heading: phrase,
    coverage: phrase,
    evidence: phrase,
    priorities_heading: phrase,
    priorities_intro: phrase,
    priority_line: phrase,
    priorities_none: phrase,
  }),
  charts: z.strictObject({
    title: phrase,
    intro: phrase,
    bars_title: phrase,
    bars_alt: phrase,
    radar_title: phrase,
    radar_alt: phrase,
    strip_title: phrase,
    strip_alt: phrase,
    score_legend: phrase,
    target_legend: phrase,
    level_legend: phrase,
    not_applicable_legend: phrase,
    item: phrase,
    level_item: phrase,
    level_item_na: phrase,
  }),
  dimension: z.strictObject({
    unscored: phrase,
    table_heading: phrase,
    notes_heading: phrase,
    no_notes: phrase,
    columns: columns(['indicator', 'level', 'target', 'gap', 'evidence']),
    critical_mark: phrase,
    evidence_yes: phrase,
    evidence_no: phrase,
    not_applicable: phrase,
  }),
  status: columns(['answered', 'dont-know', 'unanswered', 'not-applicable']),
  verification: columns(['claimed', 'document-seen', 'independently-verified']),
  plan: z.strictObject({
    title: phrase,
    intro: phrase,
    gains_heading: phrase,
    gains_intro: phrase,
    gain_line: phrase,
    horizons: z.strictObject({ 'quick-win': titled, 'medium-term': titled, structural: titled }),
    levels_value: phrase,
    empty_horizon: phrase,
    none: phrase,
    columns: columns(['rank', 'recommendation', 'indicator', 'levels', 'gain', 'effort', 'owner', 'sources']),
    effort: columns(['low', 'medium', 'high']),
  }),
  not_applicable: z.strictObject({
    title: phrase,
    intro: phrase,
    none: phrase,
    columns: columns(['indicator', 'dimension', 'reason', 'note']),
    reasons: columns(['outside-mandate', 'handled-nationally', 'service-does-not-exist', 'other']),
    condition: phrase,
  }),
  methodology: z.strictObject({
    title: phrase,
    paragraphs: z.array(phrase).min(1),
    scale_heading: phrase,
    bands_heading: phrase,
    weights_heading: phrase,
    columns: columns(['level', 'label', 'meaning', 'band_from', 'dimension', 'weight', 'share', 'target']),
    targets_note: phrase,
    target_sources: columns(['pack', 'flag', 'file']),
  }),
  breakdown: z.strictObject({
    title: phrase,
    intro: phrase,
    overall_heading: phrase,
    columns: columns(['indicator', 'dimension', 'level', 'score', 'weight', 'share', 'contribution']),
    total: phrase,
    not_applicable: phrase,
  }),
  answers: z.strictObject({
    title: phrase,
    intro: phrase,
    columns: columns(['indicator', 'answer', 'note', 'evidence']),
    evidence_item: phrase,
    evidence_date: phrase,
    evidence_by: phrase,
    agency: phrase,
    none: phrase,
  }),
  bibliography: z.strictObject({ title: phrase, intro: phrase, none: phrase }),
});

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb');

export const lookSchema = z.strictObject({
  organisation: phrase,
  logo: z
    .string()
    .regex(/\.(png|jpe?g)$/i, 'must name a .png or .jpg file')
    .nullable()
    .default(null),
  page_size: z.enum(['A4', 'LETTER']),
  colours: z.strictObject({
    primary: colour,
    accent: colour,
    text: colour,
    muted: colour,
    rule: colour,
    shade: colour,
    target: colour,
    bands: z.array(colour).min(1),
  }),
});

export type Wording = z.infer<typeof wordingSchema>;
export type Look = z.infer<typeof lookSchema>;

/** A validated template; the logo's bytes are read by the shell. */
export interface ReportTemplate {
  readonly wording: Wording;
  readonly look: Look;
  readonly logo: Uint8Array | null;
}
