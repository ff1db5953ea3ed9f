import type { Words } from '../core/messages/messages.js';
import { nodeHost, type Host } from './host.js';
import { freeName, sideFilesOf } from './side-files.js';

/**
 * Deals with what a stopped run left beside `file`: an unfinished save is removed; a finished one
 * that never replaced the file (the run was stopped between writing and renaming) is kept under
 * a name of its own, since it may hold the last answer given. Returns what was done, to be said.
 */
export function tidyLeftovers(file: string, host: Host = nodeHost): Words[] {
  const { fs, path } = host;
  let fileTime: number | undefined;
  try {
    fileTime = fs.statSync(file).mtimeMs;
  } catch {
    fileTime = undefined;
  }
  const notices: Words[] = [];
  for (const side of sideFilesOf(file, host)) {
    if (side.pid !== host.pid && host.isAlive(side.pid)) continue;
    let size: number;
    let time: number;
    try {
      const stat = fs.lstatSync(side.path);
      size = stat.size;
      time = stat.mtimeMs;
    } catch {
      continue;
    }
    const complete = side.size !== undefined && size === side.size;
    try {
      if (complete && (fileTime === undefined || time > fileTime)) {
        const kept = freeName(file, 'recovered', host);
        fs.renameSync(side.path, kept);
        notices.push({ key: 'notes.recovered', values: { file, kept } });
      } else {
        fs.unlinkSync(side.path);
        notices.push({ key: side.size === undefined ? 'notes.removed_copy' : 'notes.removed_save', values: { name: path.basename(side.path), file } });
      }
    } catch {
      // Not ours to remove (another user's folder, say): leave it for a later run.
    }
  }
  return notices;
}
