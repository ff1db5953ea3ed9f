import type { Rubric } from '../types.js';
import type { AssessmentRecord } from './assessment-record.js';
import type { GroupBy, GroupSummary, IndicatorDistribution } from './aggregate-summary.js';
import { distributionOf } from './distribution.js';

/** The distribution of every score and level across the given assessments of the rubric. */
export function summariseRecords(rubric: Rubric, records: readonly AssessmentRecord[], key: string | null): GroupSummary {
  const present = (values: readonly (number | null)[]): number[] => values.filter((v): v is number => v !== null);
  const indicators = rubric.dimensions.flatMap((d) => d.indicators);
  return {
    key,
    count: records.length,
    overall: distributionOf(present(records.map((r) => r.overall))),
    dimensions: rubric.dimensions.map((d, k) => ({
      id: d.id,
      title: d.title,
      shortTitle: d.shortTitle,
      scores: distributionOf(present(records.map((r) => r.dimensions[k] ?? null))),
    })),
    indicators: indicators.map((ind, k): IndicatorDistribution => {
      const readings = records.flatMap((r) => {
        const reading = r.indicators[k];
        return reading === undefined ? [] : [reading];
      });
      const applicable = readings.filter((x) => x.level !== null);
      return {
        id: ind.id,
        dimensionId: ind.dimensionId,
        title: ind.title,
        levels: distributionOf(present(applicable.map((x) => x.level))),
        answered: applicable.filter((x) => x.status === 'answered').length,
        dontKnow: applicable.filter((x) => x.status === 'dont-know').length,
        unanswered: applicable.filter((x) => x.status === 'unanswered').length,
        notApplicable: readings.length - applicable.length,
        belowTarget: applicable.filter((x) => x.gap > 0).length,
      };
    }),
  };
}

function groupKey(record: AssessmentRecord, by: GroupBy): string {
  return by === 'country' ? record.country : by === 'ministry' ? record.ministry : record.group;
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
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
