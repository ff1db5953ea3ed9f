import type { Assessment } from '../core/assessment.js';
import type { Look, Wording } from '../core/template/template-schema.js';
import type { RubricTranslation } from '../core/types.js';

/** A validated template; the logo's bytes are read by the shell. */
export interface ReportTemplate {
  readonly wording: Wording;
  readonly look: Look;
  readonly logo: Uint8Array | null;
  /** Set when the wording is a translation of gret's own English: whether it is a draft. */
  readonly translation?: WordingTranslation;
}

export interface WordingTranslation {
  readonly language: string;
  readonly status: 'draft' | 'reviewed';
  readonly reviewer?: string;
  readonly reviewed?: string;
}

/** Reads a font file shipped with the package, given its path inside node_modules. */
export type FontLoader = (file: string) => Uint8Array;

/** Reads the WebAssembly build of resvg, which turns the report's SVG charts into PNG images. */
export type RasteriserLoader = () => Uint8Array;

/** Everything a reporter renders from; the shell gathers it, reporters only read it. */
export interface ReportInput {
  readonly assessment: Assessment;
  readonly template: ReportTemplate;
  /** Set when the rubric's texts are shown in a translation, which the method annex names. */
  readonly rubricTranslation?: RubricTranslation;
  readonly loadFont: FontLoader;
  readonly loadRasteriser: RasteriserLoader;
}
