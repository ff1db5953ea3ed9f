import { UserError } from '../core/errors.js';
import { fsCause } from './fs-cause.js';
import { nodeHost, type Host } from './host.js';

/** Fails before slow rendering when a file could not be written anyway: its folder is missing or is not one. */
export function checkFolders(paths: Iterable<string>, host: Host = nodeHost): void {
  for (const path of paths) {
    let reason = 'it is not a folder';
    let folder = false;
    try {
      folder = host.fs.statSync(host.path.dirname(path)).isDirectory();
    } catch (error) {
      reason = fsCause(error);
    }
    if (!folder) {
      throw new UserError('WRITE_FAILED', `Cannot write ${path}: its folder ${host.path.dirname(path)} cannot be used (${reason}).`, {
        hint: 'Check that the folder exists and that you may write to it.',
      });
    }
  }
}
