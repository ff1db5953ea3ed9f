import type { Messages } from '../../core/messages/messages.js';
import { sliceColumns } from '../terminal/display-width.js';

/**
 * A one-line progress count, e.g. "Reading assessments: 512 read, 3 skipped". The files are read
 * as the folders are walked, so how many there are in all is known only at the end: a count,
 * not a bar.
 */
export function progressLine(read: number, skipped: number, columns: number, messages: Messages): string {
  return sliceColumns(messages.t('output.aggregate.progress', { read, skipped }), Math.max(0, columns - 1));
}
