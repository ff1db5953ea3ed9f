import { UserError } from '../core/errors.js';
import { errorCode, fsCause } from './fs-cause.js';
import { nodeHost, type Host } from './host.js';

/**
 * The real path of `name` inside `dir`, with symbolic links followed on both sides, so that
 * a pack or template from a third party can only ever read its own files.
 */
export function resolveInside(dir: string, name: string, what: string, host: Host = nodeHost): string {
  const { path, fs } = host;
  const outside = new UserError('OUTSIDE_FOLDER', `${name} lies outside ${dir}; ${what} must sit inside that folder.`, {
    hint: `Put the file inside ${dir} and name it relative to that folder.`,
  });
  if (path.isAbsolute(name)) throw outside;
  let real: string;
  let root: string;
  try {
    root = fs.realpathSync(dir);
    real = fs.realpathSync(path.resolve(dir, name));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP') {
      throw new UserError('SYMLINK_LOOP', `Cannot read ${what} ${name} in ${dir}: it is a symbolic link that leads back to itself.`, {
        hint: 'Replace the link with the file it should point to.',
      });
    }
    if (code === 'ENOENT') throw new UserError('FILE_NOT_FOUND', `Cannot read ${what} ${name} in ${dir}: there is no such file.`);
    throw new UserError('CANNOT_READ', `Cannot read ${what} ${name} in ${dir}: ${fsCause(error)}.`);
  }
  const rel = path.relative(root, real);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) throw outside;
  return real;
}
