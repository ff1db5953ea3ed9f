import type { Words } from '../core/messages/messages.js';
import { UserError } from '../core/errors.js';
import { fsCause } from './fs-cause.js';
import { nodeHost, type Host } from './host.js';

/** Fails before slow rendering when a file could not be written anyway: its folder is missing or is not one. */
export function checkFolders(paths: Iterable<string>, host: Host = nodeHost): void {
  for (const path of paths) {
    let reason: Words = { key: 'errors.cause.not_a_folder' };
    let folder = false;
    try {
      folder = host.fs.statSync(host.path.dirname(path)).isDirectory();
    } catch (error) {
      reason = fsCause(error);
    }
    if (!folder) {
      throw new UserError('WRITE_FAILED', { key: 'errors.write.folder_unusable', values: { path, folder: host.path.dirname(path), reason } }, { hint: { key: 'errors.write.folder_unusable_hint' } });
    }
  }
}
