import { answerOnFileInWords } from '../answers/answer-in-words.js';
import type { Assessment } from '../assessment.js';
import type { Decision } from '../scoring/applicability.js';
import type { Answers, Dimension, Indicator } from '../types.js';
import { BACK, type Back, type Choice, type Prompter } from './prompter.js';
import { finish, walkSteps, type Step } from './walk-steps.js';

/** An indicator in the interview's scope, where the rubric puts it. */
export interface Place {
  readonly indicator: Indicator;
  readonly dimension: Dimension;
  /** 1-based, in the whole rubric. */
  readonly dimensionNumber: number;
  /** 1-based, within its dimension. */
  readonly indicatorNumber: number;
}


interface GoToContext {
  readonly prompter: Prompter;
  readonly places: readonly Place[];
  readonly answers: Answers;
  readonly excluded: ReadonlyMap<string, Decision>;
  readonly assessment: Assessment;
  /** The place the user is at, highlighted in the lists. */
  readonly from: number | undefined;
}

/**
 * The list of questions, dimension by dimension, each with its answer, so that one answer can
 * be changed without going through the others. Returns the chosen place, or BACK.
 */
export function askGoTo(context: GoToContext): Promise<number | Back> {
  const { prompter, places, from } = context;
  const { t } = prompter.messages;
  const stay = t('go_to.stay');
  const dimensions = [...new Map(places.map((p) => [p.dimension.id, p])).values()];
  const current = from === undefined ? undefined : places[from];

  const indicators =
    (dimensionId: string): Step<number> =>
    async () => {
      const choices = places.flatMap((p, index): Choice<number>[] =>
        p.dimension.id === dimensionId ? [{ value: index, key: String(p.indicatorNumber), name: `${p.indicator.title}: ${answerText(context, p.indicator)}`, short: p.indicator.title }] : [],
      );
      const chosen = await prompter.select({
        message: t('go_to.which_question'),
        choices,
        back: true,
        backName: dimensions.length === 1 ? stay : t('go_to.back_to_dimensions'),
        ...(from !== undefined && current?.dimension.id === dimensionId ? { default: from } : {}),
      });
      return chosen === BACK ? BACK : finish(chosen);
    };

  const only = dimensions[0];
  if (dimensions.length === 1 && only !== undefined) return walkSteps(indicators(only.dimension.id));
  const dimension: Step<number> = async () => {
    const chosen = await prompter.select({
      message: t('go_to.which_dimension'),
      backName: stay,
      choices: dimensions.map((p) => ({ value: p.dimension.id, key: String(p.dimensionNumber), name: `${p.dimension.title} (${coverageText(context, p.dimension.id)})`, short: p.dimension.title })),
      back: true,
      ...(current === undefined ? {} : { default: current.dimension.id }),
    });
    return chosen === BACK ? BACK : indicators(chosen);
  };
  return walkSteps(dimension);
}

function answerText(context: GoToContext, indicator: Indicator): string {
  const { t } = context.prompter.messages;
  if (context.excluded.get(indicator.id)?.kind === 'condition') return t('go_to.not_asked');
  const answer = context.answers.answers.get(indicator.id);
  return answer === undefined ? t('go_to.no_answer') : answerOnFileInWords(indicator, answer, context.prompter.messages);
}

function coverageText(context: GoToContext, dimensionId: string): string {
  const coverage = context.assessment.dimensions.find((d) => d.id === dimensionId)?.coverage;
  return coverage === undefined ? '' : context.prompter.messages.t('go_to.answered', { answered: coverage.answered, applicable: coverage.applicable });
}
