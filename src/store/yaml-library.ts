import { createRequire } from 'node:module';

/**
 * The `yaml` package, loaded on first use. Reading it takes longer than reading a whole answers
 * file with yaml-subset.ts, so a command whose files hold no mistake never loads it; loading is
 * synchronous so that the readers built on it stay synchronous too.
 */
let loaded: typeof import('yaml') | undefined;

export function yamlLibrary(): typeof import('yaml') {
  loaded ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return loaded;
}
