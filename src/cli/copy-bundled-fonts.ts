// Build step (npm run build): copies the font files the PDF report uses out of the font packages.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { shippedFontFiles } from '../report/text/font-catalog.js';
import { fontsFolder } from './package-root.js';

const require = createRequire(import.meta.url);
mkdirSync(fontsFolder, { recursive: true });
for (const { source, file } of shippedFontFiles()) copyFileSync(require.resolve(source), join(fontsFolder, file));
