import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { bundledPackNames } from '../../src/cli/package-root.js';
import { renderSourcesDoc } from '../../src/report/markdown/render-sources-doc.js';

const ROOT = join(import.meta.dirname, '..', '..');
const loaded = await Promise.all(bundledPackNames.map((name) => loadRubric(join(ROOT, 'rubrics', name), { compiled: false })));
const packs = loaded.map((l) => l.rubric);

describe('docs/sources.md', () => {
  it('is committed up to date with the packs\' bibliographies (regenerate: npm run docs:sources)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'sources.md'), 'utf8')).toBe(renderSourcesDoc(packs));
  });

  it('rests on packs where every source is cited and every listed figure still stands in the text', () => {
    // Validation reports an uncited source (UNUSED_SOURCE) and a figure no longer in the pack (FIGURE_NOT_IN_PACK) as warnings.
    expect(loaded.flatMap((l) => l.warnings).map((w) => w.code)).toEqual([]);
    for (const pack of packs) for (const s of pack.sources) expect(renderSourcesDoc([pack])).toMatch(new RegExp(`### ${s.key}\\n[\\s\\S]*?Cited by: \``));
  });

  it('quotes every figure with where it was checked', () => {
    const doc = renderSourcesDoc(packs);
    const figures = packs.flatMap((p) => p.sources.flatMap((s) => s.figures));
    expect(figures.length).toBeGreaterThanOrEqual(30);
    for (const f of figures) expect(doc).toContain(`“${f.text.replace(/\s+/g, ' ')}” — checked: ${f.checked}`);
    expect(doc).toContain('“ITU\'s gender parity score, with parity between 0.98 and 1.02”');
  });
});
