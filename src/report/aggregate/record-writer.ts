import type { AggregateOverview } from '../../core/aggregate/aggregate-summary.js';
import type { AssessmentRecord } from '../../core/aggregate/assessment-record.js';

/**
 * A format whose size grows with the assessments (a row or an entry for each), written in
 * pieces as they are read: the opening, one piece per assessment, and the closing once the
 * summary is known. The pieces joined are the whole file.
 */
export interface RecordWriter {
  start(): string;
  record(record: AssessmentRecord): string;
  end(overview: AggregateOverview): string;
}
