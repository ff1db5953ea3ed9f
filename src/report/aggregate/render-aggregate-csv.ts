import type { AssessmentRecord } from '../../core/aggregate/assessment-record.js';
import type { Rubric } from '../../core/types.js';
import { CSV_START, csvField, csvRows } from '../csv/csv-text.js';
import type { RecordWriter } from './record-writer.js';

const HEADER = ['file', 'ministry', 'country', 'group', 'dimension_id', 'indicator_id', 'status', 'applicable', 'level', 'score', 'target', 'gap'] as const;

/**
 * One row per assessment and indicator, for spreadsheets, written as each assessment is read.
 * Score is in index points (0–100); level, score and gap are blank where the indicator does not
 * apply, so averages skip them.
 */
export function aggregateCsvWriter(rubric: Rubric): RecordWriter {
  // What does not change from one assessment to the next is made into CSV once.
  const places = rubric.dimensions.flatMap((d) => d.indicators).map((i) => `${csvField(i.dimensionId)},${csvField(i.id)}`);
  return {
    start: () => `${CSV_START}${csvRows([[...HEADER]])}`,
    record: (r: AssessmentRecord) => {
      const assessment = [r.file, r.ministry, r.country, r.group].map(csvField).join(',');
      let rows = '';
      r.indicators.forEach((reading, k) => {
        // A status, yes or no and unsigned figures: fields that csvField leaves as they are.
        const figures =
          reading.level === null
            ? `${reading.status},no,,${reading.score === null ? '' : (reading.score * 100).toFixed(1)},${reading.target},`
            : `${reading.status},yes,${reading.level},${reading.score === null ? '' : (reading.score * 100).toFixed(1)},${reading.target},${reading.gap}`;
        rows += `${assessment},${places[k] ?? ','},${figures}\r\n`;
      });
      return rows;
    },
    end: () => '',
  };
}
