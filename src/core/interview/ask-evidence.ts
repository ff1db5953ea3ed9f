import { levelOf } from '../scoring/level-of.js';
import type { Answer, Evidence, Verification } from '../types.js';
import type { Visit, VisitOutcome } from './ask-answer.js';
import { CLEAR, typedText, type Draft } from './ask-details.js';
import { BACK, type Choice } from './prompter.js';
import type { Step } from './walk-steps.js';

/** The message that names each verification level; both front ends show these. */
export const verificationKeys: Readonly<Record<Verification, string>> = {
  claimed: 'evidence.claimed',
  'document-seen': 'evidence.document_seen',
  'independently-verified': 'evidence.independently_verified',
};

type ListChoice = { readonly kind: 'entry'; readonly entry: Evidence } | { readonly kind: 'add' } | { readonly kind: 'done' };
const ADD: ListChoice = { kind: 'add' };
const DONE: ListChoice = { kind: 'done' };

/**
 * The evidence of an answer as a list: each reference can be opened to edit or delete it, new
 * ones added, and "Go on" (where the list starts) leads to `next`. A reference is saved once
 * its verification is chosen.
 */
export function askEvidence(visit: Visit, draft: Draft, update: (answer: Answer) => Promise<void>, next: Step<VisitOutcome>): Step<VisitOutcome> {
  const { prompter } = visit;
  const { t } = prompter.messages;
  const verificationChoices = (Object.keys(verificationKeys) as Verification[]).map(
    (value): Choice<Verification> => ({ value, name: t(verificationKeys[value]), short: t(`${verificationKeys[value]}_short`) }),
  );
  const evidenceText = (e: Evidence): string =>
    t('evidence.entry', { title: e.title, link: e.link === undefined ? '' : t('evidence.entry_link', { link: e.link }), verification: t(`${verificationKeys[e.verification]}_state`) });

  const list: Step<VisitOutcome> = async () => {
    if (!draft.evidencePromptShown) {
      const { status, value } = draft.answer;
      const level = status === 'answered' && value !== undefined ? levelOf(visit.indicator, value, visit.rubric.maxLevel) : null;
      const needed = level === null ? null : (visit.indicator.evidence[level] ?? null);
      prompter.show({ kind: 'evidence', prompt: visit.indicator.evidencePrompt, ...(level === null || needed === null ? {} : { needed: { level, evidence: needed } }) });
      draft.evidencePromptShown = true;
    }
    const entries = draft.answer.evidence;
    const choice = await prompter.select<ListChoice>({
      message: entries.length === 0 ? t('evidence.none_yet') : t('evidence.list'),
      choices: [
        ...entries.map((entry, i): Choice<ListChoice> => ({ value: { kind: 'entry', entry }, key: String(i + 1), name: evidenceText(entry), short: entry.title })),
        { value: ADD, name: entries.length === 0 ? t('evidence.add_first') : t('evidence.add_another') },
        { value: DONE, name: entries.length === 0 ? t('evidence.go_on_without') : t('evidence.go_on_complete'), short: t('evidence.go_on_short') },
      ],
      default: DONE,
      back: true,
    });
    if (choice === BACK) return BACK;
    switch (choice.kind) {
      case 'done':
        return next;
      case 'add':
        return edit(undefined);
      case 'entry':
        return open(choice.entry);
    }
  };

  const open =
    (entry: Evidence): Step<VisitOutcome> =>
    async () => {
      // Going back can lead here after the reference was deleted: pass over it.
      const number = draft.answer.evidence.indexOf(entry) + 1;
      if (number === 0) return BACK;
      const action = await prompter.select<'edit' | 'delete'>({
        message: t('evidence.reference', { number, title: entry.title }),
        choices: [
          { value: 'edit', name: t('evidence.edit') },
          { value: 'delete', name: t('evidence.delete') },
        ],
        back: true,
      });
      if (action === BACK) return BACK;
      if (action === 'edit') return edit(entry);
      await update({ ...draft.answer, evidence: draft.answer.evidence.filter((e) => e !== entry) });
      prompter.show({ kind: 'evidence-deleted', evidence: entry });
      return list;
    };

  /** Adds a reference (`base` undefined) or edits one; asked again, the questions offer what was typed. */
  const edit = (base: Evidence | undefined): Step<VisitOutcome> => {
    const typed: { title: string; link: string | undefined; verification: Verification; saved: Evidence | undefined } = {
      title: base?.title ?? '',
      link: base?.link,
      verification: base?.verification ?? 'claimed',
      saved: base,
    };
    const title: Step<VisitOutcome> = async () => {
      const text = await prompter.text({
        message: base === undefined ? t('evidence.title') : t('evidence.title_keep'),
        back: true,
        ...(typed.title === '' ? {} : { default: typed.title }),
        validate: (text) => (text.trim() === '' ? t('evidence.title_empty') : true),
      });
      if (text === BACK) return BACK;
      typed.title = text.trim();
      return link;
    };
    const link: Step<VisitOutcome> = async () => {
      const text = await prompter.text({
        message: t('evidence.link', { how: typed.link === undefined ? t('interview.optional') : t('interview.keep_or_clear', { clear: CLEAR }) }),
        back: true,
        ...(typed.link === undefined ? {} : { default: typed.link }),
      });
      if (text === BACK) return BACK;
      typed.link = typedText(text);
      return verification;
    };
    const verification: Step<VisitOutcome> = async () => {
      const chosen = await prompter.select({ message: t('evidence.how_verified'), choices: verificationChoices, default: typed.verification, back: true });
      if (chosen === BACK) return BACK;
      typed.verification = chosen;
      const entry: Evidence = {
        title: typed.title,
        ...(typed.link === undefined ? {} : { link: typed.link }),
        ...(base?.date === undefined ? {} : { date: base.date }),
        ...(base?.providedBy === undefined ? {} : { providedBy: base.providedBy }),
        verification: chosen,
      };
      const evidence = draft.answer.evidence;
      const saved = typed.saved;
      const replaced = saved !== undefined && evidence.includes(saved) ? evidence.map((e) => (e === saved ? entry : e)) : [...evidence, entry];
      await update({ ...draft.answer, evidence: replaced });
      typed.saved = entry;
      return list;
    };
    return title;
  };

  return list;
}
