import { createHash } from 'node:crypto';
import { packContents, type PackFiles } from './read-pack.js';

/**
 * The content hash of every file of the pack with its name, which an assessment records to say
 * which pack text it was scored against. Only a pack that is validated needs it: loading the
 * hash functions costs a twentieth of start-up.
 */
export function packHash(files: PackFiles): string {
  const hash = createHash('sha256');
  for (const { name, text } of packContents(files)) hash.update(name).update('\0').update(text).update('\0');
  return `sha256:${hash.digest('hex').slice(0, 16)}`;
}
