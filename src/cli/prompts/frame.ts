import type { KeypressEvent } from '@inquirer/core';
import { BACK, type Back } from '../../core/interview/prompter.js';
import type { Messages } from '../../core/messages/messages.js';
import { displayWidth } from '../../report/terminal/display-width.js';
import type { Style } from '../../report/terminal/style.js';
import { wrap } from '../../report/terminal/wrap.js';

/** What every gret prompt draws around itself: the question's heading, its width, its colours. */
export interface Frame {
  /** The words of the keys, hints and refusals, in the interview's language. */
  readonly messages: Messages;
  /** Lines shown above the message (where the user is, which indicator), already fitted to the width. */
  readonly heading?: string;
  readonly columns: number;
  readonly rows: number;
  readonly style: Style;
}

// The prompt is drawn below the cursor; a list hides it so that it cannot be mistaken for the choice.
export const CURSOR_HIDE = '\u001b[?25l';

/** Typed letters and digits are collected for this long, so that "do" finds "Don't know" and "12" finds item 12. */
export const TYPING_PAUSE_MS = 700;

/** The question with its heading; the last line is where a typed answer goes. */
export function questionLines(frame: Frame, message: string, tail = ''): string {
  const text = wrap(`? ${message}${tail}`, frame.columns, '  ');
  return frame.heading === undefined ? text : `${frame.heading}\n${text}`;
}

/** What stays on screen once the prompt is answered: the question and the answer (BACK: an arrow), wrapped to the terminal. */
export function answeredLine(frame: Frame, message: string, answer: string | Back): string {
  if (answer === BACK) return frame.style.dim(wrap(`← ${frame.messages.t('keys.went_back', { message })}`, frame.columns, '  '));
  const text = wrap(`✔ ${message} ${answer}`.trimEnd(), frame.columns, '  ');
  return `${frame.style.good('✔')}${text.slice(1)}`;
}

/** The keys that work here, listed below the prompt; a line breaks between keys, never inside one. */
export function keysLine(frame: Frame, keys: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const key of keys) {
    const longer = line === '' ? key : `${line} · ${key}`;
    if (displayWidth(longer) > frame.columns && line !== '') {
      lines.push(line);
      line = key;
    } else {
      line = longer;
    }
  }
  lines.push(line);
  return frame.style.dim(lines.join('\n'));
}

export function errorLine(frame: Frame, error: string | undefined): string {
  return error === undefined ? '' : frame.style.warn(wrap(`> ${error}`, frame.columns, '  '));
}

/** Esc everywhere; ← too in a list, where it has nothing else to do (in a text line it moves the cursor). */
export function isBackKey(key: KeypressEvent, inList: boolean): boolean {
  return key.name === 'escape' || (inList && key.name === 'left');
}

/** Esc or ← pressed: leaves where there is a question before, and says why not elsewhere. */
export function goBack(frame: { readonly back: boolean; readonly messages: Messages }, leave: () => void, say: (problem: string) => void): void {
  if (frame.back) leave();
  else say(frame.messages.t('keys.first_question'));
}
