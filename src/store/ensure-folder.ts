import { mkdirSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { fsCause } from './fs-cause.js';

/** Makes a folder (and those above it) unless it exists: where a workshop's answers files go. */
export function ensureFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new UserError('FOLDER_UNWRITABLE', `gret cannot make the folder ${folder}: ${fsCause(error)}.`, { hint: 'Choose a folder you can write in.' });
  }
}
