import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** resvg's WebAssembly module, from its npm package; the Word report draws its charts with it. */
export function loadRasteriser(): Uint8Array {
  return readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
}
