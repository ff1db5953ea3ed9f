import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { evaluate } from '../../src/cli/evaluate.js';
import { renderPdf } from '../../src/report/pdf/render-pdf.js';
import { extractPdf } from './pdf-text.js';
import { reportInput } from './report-input.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'templates', 'sample-assessment.yaml');
/** The body ends this far above the bottom edge (theme.margins.bottom); below it only the footer line may stand. */
const BOTTOM_MARGIN = 64;

describe('the body of every page', () => {
  it('ends above the footer on every page of the sample report, whatever falls at a page end', async () => {
    const { assessment } = await evaluate({ assessment: SAMPLE });
    const { pages } = await extractPdf((await renderPdf(reportInput(assessment))).content);
    for (const [n, page] of pages.entries()) {
      const low = page.items.filter((i) => i.str.trim() !== '' && i.y < BOTTOM_MARGIN);
      // The footer is one line: every item down there stands on the same baseline.
      const baselines = new Set(low.map((i) => Math.round(i.y)));
      expect({ page: n + 1, baselines: baselines.size }).toEqual({ page: n + 1, baselines: n === 0 ? 0 : 1 });
    }
    // Laying out and reading back the whole sample report takes a while on a busy machine.
  }, 120_000);
});
