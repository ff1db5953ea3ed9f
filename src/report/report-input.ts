import type { Assessment } from '../core/assessment.js';
import type { ReportTemplate } from './template/template-schema.js';

/** Reads a font file shipped with the package, given its path inside node_modules. */
export type FontLoader = (file: string) => Uint8Array;

/** Everything a reporter renders from; the shell gathers it, reporters only read it. */
export interface ReportInput {
  readonly assessment: Assessment;
  readonly template: ReportTemplate;
  readonly loadFont: FontLoader;
}
