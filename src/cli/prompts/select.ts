import { createPrompt, isDownKey, isEnterKey, isUpKey, useEffect, useKeypress, useRef, useState } from '@inquirer/core';
import { BACK, type Back } from '../../core/interview/prompter.js';
import type { Messages } from '../../core/messages/messages.js';
import { wrap } from '../../report/terminal/wrap.js';
import { CURSOR_HIDE, answeredLine, errorLine, goBack, isBackKey, keysLine, questionLines, type Frame } from './frame.js';
import { lineCount, renderItem, useListPage } from './list-page.js';
import { followTyping } from './typing.js';

export interface ListItem {
  readonly name: string;
  /** Shown before the name; typing it highlights the item. */
  readonly key?: string;
  /** Shown once chosen, when the name is too long. */
  readonly short?: string;
}

export interface SelectConfig extends Frame {
  readonly message: string;
  readonly items: readonly ListItem[];
  /** The item highlighted at the start; without it nothing is, and Enter waits for a choice. */
  readonly start?: number;
  /** Offer a way back as the last item, and on Esc or ←. */
  readonly back: boolean;
  /** What that last item says, when going back is not to the previous question. */
  readonly backName?: string;
  /** Shown in place of the list while "?" is on. */
  readonly guidance?: string;
  /** Shown in place of the list while Tab is on: one term and its definition per line. */
  readonly glossary?: string;
}

/**
 * One choice from a list, returned as its index (or BACK). Unlike the stock select it can start
 * with nothing highlighted, digits highlight the item with that key (a level's own number, not
 * its position), letters jump to an item by its first letters (the same letter again moves to the
 * next one), and it never chooses without Enter.
 */
export const selectPrompt = createPrompt<number | Back, SelectConfig>((config, done) => {
  const entries: readonly ListItem[] = config.back ? [...config.items, { name: config.backName ?? config.messages.t('keys.previous_question_item') }] : config.items;
  const backIndex = config.back ? config.items.length : -1;
  const [answered, setAnswered] = useState<string | Back | undefined>(undefined);
  const [active, setActive] = useState(config.start ?? -1);
  const [error, setError] = useState<string | undefined>(undefined);
  // What shows in place of the list: the choices, the guidance ("?") or the glossary (Tab).
  const [aside, setAside] = useState<'none' | 'guidance' | 'glossary'>('none');
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pause.current), []);

  const choose = (index: number): void => {
    const entry = entries[index];
    if (entry === undefined) return;
    setAnswered(index === backIndex ? BACK : (entry.short ?? entry.name));
    done(index === backIndex ? BACK : index);
  };

  useKeypress((key, rl) => {
    clearTimeout(pause.current);
    setError(undefined);
    if (isEnterKey(key)) {
      if (active === -1) setError(config.messages.t('keys.nothing_chosen'));
      else choose(active);
      return;
    }
    if (isBackKey(key, true)) {
      rl.clearLine(0);
      goBack(config, () => choose(backIndex), setError);
      return;
    }
    if (key.name === 'tab' && config.glossary !== undefined) {
      rl.clearLine(0);
      setAside(aside === 'glossary' ? 'none' : 'glossary');
      return;
    }
    if (isUpKey(key) || isDownKey(key)) {
      rl.clearLine(0);
      setAside('none');
      const last = entries.length - 1;
      if (isUpKey(key)) setActive(active === -1 ? last : Math.max(0, active - 1));
      else setActive(active === -1 ? 0 : Math.min(last, active + 1));
      return;
    }
    const typed = rl.line;
    if (typed === '') return;
    if (typed.endsWith('?') && config.guidance !== undefined) {
      rl.clearLine(0);
      setAside(aside === 'guidance' ? 'none' : 'guidance');
      return;
    }
    const found = followTyping(rl, entries, pause, config.messages);
    if (found.index === undefined) {
      setError(found.problem);
    } else {
      setAside('none');
      setActive(found.index);
    }
  });

  if (answered !== undefined) return answeredLine(config, config.message, answered);

  const question = questionLines(config, config.message);
  const { t } = config.messages;
  const keys = keysLine(config, [
    t('keys.move'),
    ...numberRange(entries, config.messages),
    t('keys.letters_choice'),
    t('keys.enter_choose'),
    ...(config.back ? [t(config.backName === undefined ? 'keys.back_previous' : 'keys.back')] : []),
    ...(config.guidance === undefined ? [] : [t(aside === 'guidance' ? 'keys.guidance_off' : 'keys.guidance_on')]),
    ...(config.glossary === undefined ? [] : [t(aside === 'glossary' ? 'keys.glossary_off' : 'keys.glossary_on')]),
    t('keys.stop'),
  ]);
  const problem = errorLine(config, error);
  const rendered = entries.map((entry, index) =>
    renderItem(config, entry.key === undefined ? entry.name : `${entry.key} ${entry.name}`, entry.key === undefined ? 0 : entry.key.length + 1, index === active),
  );
  const { body: page, room } = useListPage(config, rendered, active, lineCount(question) + lineCount(keys) + lineCount(problem));
  const body =
    aside === 'guidance' && config.guidance !== undefined
      ? asideText(config, t('keys.guidance_text', { guidance: config.guidance }), room, t('keys.guidance_rest'))
      : aside === 'glossary' && config.glossary !== undefined
        ? asideText(config, t('keys.glossary_text', { glossary: config.glossary }), room, t('keys.glossary_rest'))
        : page;
  const lines = [question, body, ''];
  if (problem !== '') lines.push(problem);
  lines.push(keys);
  return `${lines.join('\n')}${CURSOR_HIDE}`;
});

function numberRange(entries: readonly ListItem[], messages: Messages): string[] {
  const keys = entries.flatMap((e) => (e.key === undefined ? [] : [e.key]));
  const [first] = keys;
  if (first === undefined) return [];
  const last = keys.at(-1) ?? first;
  return [first === last ? messages.t('keys.number_one', { first }) : messages.t('keys.number_range', { first, last })];
}

/** Text shown in place of the list, cut to the room there is, with a word on where the rest is. */
function asideText(frame: Frame, text: string, room: number, rest: string): string {
  const lines = text.split('\n').flatMap((line) => wrap(line, frame.columns, '  ').split('\n'));
  return lines.length <= room ? lines.join('\n') : [...lines.slice(0, room - 1), frame.style.dim(`  … (${rest})`)].join('\n');
}
