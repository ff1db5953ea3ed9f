import type { AssessmentRecord } from './assessment-record.js';
import type { GroupBy } from './aggregate-summary.js';

export function groupKey(record: AssessmentRecord, by: GroupBy): string {
  return by === 'country' ? record.country : by === 'ministry' ? record.ministry : record.group;
}

/** Sorts group keys as the summary lists them: by UTF-16 code units, whatever the locale. */
export function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The records split by the value of `by`, in the order of those values. */
export function splitRecords(records: readonly AssessmentRecord[], by: GroupBy): [string, AssessmentRecord[]][] {
  const groups = new Map<string, AssessmentRecord[]>();
  for (const r of records) {
    const key = groupKey(r, by);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [r]);
    else list.push(r);
  }
  return [...groups.entries()].sort(([a], [b]) => byKey(a, b));
}
