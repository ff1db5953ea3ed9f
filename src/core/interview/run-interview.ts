import type { Assessment } from '../assessment.js';
import { exclusions } from '../scoring/applicability.js';
import type { Answer, Answers, Indicator, Rubric } from '../types.js';
import { askIndicator, type Visit } from './ask-answer.js';
import { askGoTo, type Place } from './go-to.js';
import { BACK, type Back, type Choice, type Prompter } from './prompter.js';

export interface InterviewOptions {
  /** Visit answered indicators too, with the answer on file as the default. */
  readonly review: boolean;
  /** Only this dimension (an id the shell has checked). */
  readonly dimension?: string;
  /** Only this indicator, answered or not (an id the shell has checked). */
  readonly indicator?: string;
  /** Scores answers as `gret score` does; progress and each dimension's subtotal are read from it. */
  readonly score: (answers: Answers) => Assessment;
}

/**
 * Stores one indicator's answer; called after every step, so it must be cheap and safe to repeat.
 * When the file turns out to have been changed by someone else meanwhile, it returns the answers
 * the file now holds, so that the interview does not ask again what was answered elsewhere.
 */
type SaveAnswer = (indicatorId: string, answer: Answer) => void | ReadonlyMap<string, Answer> | Promise<void | ReadonlyMap<string, Answer>>;

interface InterviewResult {
  readonly answers: Answers;
  /** Indicators skipped for now in this run, still without an answer. */
  readonly skipped: readonly Indicator[];
}

type Spot = number | 'end';

/**
 * Walks the rubric dimension by dimension, indicator by indicator. Without `review` it visits
 * only indicators that have no answer yet, so a new run resumes where the last one stopped.
 * "Previous question" goes back one indicator in the rubric's order, and the list of questions
 * jumps to any one and then returns to where the user was. The walk ends with a last choice:
 * finish, or go back to change something. Conditions (`applies_if`) are decided on the answers
 * given so far, including this run's: an answer can switch a later question off, and the user
 * is told so.
 */
export async function runInterview(rubric: Rubric, start: Answers, prompter: Prompter, save: SaveAnswer, options: InterviewOptions): Promise<InterviewResult> {
  const current = new Map(start.answers);
  const snapshot = (): Answers => ({ meta: start.meta, answers: current });
  const places = placesInScope(rubric, options);
  const isAsked = (k: number): boolean => {
    const place = places[k];
    return place !== undefined && exclusions(rubric, snapshot()).get(place.indicator.id)?.kind !== 'condition';
  };

  // Resuming passes over questions already switched off by a condition; a review shows them, with the reason.
  const excludedAtStart = exclusions(rubric, snapshot());
  const everyOne = options.review || options.indicator !== undefined;
  /** The places walked through going forward; going back can reach any other. */
  const toVisit = new Set(places.flatMap((p, k) => (everyOne || (!current.has(p.indicator.id) && excludedAtStart.get(p.indicator.id)?.kind !== 'condition') ? [k] : [])));
  const first = places.findIndex((_, k) => toVisit.has(k));
  prompter.show({
    kind: 'start',
    review: options.review,
    toVisit: toVisit.size,
    progress: options.score(snapshot()).coverage,
    ...(everyOne || current.size === 0 || first === -1 ? {} : { resumeAt: places[first]?.indicator }),
  });

  const skipped = new Set<string>();
  let agency: Visit['agency'] = { name: start.meta.ministry, from: 'ministry' };
  let announced: string | undefined;
  let lastAsked: number | undefined;
  let at: Spot = first === -1 ? 'end' : first;
  /** Where to carry on after a question reached through the list of questions. */
  let returnTo: Spot | undefined;

  const previous = (from: Spot): number | undefined => {
    if (from === 'end' && lastAsked !== undefined && isAsked(lastAsked)) return lastAsked;
    for (let k = (from === 'end' ? places.length : from) - 1; k >= 0; k--) if (isAsked(k)) return k;
    return undefined;
  };
  const moveOn = (from: number): void => {
    let next: Spot = returnTo ?? 'end';
    if (returnTo === undefined) {
      for (let k = from + 1; k < places.length; k++) {
        // Without review, a question someone answered in the file meanwhile is not asked again.
        if (toVisit.has(k) && (everyOne || !current.has(places[k]?.indicator.id ?? ''))) {
          next = k;
          break;
        }
      }
    }
    returnTo = undefined;
    const leaving = places[from];
    if (leaving !== undefined && (next === 'end' || places[next]?.dimension !== leaving.dimension)) {
      const result = options.score(snapshot()).dimensions.find((d) => d.id === leaving.dimension.id);
      if (result !== undefined) prompter.show({ kind: 'dimension-done', dimension: result, number: leaving.dimensionNumber, count: rubric.dimensions.length });
      announced = undefined;
    }
    at = next;
  };
  const goTo = async (from: number | undefined): Promise<number | Back> =>
    askGoTo({ prompter, places, answers: snapshot(), excluded: exclusions(rubric, snapshot()), assessment: options.score(snapshot()), from });

  for (;;) {
    if (at === 'end') {
      const back = previous('end');
      const { t } = prompter.messages;
      const choices: Choice<'finish' | 'go-to'>[] = [{ value: 'finish', name: t('interview.finish') }];
      if (places.length > 1) choices.push({ value: 'go-to', name: t('interview.go_to_change'), short: t('interview.go_to_change_short') });
      const choice = await prompter.select({
        message: lastAsked === undefined ? t('interview.nothing_more') : t('interview.last_question'),
        choices,
        default: 'finish',
        back: back !== undefined,
      });
      if (choice === 'finish') break;
      if (choice === BACK) {
        at = back ?? 'end';
        continue;
      }
      const target = await goTo(undefined);
      if (target !== BACK) {
        returnTo = 'end';
        at = target;
      }
      continue;
    }

    const k = at;
    const place = places[k];
    if (place === undefined) break;
    const { indicator, dimension } = place;
    if (announced !== dimension.id) {
      prompter.show({ kind: 'dimension', dimension, number: place.dimensionNumber, count: rubric.dimensions.length });
      announced = dimension.id;
    }
    const exclusion = exclusions(rubric, snapshot()).get(indicator.id);
    if (exclusion?.kind === 'condition') {
      prompter.show({ kind: 'condition-skipped', indicator, because: exclusion.because });
      moveOn(k);
      continue;
    }
    lastAsked = k;
    const onFile = current.get(indicator.id);
    prompter.show({
      kind: 'question',
      indicator,
      scale: rubric.scale,
      position: {
        dimension,
        dimensionNumber: place.dimensionNumber,
        dimensionCount: rubric.dimensions.length,
        indicatorNumber: place.indicatorNumber,
        indicatorCount: dimension.indicators.length,
        progress: options.score(snapshot()).coverage,
      },
      ...(onFile === undefined ? {} : { current: onFile }),
    });
    const back = previous(k);
    const outcome = await askIndicator({
      prompter,
      rubric,
      indicator,
      onFile,
      hasPrevious: back !== undefined,
      canGoTo: places.length > 1,
      agency,
      save: async (answer) => {
        current.set(indicator.id, answer);
        const onDisk = await save(indicator.id, answer);
        if (onDisk !== undefined) {
          current.clear();
          for (const [id, a] of onDisk) current.set(id, a);
        }
      },
    });
    if (outcome === BACK) {
      returnTo = undefined;
      at = back ?? k;
      continue;
    }
    switch (outcome.kind) {
      case 'go-to': {
        const target = await goTo(k);
        if (target !== BACK) {
          returnTo ??= k;
          at = target;
        }
        break;
      }
      case 'skipped':
        skipped.add(indicator.id);
        prompter.show({ kind: 'skipped', indicator });
        moveOn(k);
        break;
      case 'kept':
        moveOn(k);
        break;
      case 'answered':
        agency = outcome.answer.agency === undefined ? { name: start.meta.ministry, from: 'ministry' } : { name: outcome.answer.agency, from: 'previous question' };
        prompter.show({ kind: 'saved', indicator, answer: outcome.answer, progress: options.score(snapshot()).coverage });
        moveOn(k);
        break;
    }
  }
  return { answers: snapshot(), skipped: places.filter((p) => skipped.has(p.indicator.id) && !current.has(p.indicator.id)).map((p) => p.indicator) };
}

function placesInScope(rubric: Rubric, options: InterviewOptions): Place[] {
  return rubric.dimensions.flatMap((dimension, d) =>
    dimension.id === options.dimension || options.dimension === undefined
      ? dimension.indicators.flatMap((indicator, i) =>
          options.indicator === undefined || indicator.id === options.indicator ? [{ indicator, dimension, dimensionNumber: d + 1, indicatorNumber: i + 1 }] : [],
        )
      : [],
  );
}
