import { exclusions } from '../scoring/applicability.js';
import type { Answer, Answers, Indicator, Rubric } from '../types.js';
import { askAnswer, type Verdict } from './ask-answer.js';
import { askDetails } from './ask-details.js';
import { progressOf } from './progress.js';
import type { Prompter } from './prompter.js';

export interface InterviewOptions {
  /** Visit answered indicators too, with the answer on file as the default. */
  readonly review: boolean;
  /** Only this dimension (an id the shell has checked). */
  readonly dimension?: string;
  /** The default for the first "answering agency" question; later ones default to the last one given. */
  readonly agency?: string;
}

/** Stores one indicator's answer; called after every step, so it must be cheap and safe to repeat. */
type SaveAnswer = (indicatorId: string, answer: Answer) => void | Promise<void>;

interface InterviewResult {
  readonly answers: Answers;
  /** Indicators skipped for now in this run, still without an answer. */
  readonly skipped: readonly Indicator[];
}

/**
 * Walks the rubric dimension by dimension, indicator by indicator. Without `review` it visits
 * only indicators that have no answer yet, so a new run resumes where the last one stopped.
 * Conditions (`applies_if`) are decided on the answers given so far, including this run's: an
 * answer can switch a later question off, and the user is told so.
 */
export async function runInterview(rubric: Rubric, start: Answers, prompter: Prompter, save: SaveAnswer, options: InterviewOptions): Promise<InterviewResult> {
  const current = new Map(start.answers);
  const snapshot = (): Answers => ({ meta: start.meta, answers: current });
  const dimensions = rubric.dimensions.filter((d) => options.dimension === undefined || d.id === options.dimension);
  // Resuming passes over questions already switched off by a condition; a review shows them, with the reason.
  const excludedAtStart = exclusions(rubric, snapshot());
  const toVisit = new Set(
    dimensions
      .flatMap((d) => d.indicators)
      .filter((i) => options.review || (!current.has(i.id) && excludedAtStart.get(i.id)?.kind !== 'condition'))
      .map((i) => i.id),
  );
  const firstToVisit = dimensions.flatMap((d) => d.indicators).find((i) => toVisit.has(i.id));

  prompter.show({
    kind: 'start',
    review: options.review,
    toVisit: toVisit.size,
    progress: progressOf(rubric, snapshot()),
    ...(options.review || current.size === 0 || firstToVisit === undefined ? {} : { resumeAt: firstToVisit }),
  });

  const skipped: Indicator[] = [];
  let agency = options.agency;
  for (const dimension of dimensions) {
    const dimensionNumber = rubric.dimensions.indexOf(dimension) + 1;
    let announced = false;
    for (const [k, indicator] of dimension.indicators.entries()) {
      if (!toVisit.has(indicator.id)) continue;
      if (!announced) {
        prompter.show({ kind: 'dimension', dimension, number: dimensionNumber, count: rubric.dimensions.length });
        announced = true;
      }
      const exclusion = exclusions(rubric, snapshot()).get(indicator.id);
      if (exclusion?.kind === 'condition') {
        prompter.show({ kind: 'condition-skipped', indicator, explanation: exclusion.explanation });
        continue;
      }
      const existing = current.get(indicator.id);
      prompter.show({
        kind: 'question',
        indicator,
        scale: rubric.scale,
        position: {
          dimension,
          dimensionNumber,
          dimensionCount: rubric.dimensions.length,
          indicatorNumber: k + 1,
          indicatorCount: dimension.indicators.length,
          progress: progressOf(rubric, snapshot()),
        },
        ...(existing === undefined ? {} : { current: existing }),
      });
      const verdict = await askAnswer(prompter, rubric, indicator, existing);
      if (verdict === null) {
        if (existing === undefined) {
          skipped.push(indicator);
          prompter.show({ kind: 'skipped', indicator });
        }
        continue;
      }
      const record = async (answer: Answer): Promise<void> => {
        current.set(indicator.id, answer);
        await save(indicator.id, answer);
      };
      const answer = await askDetails(prompter, indicator, keepDetails(verdict, existing), agency, record);
      agency = answer.agency ?? agency;
      prompter.show({ kind: 'saved', indicator, answer, progress: progressOf(rubric, snapshot()) });
    }
  }
  return { answers: snapshot(), skipped };
}

/** A changed answer keeps the note, evidence and agency already on file; the next questions offer them as defaults. */
function keepDetails(verdict: Verdict, existing: Answer | undefined): Answer {
  return {
    ...verdict,
    evidence: existing?.evidence ?? [],
    ...(existing?.note === undefined ? {} : { note: existing.note }),
    ...(existing?.agency === undefined ? {} : { agency: existing.agency }),
  };
}
