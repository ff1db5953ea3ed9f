import type { AggregateOverview } from '../../core/aggregate/aggregate-summary.js';
import type { FontLoader } from '../report-input.js';
import type { ReportTemplate } from '../report-input.js';

/** Everything a report of many assessments is rendered from, once they are all read; the shell gathers it. */
export interface AggregateReportInput {
  readonly overview: AggregateOverview;
  readonly template: ReportTemplate;
  readonly loadFont: FontLoader;
}
