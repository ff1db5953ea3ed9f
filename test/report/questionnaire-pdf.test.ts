import { describe, expect, it } from '@jest/globals';
import { loadFont } from '../../src/cli/load-font.js';
import { loadRubric } from '../../src/cli/load-rubric.js';
import type { Rubric } from '../../src/core/types.js';
import { sheetFormats } from '../../src/report/sheet/sheet-formats.js';
import { extractPdf, squash } from './pdf-text.js';
import { defaultTemplate } from './report-input.js';

const A4 = { width: 595.28, height: 841.89 };

async function questionnaire(rubric: Rubric, date = '2026-03-02'): Promise<Uint8Array> {
  const { content } = await sheetFormats.pdf.render({ rubric, template: defaultTemplate(), loadFont, date });
  if (typeof content === 'string') throw new Error('a PDF is bytes');
  return content;
}

describe('the printed questionnaire', () => {
  it.each(['egov-women', 'egov-women-national', 'egov-women-service'])(
    'prints every question of %s whole on one A4 page, with its id, its boxes and its lines',
    async (pack) => {
      const { rubric } = await loadRubric(pack);
      const pdf = await extractPdf(await questionnaire(rubric));
      expect(pdf.tagged).toBe(true);
      for (const page of pdf.pages) expect({ width: Math.round(page.width * 100) / 100, height: Math.round(page.height * 100) / 100 }).toEqual(A4);
      const pages = pdf.pages.map((p) => squash(p.text));
      expect(pages[0]).toContain(squash('Ministry or agency'));
      for (const dimension of rubric.dimensions) {
        for (const ind of dimension.indicators) {
          const idLine = squash(`Indicator id: ${ind.id}`);
          const on = pages.flatMap((text, n) => (text.includes(idLine) ? [n] : []));
          // The id names exactly one page, and everything the question asks for is on it.
          expect({ id: ind.id, pages: on.length }).toEqual({ id: ind.id, pages: 1 });
          const page = pages[on[0] ?? -1] ?? '';
          const parts = [
            ind.question,
            ...(ind.type === 'level' ? ind.levels.filter((l): l is string => l !== null) : []),
            ...(ind.type === 'checklist' ? ind.items.map((i) => i.label) : []),
            ...(ind.type === 'choice' ? ind.options.map((o) => o.label) : []),
            ...(ind.type === 'parity' ? Object.values(ind.counts) : []),
            "Don't know",
            'Note:',
            'Answering agency:',
          ];
          for (const part of parts) expect({ id: ind.id, has: squash(part), found: page.includes(squash(part)) }).toEqual({ id: ind.id, has: squash(part), found: true });
        }
      }
    },
    120_000,
  );

  it('gives the same bytes for the same pack and day, and dates the file by the day it is printed', async () => {
    const { rubric } = await loadRubric('egov-women-service');
    const first = await questionnaire(rubric);
    expect(Buffer.from(await questionnaire(rubric)).equals(Buffer.from(first))).toBe(true);
    const pdf = await extractPdf(first);
    expect(String(pdf.info.CreationDate)).toContain('20260302');
    expect(pdf.outline).toEqual(rubric.dimensions.map((d, n) => `${n + 1}. ${d.title}`));
  }, 60_000);
});
