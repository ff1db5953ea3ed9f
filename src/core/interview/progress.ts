import { exclusions } from '../scoring/applicability.js';
import type { Answers, Rubric } from '../types.js';
import type { Progress } from './screen.js';

/**
 * Answers on file (of any status) out of the indicators that apply. An indicator whose condition
 * is false is not counted at all: nobody needs to answer it.
 */
export function progressOf(rubric: Rubric, answers: Answers): Progress {
  const excluded = exclusions(rubric, answers);
  let applicable = 0;
  let answered = 0;
  for (const d of rubric.dimensions) {
    for (const i of d.indicators) {
      if (excluded.get(i.id)?.kind === 'condition') continue;
      applicable += 1;
      if (answers.answers.has(i.id)) answered += 1;
    }
  }
  return { answered, applicable };
}
