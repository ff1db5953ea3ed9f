import { aggregateFold, type AggregateEnd, type AggregateOptions } from '../../src/core/aggregate/aggregate-fold.js';
import type { AggregateOverview } from '../../src/core/aggregate/aggregate-summary.js';
import type { AssessmentRecord } from '../../src/core/aggregate/assessment-record.js';
import type { Rubric } from '../../src/core/types.js';
import { aggregateReporters } from '../../src/report/aggregate/index.js';

/** The overview of the records, folded one by one as gret aggregate reads them. */
export function overviewOf(rubric: Rubric, records: readonly AssessmentRecord[], options: AggregateOptions, end?: AggregateEnd): AggregateOverview {
  const fold = aggregateFold(rubric, options);
  for (const r of records) fold.add(r);
  return fold.finish(end);
}

/** A streamed format's whole text: its opening, a piece per record and its closing, joined. */
export function streamedText(format: 'csv' | 'json', rubric: Rubric, records: readonly AssessmentRecord[], options: AggregateOptions, end?: AggregateEnd): string {
  const fold = aggregateFold(rubric, options);
  const writer = aggregateReporters[format].writer(rubric, fold.head);
  const pieces = [writer.start()];
  for (const r of records) {
    fold.add(r);
    pieces.push(writer.record(r));
  }
  pieces.push(writer.end(fold.finish(end)));
  return pieces.join('');
}
