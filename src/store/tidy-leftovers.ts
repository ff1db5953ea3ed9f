import { nodeHost, type Host } from './host.js';
import { freeName, sideFilesOf } from './side-files.js';

/**
 * Deals with what a stopped run left beside `file`: an unfinished save is removed; a finished one
 * that never replaced the file (the run was stopped between writing and renaming) is kept under
 * a name of its own, since it may hold the last answer given. Returns what was done, to be said.
 */
export function tidyLeftovers(file: string, host: Host = nodeHost): string[] {
  const { fs, path } = host;
  let fileTime: number | undefined;
  try {
    fileTime = fs.statSync(file).mtimeMs;
  } catch {
    fileTime = undefined;
  }
  const notices: string[] = [];
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
        notices.push(`A run of gret was stopped after writing a save of ${file} but before putting it in place; that save is kept as ${kept}. Compare the two and keep what you need.`);
      } else {
        fs.unlinkSync(side.path);
        notices.push(`Removed ${path.basename(side.path)}, ${side.size === undefined ? 'a spare copy' : 'an unfinished save'} left beside ${file} by a run of gret that was stopped.`);
      }
    } catch {
      // Not ours to remove (another user's folder, say): leave it for a later run.
    }
  }
  return notices;
}
