import { createPrompt, isEnterKey, isTabKey, useKeypress, useState } from '@inquirer/core';
import { BACK, type Back } from '../../core/interview/prompter.js';
import { sanitize } from '../../core/sanitize.js';
import { wrap } from '../../report/terminal/wrap.js';
import { answeredLine, errorLine, goBack, isBackKey, keysLine, questionLines, type Frame } from './frame.js';

interface TextConfig extends Frame {
  readonly message: string;
  /** Taken when Enter is pressed on an empty line; Tab puts it in the line to be edited. */
  readonly default?: string;
  readonly validate?: (text: string) => string | true;
  /** Esc returns BACK. */
  readonly back: boolean;
}

/** A line of text, returned as typed (or the default, exactly as given); Esc asks for the previous question instead. */
export const textPrompt = createPrompt<string | Back, TextConfig>((config, done) => {
  const [answered, setAnswered] = useState<string | Back | undefined>(undefined);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const offered = config.default === undefined || config.default === '' ? undefined : config.default;

  useKeypress((key, rl) => {
    if (answered !== undefined) return;
    if (isEnterKey(key)) {
      const text = value === '' ? (offered ?? '') : value;
      const verdict = config.validate?.(text) ?? true;
      if (verdict === true) {
        setAnswered(text);
        done(text);
      } else {
        // Enter emptied the line; give the text back so that it can be corrected.
        rl.write(value);
        setError(verdict);
      }
      return;
    }
    if (isBackKey(key, false)) {
      goBack(
        config,
        () => {
          setAnswered(BACK);
          done(BACK);
        },
        setError,
      );
      return;
    }
    if (isTabKey(key) && offered !== undefined && value === '') {
      rl.clearLine(0);
      rl.write(offered);
      setValue(offered);
      return;
    }
    setValue(rl.line);
    setError(undefined);
  });

  if (answered !== undefined) return answeredLine(config, config.message, answered);
  // The default on a line of its own, so that a long note stays readable.
  const { t } = config.messages;
  const shown = offered === undefined ? '' : `\n${config.style.dim(wrap(`  ${t('keys.offered', { value: sanitize(offered) })}`, config.columns, '         '))}`;
  const keys = keysLine(config, [
    t(offered === undefined ? 'keys.enter_go_on' : 'keys.enter_takes'),
    ...(offered === undefined ? [] : [t('keys.tab_edits')]),
    ...(config.back ? [t('keys.esc_previous')] : []),
    t('keys.stop'),
  ]);
  const bottom = [errorLine(config, error), keys].filter((l) => l !== '').join('\n');
  return [`${questionLines(config, config.message)}${shown}\n› ${value}`, bottom];
});
