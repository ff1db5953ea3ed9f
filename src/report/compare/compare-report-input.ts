import type { Comparison } from '../../core/compare/comparison.js';
import type { FontLoader } from '../report-input.js';
import type { ReportTemplate } from '../report-input.js';

/** Everything a compare reporter renders from; the shell gathers it. */
export interface CompareReportInput {
  readonly comparison: Comparison;
  /** The report template: its look, organisation and wording. */
  readonly template: ReportTemplate;
  readonly loadFont: FontLoader;
}
