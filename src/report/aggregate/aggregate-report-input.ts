import type { AggregateSummary } from '../../core/aggregate/aggregate-summary.js';
import type { AssessmentRecord } from '../../core/aggregate/assessment-record.js';
import type { FontLoader } from '../report-input.js';
import type { ReportTemplate } from '../report-input.js';

/** Everything an aggregate reporter renders from; the shell gathers it. */
export interface AggregateReportInput {
  readonly summary: AggregateSummary;
  /** Per assessment and indicator, for the CSV; in the summary's order of assessments. */
  readonly records: readonly AssessmentRecord[];
  readonly template: ReportTemplate;
  readonly loadFont: FontLoader;
}
