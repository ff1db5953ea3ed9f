import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderHtml } from '../../src/report/html/render-html.js';
import { gret } from '../e2e/run-gret.js';
import { reportInput } from '../report/report-input.js';
import { assessmentWithNotes, SCRIPT_SENTENCES } from '../report/script-sentences.js';
import { inkShare } from './ink.js';
import { launchBrowser, type BrowserSession, type OpenedPage } from './launch-browser.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'templates', 'sample-assessment.yaml');
const MAX_BYTES = 1024 * 1024;
// An A4 page in PDF points, and the right edge of its text: the page less the print style's 16 mm margin.
const A4 = { width: 595.28, height: 841.89 };
const TEXT_RIGHT = A4.width - (16 / 25.4) * 72;
// The width of that text in CSS pixels, at which the print layout is checked.
const PRINT_WIDTH = Math.floor(((210 - 32) / 25.4) * 96);

let browser: BrowserSession;
let folder: string;

beforeAll(async () => {
  browser = await launchBrowser();
  folder = mkdtempSync(join(tmpdir(), 'gret-html-'));
});

afterAll(async () => {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Every element wider than the page outside a region that scrolls, as tag and text: what makes a reader scroll sideways. */
const OVERFLOWING = `[...document.querySelectorAll('body *')]
  .filter((e) => e.closest('.scroll') === null && e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
  .map((e) => e.tagName + ': ' + e.textContent.slice(0, 40))`;

const HEADING_LEVELS = `[...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName.slice(1)))`;

describe('the sample report as a web page', () => {
  let html: string;
  let opened: OpenedPage;

  beforeAll(async () => {
    const run = gret(['report', SAMPLE, '-o', join(folder, 'sample'), '--format', 'html,csv,json']);
    expect(run.stderr).toBe('');
    html = readFileSync(join(folder, 'sample.html'), 'utf8');
    opened = await browser.open(join(folder, 'sample.html'), { width: 1280 });
  });

  afterAll(() => opened.close());

  it('is one file under 1 MB that loads nothing but itself', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(MAX_BYTES);
    expect(opened.requests).toEqual([opened.url]);
  });

  it('breaks no WCAG 2.2 A or AA rule axe-core checks, at desktop and phone widths', async () => {
    expect(await opened.axeViolations()).toEqual([]);
    const phone = await browser.open(join(folder, 'sample.html'), { width: 360 });
    expect(await phone.axeViolations()).toEqual([]);
    await phone.close();
  });

  it('has one h1, headings that never skip a level, and the landmarks', async () => {
    const levels = (await opened.page.evaluate(HEADING_LEVELS)) as number[];
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, k) => expect(level - (levels[k - 1] ?? 0)).toBeLessThanOrEqual(1));
    for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const) expect(await opened.page.getByRole(role).count()).toBeGreaterThan(0);
  });

  it('offers the action plan as the same CSV file that --format csv writes', async () => {
    const [download] = await Promise.all([opened.page.waitForEvent('download'), opened.page.locator('a.download').click()]);
    expect(download.suggestedFilename()).toBe('action-plan.csv');
    expect(readFileSync(await download.path())).toEqual(readFileSync(join(folder, 'sample.plan.csv')));
  });

  it('carries the result that --format json writes', async () => {
    const carried = await opened.page.evaluate(`JSON.parse(document.getElementById('gret-data').textContent)`);
    expect(carried).toEqual(JSON.parse(readFileSync(join(folder, 'sample.json'), 'utf8')));
  });

  it.each([320, 640])('reads at %i px, as at 200 %% zoom on a small laptop, without scrolling sideways', async (width) => {
    const narrow = await browser.open(join(folder, 'sample.html'), { width });
    expect(await narrow.page.evaluate(OVERFLOWING)).toEqual([]);
    await narrow.close();
  });

  it('lays every table out within the printed page', async () => {
    const print = await browser.open(join(folder, 'sample.html'), { width: PRINT_WIDTH });
    await print.page.emulateMedia({ media: 'print' });
    const clipped = await print.page.evaluate(`[...document.querySelectorAll('table')].flatMap((t) => {
      const cells = [...t.querySelectorAll('th, td')].filter((c) => c.scrollWidth > c.clientWidth + 1);
      const wide = t.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5;
      return wide || cells.length > 0 ? [t.querySelector('th').textContent] : [];
    })`);
    expect(clipped).toEqual([]);
    await print.close();
  });

  it('prints to A4 pages whose text stays inside the margins', async () => {
    const pdf = await opened.page.pdf({ preferCSSPageSize: true });
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
    expect(doc.numPages).toBeGreaterThan(10);
    const outside: string[] = [];
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width = 0, height = 0] = page.view;
      expect([Math.round(width), Math.round(height)]).toEqual([Math.round(A4.width), Math.round(A4.height)]);
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        text += item.str;
        if ((item.transform[4] ?? 0) + item.width > TEXT_RIGHT + 1) outside.push(`page ${n}: ${item.str}`);
      }
    }
    await doc.destroy();
    expect(outside).toEqual([]);
    // The action plan's last column is there, every row of it.
    const statuses = readFileSync(join(folder, 'sample.plan.csv'), 'utf8').split('\r\n').length - 2;
    expect(text.replace(/\s+/g, '').split('Notstarted').length - 1).toBeGreaterThanOrEqual(statuses);
  });
});

describe('a web page with a note in each script', () => {
  let opened: OpenedPage;

  beforeAll(async () => {
    const rendered = await renderHtml(reportInput(assessmentWithNotes(SCRIPT_SENTENCES.map((s) => s.text))));
    writeFileSync(join(folder, 'scripts.html'), rendered.content);
    opened = await browser.open(join(folder, 'scripts.html'), { width: 1280 });
    await opened.page.evaluate('document.fonts.ready');
  });

  afterAll(() => opened.close());

  it.each(SCRIPT_SENTENCES)('shows the $script sentence in $lang, drawn with the embedded $font', async ({ text, lang, font }) => {
    const run = opened.page.locator(`[lang="${lang}"]`, { hasText: text }).first();
    expect(await run.textContent()).toBe(text);
    // What Chromium actually drew the text with: the embedded font, every glyph of it.
    const cdp = await opened.page.context().newCDPSession(opened.page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: { nodeId: number } };
    const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `[lang="${lang}"]` })) as { nodeIds: number[] };
    await cdp.send('CSS.enable');
    const used = [];
    for (const nodeId of nodeIds) used.push(...((await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: { postScriptName: string; isCustomFont: boolean }[] }).fonts);
    await cdp.detach();
    expect(used.filter((f) => !f.isCustomFont)).toEqual([]);
    expect(used.map((f) => f.postScriptName)).toContain(font);
    expect(await inkShare(browser, await run.screenshot())).toBeGreaterThan(0.02);
  });

  it('breaks no WCAG 2.2 A or AA rule axe-core checks', async () => {
    expect(await opened.axeViolations()).toEqual([]);
  });
});

describe('a note that holds markup', () => {
  const hostile = 'Ends here</script><script>document.title = "taken"</script> <img src=x onerror="document.title = 1"> & "quoted"';

  it('is shown as typed and runs nothing', async () => {
    const rendered = await renderHtml(reportInput(assessmentWithNotes([hostile], 'Notes <b>&amp; co</b>')));
    writeFileSync(join(folder, 'hostile.html'), rendered.content);
    const opened = await browser.open(join(folder, 'hostile.html'), { width: 1280 });
    expect(await opened.page.locator('p', { hasText: 'Ends here' }).first().textContent()).toContain(hostile);
    expect(await opened.page.locator('h2', { hasText: 'Notes <b>&amp; co</b>' }).count()).toBe(1);
    expect(await opened.page.title()).not.toMatch(/taken|^1$/);
    expect(await opened.page.locator('img').count()).toBe(0);
    expect(opened.requests).toEqual([opened.url]);
    await opened.close();
  });
});

describe.each([
  ['the comparison', ['compare', 'test/fixtures/compare/baseline.yaml', 'test/fixtures/compare/follow-up.yaml'], 'compare'],
  ['the workshop summary', ['aggregate', 'test/fixtures/aggregate/workshop', '--workshop'], 'workshop'],
])('%s as a web page', (_name, args, name) => {
  let opened: OpenedPage;

  beforeAll(async () => {
    const run = gret([...args, '--rubric', 'test/fixtures/mini-pack', '-o', join(folder, name), '--format', 'html,json']);
    expect(run.stderr).toBe('');
    opened = await browser.open(join(folder, `${name}.html`), { width: 360 });
  });

  afterAll(() => opened.close());

  it('loads nothing but itself and breaks no WCAG 2.2 A or AA rule axe-core checks', async () => {
    expect(opened.requests).toEqual([opened.url]);
    expect(await opened.axeViolations()).toEqual([]);
    expect(await opened.page.evaluate(OVERFLOWING)).toEqual([]);
  });

  it('carries the JSON the command writes, the summary without its list of every assessment', async () => {
    const carried = await opened.page.evaluate(`JSON.parse(document.getElementById('gret-data').textContent)`);
    const written = JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8')) as Record<string, unknown>;
    delete written['assessments'];
    expect(carried).toMatchObject(written);
  });
});
