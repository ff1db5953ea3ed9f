import type { Assessment } from '../core/assessment.js';
import type { Look, Wording } from '../core/template/template-schema.js';

/** A validated template; the logo's bytes are read by the shell. */
export interface ReportTemplate {
  readonly wording: Wording;
  readonly look: Look;
  readonly logo: Uint8Array | null;
}

/** Reads a font file shipped with the package, given its path inside node_modules. */
export type FontLoader = (file: string) => Uint8Array;

/** Reads the WebAssembly build of resvg, which turns the report's SVG charts into PNG images. */
export type RasteriserLoader = () => Uint8Array;

/** Everything a reporter renders from; the shell gathers it, reporters only read it. */
export interface ReportInput {
  readonly assessment: Assessment;
  readonly template: ReportTemplate;
  readonly loadFont: FontLoader;
  readonly loadRasteriser: RasteriserLoader;
}
