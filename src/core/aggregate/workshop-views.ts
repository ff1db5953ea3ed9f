import { answerOf } from '../answers/describe-answer.js';
import type { Rubric } from '../types.js';
import type { AssessmentRecord } from './assessment-record.js';
import type { WorkshopRow, WorkshopView } from './aggregate-summary.js';
import { distributionOf } from './distribution.js';
import { groupLabels } from './group-labels.js';
import { splitRecords } from './split-records.js';

const PROMPTS = 5;

/**
 * For each ministry that two or more groups assessed, every indicator with the groups' answers
 * side by side, and the widest disagreements as discussion prompts. Disagreement is ranked by the
 * spread of the groups' levels, then their range, then whether the groups disagreed about the
 * indicator applying at all; ties keep rubric order.
 */
export function workshopViews(rubric: Rubric, records: readonly AssessmentRecord[]): WorkshopView[] {
  const indicators = rubric.dimensions.flatMap((d) => d.indicators);
  return splitRecords(records, 'ministry')
    .filter(([, group]) => group.length >= 2)
    .map(([ministry, group]) => {
      const rows: WorkshopRow[] = indicators.map((ind, k) => {
        const answers = group.map((r) => {
          const reading = r.indicators[k];
          return { status: reading?.status ?? 'unanswered', level: reading?.level ?? null, ...answerOf(ind, reading?.value ?? undefined) };
        });
        const levels = answers.flatMap((a) => (a.level === null ? [] : [a.level]));
        const spread = levels.length >= 2 ? distributionOf(levels).sd : null;
        return {
          id: ind.id,
          dimensionId: ind.dimensionId,
          title: ind.title,
          type: ind.type,
          question: ind.question,
          answers,
          spread,
          range: levels.length >= 2 ? Math.max(...levels) - Math.min(...levels) : null,
          applicabilitySplit: levels.length > 0 && levels.length < answers.length,
        };
      });
      const disagreements = rows
        .map((row, order) => ({ row, order }))
        .filter(({ row }) => (row.spread ?? 0) > 0 || row.applicabilitySplit)
        .sort(
          (a, b) =>
            (b.row.spread ?? 0) - (a.row.spread ?? 0) ||
            (b.row.range ?? 0) - (a.row.range ?? 0) ||
            Number(b.row.applicabilitySplit) - Number(a.row.applicabilitySplit) ||
            a.order - b.order,
        )
        .map(({ row }) => row);
      return {
        ministry,
        country: group[0]?.country ?? '',
        groups: groupLabels(group),
        prompts: disagreements.slice(0, PROMPTS),
        disagreements: disagreements.map((row) => row.id),
        indicators: rows,
      };
    });
}
