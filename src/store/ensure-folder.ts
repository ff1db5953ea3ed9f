import { mkdirSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { fsCause } from './fs-cause.js';

/** Makes a folder (and those above it) unless it exists: where a workshop's answers files go. */
export function ensureFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new UserError('FOLDER_UNWRITABLE', { key: 'errors.write.cannot_make_folder', values: { folder, reason: fsCause(error) } }, { hint: { key: 'errors.write.cannot_make_folder_hint' } });
  }
}
