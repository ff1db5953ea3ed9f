import type { Messages } from '../../core/messages/messages.js';
import { TYPING_PAUSE_MS } from './frame.js';

/** The part of the prompt's readline that holds what was typed. */
interface TypedLine {
  readonly line: string;
  clearLine(dir: 0): void;
  write(data: string): void;
}

export interface Typed {
  /** The item to highlight. */
  readonly index?: number;
  /** When only the last character matched: the search starts again from it. */
  readonly restart?: string;
  /** Said when nothing matches. */
  readonly problem?: string;
}

/**
 * What typing in a list points at. Digits find the item with that key (its own number, never
 * its position). Letters find the first item whose name begins with them; the same letter typed
 * n times finds the n-th item beginning with it, round and round. The answer depends on the typed
 * text alone, so it is the same however often it is asked.
 */
function findByTyping(entries: readonly { readonly name: string; readonly key?: string }[], typed: string, messages: Messages): Typed {
  if (/^\d+$/.test(typed)) {
    const exact = entries.findIndex((e) => e.key === typed);
    if (exact !== -1) return { index: exact };
    const digit = typed.slice(-1);
    const alone = typed.length > 1 ? entries.findIndex((e) => e.key === digit) : -1;
    if (alone !== -1) return { index: alone, restart: digit };
    const keys = entries.flatMap((e) => (e.key === undefined ? [] : [e.key]));
    return {
      problem: keys.length === 0 ? messages.t('keys.no_numbers') : messages.t('keys.no_such_number', { typed, first: keys[0] ?? '', last: keys.at(-1) ?? '' }),
    };
  }
  const term = typed.toLocaleLowerCase();
  const starting = (start: string): number[] => entries.flatMap((e, i) => (e.name.toLocaleLowerCase().startsWith(start) ? [i] : []));
  const letter = /^(.)\1+$/u.exec(term)?.[1];
  const same = letter === undefined ? [] : starting(letter);
  if (same.length > 0) return { index: same[([...term].length - 1) % same.length] };
  const [first] = starting(term);
  if (first !== undefined) return { index: first };
  const last = [...term].at(-1);
  const [restarted] = last === undefined || term.length === 1 ? [] : starting(last);
  if (last !== undefined && restarted !== undefined) return { index: restarted, restart: last };
  return { problem: messages.t('keys.no_such_start', { typed }) };
}

/**
 * Follows typing in a list: what the line typed so far points at. The line is kept until a
 * pause, so that the next key adds to it, and starts again from the last key when only that
 * key matches.
 */
export function followTyping(
  rl: TypedLine,
  entries: readonly { readonly name: string; readonly key?: string }[],
  pause: { current: ReturnType<typeof setTimeout> | undefined },
  messages: Messages,
): Typed {
  const found = findByTyping(entries, rl.line, messages);
  if (found.restart !== undefined) {
    rl.clearLine(0);
    rl.write(found.restart);
  }
  pause.current = setTimeout(() => rl.clearLine(0), TYPING_PAUSE_MS);
  return found;
}
