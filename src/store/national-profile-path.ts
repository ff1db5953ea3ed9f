import { nodeHost, type Host } from './host.js';
import { resolveInside } from './resolve-inside.js';

/**
 * Where the national profile of an assessment is read from. A file named on the command line is
 * the user's own choice and is read where it is. A file named inside the answers file is
 * confined to that file's folder, like a pack's or a template's own files: an answers file
 * received from someone else can then never make gret read a file elsewhere on the machine.
 */
export function nationalProfilePath(answersFile: string, named: string | undefined, flag: string | undefined, host: Host = nodeHost): string | undefined {
  if (flag !== undefined) return flag;
  if (named === undefined) return undefined;
  return resolveInside(host.path.dirname(host.path.resolve(answersFile)), named, { key: 'files.national_profile' }, host);
}
