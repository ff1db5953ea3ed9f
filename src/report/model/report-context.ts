import type { Assessment, IndicatorResult, ScoreSummary } from '../../core/assessment.js';
import type { Wording } from '../../core/template/template-schema.js';
import type { ReportInput } from '../report-input.js';
import { bandLabel } from './band-marks.js';
import { formatScore, formatShare } from './format-number.js';
import type { Figures } from './report-document.js';

/** What every section builder reads: the assessment, the wording and a few look-ups. */
export interface ReportContext {
  readonly assessment: Assessment;
  readonly wording: Wording;
  readonly indicators: ReadonlyMap<string, IndicatorResult>;
  /** What the method annex says of the report's language, when it is a translation. */
  readonly translation?: TranslationNote;
}

export interface TranslationNote {
  readonly language: string;
  readonly status: 'draft' | 'reviewed';
  readonly reviewer?: string;
  readonly reviewed?: string;
  readonly untranslated: number;
}

export function createContext(input: ReportInput): ReportContext {
  const { assessment } = input;
  const translation = translationNote(input);
  return {
    assessment,
    wording: input.template.wording,
    indicators: new Map(assessment.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, i]))),
    ...(translation === undefined ? {} : { translation }),
  };
}

/** The wording's and the rubric's translations as one: a draft if either is, reviewed only if both are. */
function translationNote(input: ReportInput): TranslationNote | undefined {
  const parts = [input.template.translation, input.rubricTranslation].filter((t) => t !== undefined);
  const [first] = parts;
  if (first === undefined) return undefined;
  const reviewed = parts.every((t) => t.status === 'reviewed');
  return {
    language: first.language,
    status: reviewed ? 'reviewed' : 'draft',
    ...(reviewed && first.reviewer !== undefined ? { reviewer: first.reviewer } : {}),
    ...(reviewed && first.reviewed !== undefined ? { reviewed: first.reviewed } : {}),
    untranslated: input.rubricTranslation?.untranslated ?? 0,
  };
}

/** The three figures every score is shown with, as plain strings. */
export function scoreFigures(summary: ScoreSummary, notScored: string, locale: string) {
  return {
    score: summary.score === null ? notScored : formatScore(summary.score, locale),
    applicable: formatShare(summary.applicableWeight, locale),
    to_target: summary.toTarget === null ? notScored : formatShare(summary.toTarget, locale),
  };
}

/** The headline figures of a score; the band comes with its marks, whose reasons the text beside the figures gives. */
export function figuresBlock(ctx: ReportContext, summary: ScoreSummary): Figures {
  const f = ctx.wording.figures;
  const values = scoreFigures(summary, f.not_scored, ctx.wording.language);
  return {
    kind: 'figures',
    items: [
      { label: f.score, value: values.score, note: summary.band === null ? f.score_note : `${bandLabel(ctx, summary)} · ${f.score_note}` },
      { label: f.applicable, value: values.applicable, note: f.applicable_note },
      { label: f.to_target, value: values.to_target, note: f.to_target_note },
    ],
  };
}

export function levelLabel(ctx: ReportContext, level: number): string {
  const scale = ctx.assessment.rubric.scale.find((s) => s.level === level);
  return scale === undefined ? String(level) : `${level} · ${scale.label}`;
}

export function indicatorTitle(ctx: ReportContext, id: string): string {
  return ctx.indicators.get(id)?.title ?? id;
}
