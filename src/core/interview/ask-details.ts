import type { Answer, Indicator, Verification } from '../types.js';
import type { Choice, Prompter } from './prompter.js';

/** Typed instead of a note or agency, removes the one offered as the default. */
const CLEAR = '-';
const KEEP_OR_CLEAR = `Enter keeps it, ${CLEAR} removes it`;

const verificationChoices: readonly Choice<Verification>[] = [
  { value: 'claimed', name: 'Claimed: someone says so, nobody has seen it yet', short: 'Claimed' },
  { value: 'document-seen', name: 'Document seen: the assessors have seen it', short: 'Document seen' },
  { value: 'independently-verified', name: 'Independently verified: checked by someone outside the ministry', short: 'Independently verified' },
];

/**
 * The questions after the answer: a note, evidence (not for "don't know" or "not applicable")
 * and the answering agency. Every step is saved through `record` as soon as it is given, so
 * stopping half-way through loses only the text being typed.
 */
export async function askDetails(
  prompter: Prompter,
  indicator: Indicator,
  start: Answer,
  agencyDefault: string | undefined,
  record: (answer: Answer) => Promise<void>,
): Promise<Answer> {
  let answer = start;
  await record(answer);

  const note = await prompter.text({
    message: `${answer.status === 'dont-know' ? 'Note: who could find out?' : 'Note'} (${answer.note === undefined ? 'optional, Enter to go on' : KEEP_OR_CLEAR})`,
    ...(answer.note === undefined ? {} : { default: answer.note }),
  });
  answer = withText(answer, 'note', note);
  await record(answer);

  if (answer.status === 'answered') {
    prompter.show({ kind: 'evidence', prompt: indicator.evidencePrompt, existing: answer.evidence });
    for (;;) {
      const title = (await prompter.text({ message: 'Evidence title (Enter to finish)' })).trim();
      if (title === '') break;
      const link = (await prompter.text({ message: 'Link or file (optional)' })).trim();
      const verification = await prompter.select<Verification>({ message: 'How far is it verified?', choices: verificationChoices, default: 'claimed' });
      answer = { ...answer, evidence: [...answer.evidence, { title, verification, ...(link === '' ? {} : { link }) }] };
      await record(answer);
    }
  }

  const defaultAgency = answer.agency ?? agencyDefault;
  const agency = await prompter.text({
    message: `Answering agency (${defaultAgency === undefined ? 'optional' : KEEP_OR_CLEAR})`,
    ...(defaultAgency === undefined ? {} : { default: defaultAgency }),
  });
  answer = withText(answer, 'agency', agency);
  await record(answer);
  return answer;
}

function withText(answer: Answer, key: 'note' | 'agency', text: string): Answer {
  const rest = { ...answer };
  delete rest[key];
  const trimmed = text.trim();
  return trimmed === '' || trimmed === CLEAR ? rest : { ...rest, [key]: trimmed };
}
