import { BACK, type Back } from './prompter.js';

/** One question of a sequence: it returns the next question, BACK, or the sequence's result. */
export type Step<R> = () => Promise<Step<R> | Back | Finished<R>>;

interface Finished<R> {
  readonly finished: R;
}

export const finish = <R>(result: R): Finished<R> => ({ finished: result });

/**
 * Runs a sequence of questions in which each one decides what comes next, so the way through
 * can branch. BACK re-asks the question before it, however the user got there; BACK at the
 * first question leaves the sequence. A question asked again must take what was recorded the
 * first time as its defaults, so going back loses nothing.
 */
export async function walkSteps<R>(first: Step<R>): Promise<R | Back> {
  const asked: Step<R>[] = [];
  let step = first;
  for (;;) {
    const next = await step();
    if (next === BACK) {
      const previous = asked.pop();
      if (previous === undefined) return BACK;
      step = previous;
    } else if (typeof next === 'function') {
      asked.push(step);
      step = next;
    } else {
      return next.finished;
    }
  }
}
