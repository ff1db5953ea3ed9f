import { csvText } from '../csv/csv-text.js';
import type { AggregateReportInput } from './aggregate-report-input.js';

const HEADER = ['file', 'ministry', 'country', 'group', 'dimension_id', 'indicator_id', 'status', 'applicable', 'level', 'score', 'target', 'gap'] as const;

/**
 * One row per assessment and indicator, for spreadsheets. Score is in index points (0–100);
 * level, score and gap are blank where the indicator does not apply, so averages skip them.
 */
export function renderAggregateCsv(input: AggregateReportInput): string {
  const rows: string[][] = [[...HEADER]];
  for (const r of input.records) {
    r.indicators.forEach((reading, k) => {
      const place = input.summary.all.indicators[k];
      const applicable = reading.level !== null;
      rows.push([
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
      ]);
    });
  }
  return csvText(rows);
}
