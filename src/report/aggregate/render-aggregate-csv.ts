import type { AssessmentRecord } from '../../core/aggregate/assessment-record.js';
import type { Rubric } from '../../core/types.js';
import { CSV_START, csvRows } from '../csv/csv-text.js';
import type { RecordWriter } from './record-writer.js';

const HEADER = ['file', 'ministry', 'country', 'group', 'dimension_id', 'indicator_id', 'status', 'applicable', 'level', 'score', 'target', 'gap'] as const;

/**
 * One row per assessment and indicator, for spreadsheets, written as each assessment is read.
 * Score is in index points (0–100); level, score and gap are blank where the indicator does not
 * apply, so averages skip them.
 */
export function aggregateCsvWriter(rubric: Rubric): RecordWriter {
  const indicators = rubric.dimensions.flatMap((d) => d.indicators);
  return {
    start: () => `${CSV_START}${csvRows([[...HEADER]])}`,
    record: (r: AssessmentRecord) =>
      csvRows(
        r.indicators.map((reading, k) => {
          const place = indicators[k];
          const applicable = reading.level !== null;
          return [
            r.file,
            r.ministry,
            r.country,
            r.group,
            place?.dimensionId ?? '',
            place?.id ?? '',
            reading.status,
            applicable ? 'yes' : 'no',
            applicable ? String(reading.level) : '',
            reading.score === null ? '' : (reading.score * 100).toFixed(1),
            String(reading.target),
            applicable ? String(reading.gap) : '',
          ];
        }),
      ),
    end: () => '',
  };
}
