// Writes docs/sources.md from the bundled packs' bibliographies: `npm run docs:sources` (which
// builds first). test/report/sources-doc.test.ts fails while the committed page is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRubric } from '../dist/cli/load-rubric.js';
import { bundledPackNames } from '../dist/cli/package-root.js';
import { renderSourcesDoc } from '../dist/report/markdown/render-sources-doc.js';

const root = join(import.meta.dirname, '..');
const packs = [];
for (const name of bundledPackNames) packs.push((await loadRubric(join(root, 'rubrics', name), { compiled: false })).rubric);
writeFileSync(join(root, 'docs', 'sources.md'), renderSourcesDoc(packs));
