import type { Messages, Words } from '../core/messages/messages.js';
import { sanitize } from '../core/sanitize.js';
import type { Io } from './io.js';

/** Where the notices of loadTemplate go: standard error, in the run's language. */
export function templateNotice(io: Io, messages: Messages): (words: Words) => void {
  return (words) => io.err(`${sanitize(`gret: ${messages.t('notes.note', { text: messages.say(words) })}`)}\n`);
}
