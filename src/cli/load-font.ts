import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Font files ship with gret inside its dependencies; the PDF renderer is handed their bytes. */
export function loadFont(file: string): Uint8Array {
  return readFileSync(require.resolve(file));
}
