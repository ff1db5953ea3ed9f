import type { AggregateHead, AggregateSummary } from '../../core/aggregate/aggregate-summary.js';
import { assessmentEntry } from '../../core/aggregate/assessment-record.js';
import type { RecordWriter } from './record-writer.js';

/** The closing members of the summary, in the order the document shows them. */
type Closing = Omit<AggregateSummary, keyof AggregateHead | 'assessments'>;

/** JSON.stringify's two-space layout of a value nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * The summary document as JSON, with each assessment's entry written as it is read: the same
 * bytes as `JSON.stringify(summary, null, 2)` and a line end, without the whole list in memory.
 */
export function aggregateJsonWriter(head: AggregateHead): RecordWriter {
  let count = 0;
  return {
    // The head's own text, reopened after its last member to add the list.
    start: () => `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "assessments": [`,
    record: (r) => `${count++ === 0 ? '' : ','}\n    ${nested(assessmentEntry(r), 2)}`,
    end: (o) => {
      const closing: Closing = { skipped: o.skipped, all: o.all, groups: o.groups, workshop: o.workshop, agreement: o.agreement, warnings: o.warnings };
      return `${count === 0 ? '' : '\n  '}],${JSON.stringify(closing, null, 2).slice(1)}\n`;
    },
  };
}
