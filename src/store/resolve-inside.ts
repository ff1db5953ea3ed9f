import type { Words } from '../core/messages/messages.js';
import { UserError } from '../core/errors.js';
import { errorCode, fsCause } from './fs-cause.js';
import { nodeHost, type Host } from './host.js';

/**
 * The real path of `name` inside `dir`, with symbolic links followed on both sides, so that
 * a pack or template from a third party can only ever read its own files.
 */
export function resolveInside(dir: string, name: string, what: Words, host: Host = nodeHost): string {
  const { path, fs } = host;
  const outside = new UserError('OUTSIDE_FOLDER', { key: 'errors.read.outside', values: { name, dir, what } }, { hint: { key: 'errors.read.outside_hint', values: { dir } } });
  if (path.isAbsolute(name)) throw outside;
  let real: string;
  let root: string;
  try {
    root = fs.realpathSync(dir);
    real = fs.realpathSync(path.resolve(dir, name));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP') {
      throw new UserError('SYMLINK_LOOP', { key: 'errors.read.cannot_in', values: { what, name, dir, reason: { key: 'errors.cause.symlink_loop' } } }, { hint: { key: 'errors.read.symlink_hint' } });
    }
    if (code === 'ENOENT') throw new UserError('FILE_NOT_FOUND', { key: 'errors.read.cannot_in', values: { what, name, dir, reason: { key: 'errors.cause.no_file' } } });
    throw new UserError('CANNOT_READ', { key: 'errors.read.cannot_in', values: { what, name, dir, reason: fsCause(error) } });
  }
  const rel = path.relative(root, real);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) throw outside;
  return real;
}
