import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { gret } from '../e2e/run-gret.js';
import { launchBrowser, type BrowserSession, type OpenedPage } from './launch-browser.js';

const squash = (text: string) => text.replace(/\s+/g, '');

describe('the questionnaire to print, as a web page', () => {
  let browser: BrowserSession;
  let folder: string;
  let opened: OpenedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    folder = mkdtempSync(join(tmpdir(), 'gret-questionnaire-'));
    const run = gret(['template', '-o', join(folder, 'questionnaire.html')]);
    expect(run.code).toBe(0);
    opened = await browser.open(join(folder, 'questionnaire.html'), { width: 1280 });
  });

  afterAll(async () => {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('loads nothing but itself and breaks no WCAG 2.2 A or AA rule axe-core checks', async () => {
    expect(opened.requests).toEqual([opened.url]);
    expect(await opened.axeViolations()).toEqual([]);
  });

  it('gives every question boxes for its answers, not applicable and don’t know, and its indicator id', async () => {
    const questions = (await opened.page.evaluate(`[...document.querySelectorAll('.question')].map((q) => ({
      boxes: q.querySelectorAll('.box').length,
      choices: q.querySelectorAll(':scope > .ticks > li').length,
      id: q.querySelector('.id').textContent,
    }))`)) as { boxes: number; choices: number; id: string }[];
    expect(questions.length).toBeGreaterThan(30);
    for (const q of questions) {
      expect(q.id).toMatch(/^Indicator id: [a-z0-9-]+$/);
      expect(q.boxes).toBeGreaterThanOrEqual(q.choices);
      expect(q.choices).toBeGreaterThanOrEqual(2);
    }
  });

  it('prints on A4 with every question whole on one page', async () => {
    const titles = (await opened.page.evaluate(`[...document.querySelectorAll('.question')].map((q) => [q.querySelector('h3').textContent, q.querySelector('.id').textContent])`)) as [string, string][];
    const doc = await getDocument({ data: new Uint8Array(await opened.page.pdf({ preferCSSPageSize: true })), useSystemFonts: false, isEvalSupported: false }).promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      expect(page.view.slice(2).map(Math.round)).toEqual([595, 842]);
      pages.push(squash((await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('')));
    }
    await doc.destroy();
    const split = titles.filter(([title, id]) => {
      const first = pages.findIndex((p) => p.includes(squash(title)));
      return first === -1 || !pages[first]?.includes(squash(id));
    });
    expect(split).toEqual([]);
  });
});
