import { createPrompt, isDownKey, isEnterKey, isSpaceKey, isUpKey, useEffect, useKeypress, useRef, useState } from '@inquirer/core';
import { BACK, type Back } from '../../core/interview/prompter.js';
import { CURSOR_HIDE, answeredLine, errorLine, goBack, isBackKey, keysLine, questionLines, type Frame } from './frame.js';
import { lineCount, renderItem, useListPage } from './list-page.js';
import { followTyping } from './typing.js';

interface CheckboxConfig extends Frame {
  readonly message: string;
  readonly items: readonly string[];
  /** Indexes ticked at the start. */
  readonly ticked: readonly number[];
  /** Esc or ← returns BACK. */
  readonly back: boolean;
}

/**
 * Ticks in a list, returned as the ticked indexes (or BACK). Enter with nothing ticked asks for
 * a second Enter, so that "none of these" is never given by accident.
 */
export const checkboxPrompt = createPrompt<number[] | Back, CheckboxConfig>((config, done) => {
  const [answered, setAnswered] = useState<string | Back | undefined>(undefined);
  const [active, setActive] = useState(0);
  const [ticked, setTicked] = useState<readonly number[]>(config.ticked);
  const [error, setError] = useState<string | undefined>(undefined);
  const [confirmingNone, setConfirmingNone] = useState(false);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pause.current), []);

  const leave = (chosen: number[] | Back): void => {
    setAnswered(chosen === BACK ? BACK : chosen.length === 0 ? config.messages.t('keys.none_of_these') : chosen.map((i) => config.items[i] ?? '').join('; '));
    done(chosen);
  };

  useKeypress((key, rl) => {
    clearTimeout(pause.current);
    setError(undefined);
    if (isEnterKey(key)) {
      if (ticked.length === 0 && !confirmingNone) {
        setConfirmingNone(true);
        setError(config.messages.t('keys.nothing_ticked'));
        return;
      }
      leave([...ticked].sort((a, b) => a - b));
      return;
    }
    setConfirmingNone(false);
    if (isBackKey(key, true)) {
      rl.clearLine(0);
      goBack(config, () => leave(BACK), setError);
      return;
    }
    if (isUpKey(key) || isDownKey(key)) {
      rl.clearLine(0);
      setActive(isUpKey(key) ? Math.max(0, active - 1) : Math.min(config.items.length - 1, active + 1));
      return;
    }
    if (isSpaceKey(key)) {
      rl.clearLine(0);
      setTicked(ticked.includes(active) ? ticked.filter((i) => i !== active) : [...ticked, active]);
      return;
    }
    const typed = rl.line;
    if (typed === '') return;
    const found = followTyping(
      rl,
      config.items.map((name) => ({ name })),
      pause,
      config.messages,
    );
    if (found.index === undefined) {
      setError(found.problem);
    } else {
      setActive(found.index);
    }
  });

  if (answered !== undefined) return answeredLine(config, config.message, answered);
  const question = questionLines(config, config.message);
  const { t } = config.messages;
  const keys = keysLine(config, [t('keys.move'), t('keys.space_ticks'), t('keys.letters_item'), t('keys.enter_done'), ...(config.back ? [t('keys.back_previous')] : []), t('keys.stop')]);
  const problem = errorLine(config, error);
  const rendered = config.items.map((name, index) => renderItem(config, `${ticked.includes(index) ? '[x]' : '[ ]'} ${name}`, 4, index === active));
  const { body } = useListPage(config, rendered, active, lineCount(question) + lineCount(keys) + lineCount(problem));
  const lines = [question, body, ''];
  if (problem !== '') lines.push(problem);
  lines.push(keys);
  return `${lines.join('\n')}${CURSOR_HIDE}`;
});
