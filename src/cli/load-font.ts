import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontsFolder } from './package-root.js';

/** The report's font files ship with gret in dist/fonts; the PDF renderer is handed their bytes. */
export function loadFont(file: string): Uint8Array {
  return readFileSync(join(fontsFolder, file));
}
