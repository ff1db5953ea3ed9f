import type { Rubric } from '../types.js';
import { measureAgreement } from './agreement.js';
import type { AssessmentRecord } from './assessment-record.js';
import { documentHead, rubricIdentity } from '../result-document.js';
import type { AggregateSummary, GroupBy, SkippedFile } from './aggregate-summary.js';
import { splitRecords, summariseRecords } from './summarise-records.js';
import { workshopViews } from './workshop-views.js';

interface AggregateOptions {
  /** gret's own version, recorded in the result. */
  readonly version: string;
  readonly by?: GroupBy;
  readonly workshop?: boolean;
  /** Measure agreement between the assessments of each ministry; a workshop always does. */
  readonly agreement?: boolean;
  readonly skipped?: readonly SkippedFile[];
  readonly warnings?: readonly string[];
}

/** Summarises many assessments of one rubric: distributions overall, per group, and the workshop views. */
export function aggregateAssessments(rubric: Rubric, records: readonly AssessmentRecord[], options: AggregateOptions): AggregateSummary {
  const by = options.by ?? null;
  return {
    ...documentHead('aggregate', options.version),
    rubric: rubricIdentity(rubric),
    spread: 'population standard deviation',
    by,
    assessments: records.map((r) => ({
      file: r.file,
      ministry: r.ministry,
      country: r.country,
      group: r.group,
      date: r.date,
      packVersion: r.packVersion,
      overall: r.overall,
    })),
    skipped: options.skipped ?? [],
    all: summariseRecords(rubric, records, null),
    groups: by === null ? [] : splitRecords(records, by).map(([key, group]) => summariseRecords(rubric, group, key)),
    workshop: options.workshop === true ? workshopViews(rubric, records) : null,
    agreement: options.workshop === true || options.agreement === true ? measureAgreement(rubric, records) : null,
    warnings: options.warnings ?? [],
  };
}
