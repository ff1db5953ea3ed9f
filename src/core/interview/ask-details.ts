import type { Answer } from '../types.js';
import type { Visit, VisitOutcome } from './ask-answer.js';
import { askEvidence } from './ask-evidence.js';
import { BACK } from './prompter.js';
import { finish, type Step } from './walk-steps.js';

/** The answer being given to one indicator, as last saved; steps asked again read it afresh. */
export interface Draft {
  answer: Answer;
  /** The rubric's hint on what evidence to look for is shown once per visit. */
  evidencePromptShown: boolean;
}

/** Typed instead of a note or agency, removes the one offered as the default. */
export const CLEAR = '-';

/** The questions after the answer: a note, evidence (not for "don't know" or "not applicable") and the answering agency. */
export function askDetails(visit: Visit, draft: Draft): Step<VisitOutcome> {
  const { prompter } = visit;
  const { t } = prompter.messages;
  const keepOrClear = t('interview.keep_or_clear', { clear: CLEAR });
  const update = async (answer: Answer): Promise<void> => {
    draft.answer = answer;
    await visit.save(answer);
  };

  const agency: Step<VisitOutcome> = async () => {
    const current = draft.answer.agency;
    const offered = current ?? visit.agency.name;
    const how = current !== undefined ? keepOrClear : t(visit.agency.from === 'previous question' ? 'interview.agency_same' : 'interview.agency_ministry', { clear: CLEAR });
    const text = await prompter.text({ message: t('interview.agency', { how }), default: offered, back: true });
    if (text === BACK) return BACK;
    await update(withText(draft.answer, 'agency', text));
    return finish({ kind: 'answered', answer: draft.answer });
  };

  const evidence = askEvidence(visit, draft, update, agency);

  return async () => {
    const current = draft.answer.note;
    const text = await prompter.text({
      message: t(draft.answer.status === 'dont-know' ? 'interview.note_dont_know' : 'interview.note', { how: current === undefined ? t('interview.optional') : keepOrClear }),
      back: true,
      ...(current === undefined ? {} : { default: current }),
    });
    if (text === BACK) return BACK;
    await update(withText(draft.answer, 'note', text));
    return draft.answer.status === 'answered' ? evidence : agency;
  };
}

/** The text typed, trimmed; undefined when it is empty or "-", which remove what was offered. */
export function typedText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' || trimmed === CLEAR ? undefined : trimmed;
}

/** The answer with its note or agency as typed: trimmed, and removed when the text is empty or "-". */
export function withText(answer: Answer, key: 'note' | 'agency', text: string): Answer {
  const rest = { ...answer };
  delete rest[key];
  const typed = typedText(text);
  return typed === undefined ? rest : { ...rest, [key]: typed };
}
