import type { Rubric } from '../types.js';
import { documentHead, rubricIdentity } from '../result-document.js';
import { measureAgreement } from './agreement.js';
import type { AggregateHead, AggregateOverview, AssessmentEntry, GroupBy, SkippedFile } from './aggregate-summary.js';
import { assessmentEntry, type AssessmentRecord } from './assessment-record.js';
import { addToTally, emptyTally, summariseTally, type GroupTally } from './group-tally.js';
import { byKey, groupKey } from './split-records.js';
import { workshopViews } from './workshop-views.js';

/** Beyond this many files, a list of the files read belongs in the CSV, not in a report. */
export const LISTED_ASSESSMENTS = 100;

export interface AggregateOptions {
  /** gret's own version, recorded in the result. */
  readonly version: string;
  readonly by?: GroupBy;
  readonly workshop?: boolean;
  /** Measure agreement between the assessments of each ministry; a workshop always does. */
  readonly agreement?: boolean;
}

export interface AggregateEnd {
  readonly skipped?: readonly SkippedFile[];
  readonly warnings?: readonly string[];
}

/**
 * Summarises many assessments of one rubric as they are read: `add` takes one at a time, and
 * `finish` gives the distributions overall and per group. What it keeps does not grow with the
 * assessments, except one number per assessment for each index score (see group-tally.ts) and
 * each distinct group, ministry and country. A workshop or an agreement measure sets the
 * groups' answers side by side, so then, and only then, every record is kept: a workshop is a
 * room of a few groups, not thousands of files.
 */
export interface AggregateFold {
  readonly head: AggregateHead;
  /** Everything the fold keeps between assessments, open to inspection. */
  readonly state: AggregateState;
  add(record: AssessmentRecord): void;
  finish(end?: AggregateEnd): AggregateOverview;
}

interface AggregateState {
  readonly all: GroupTally;
  readonly groups: Map<string, GroupTally>;
  /** Every record, with a workshop or an agreement measure only; empty otherwise. */
  readonly kept: AssessmentRecord[];
  readonly first: AssessmentEntry[];
  readonly ministries: Set<string>;
  readonly countries: Set<string>;
  firstDate: string | null;
  lastDate: string | null;
}

export function aggregateFold(rubric: Rubric, options: AggregateOptions): AggregateFold {
  const by = options.by ?? null;
  const head: AggregateHead = { ...documentHead('aggregate', options.version), rubric: rubricIdentity(rubric), spread: 'population standard deviation', by };
  const sideBySide = options.workshop === true || options.agreement === true;
  const state: AggregateState = { all: emptyTally(rubric), groups: new Map(), kept: [], first: [], ministries: new Set(), countries: new Set(), firstDate: null, lastDate: null };
  const { all, groups, kept, first, ministries, countries } = state;
  return {
    head,
    state,
    add(record) {
      addToTally(all, record);
      if (by !== null) {
        const key = groupKey(record, by);
        const tally = groups.get(key) ?? emptyTally(rubric);
        groups.set(key, tally);
        addToTally(tally, record);
      }
      if (sideBySide) kept.push(record);
      if (first.length < LISTED_ASSESSMENTS) first.push(assessmentEntry(record));
      ministries.add(record.ministry);
      countries.add(record.country);
      if (state.firstDate === null || record.date < state.firstDate) state.firstDate = record.date;
      if (state.lastDate === null || record.date > state.lastDate) state.lastDate = record.date;
    },
    finish(end = {}) {
      return {
        ...head,
        read: { count: all.count, first, firstDate: state.firstDate ?? '', lastDate: state.lastDate ?? '', ministries: [...ministries], countries: [...countries] },
        skipped: end.skipped ?? [],
        all: summariseTally(rubric, all, null),
        groups: [...groups].sort(([a], [b]) => byKey(a, b)).map(([key, tally]) => summariseTally(rubric, tally, key)),
        workshop: options.workshop === true ? workshopViews(rubric, kept) : null,
        agreement: sideBySide ? measureAgreement(rubric, kept) : null,
        warnings: end.warnings ?? [],
      };
    },
  };
}
