import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { launchBrowser, type BrowserSession } from './launch-browser.js';

// The harness itself: it must see a missing text alternative and a request that leaves the page,
// or a clean result from the report and web tests would mean nothing.
describe('the browser test harness', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('finds no violation and no request beyond the page on a clean page', async () => {
    const opened = await browser.open('test/browser/fixtures/clean-page.html', { width: 360 });
    expect(await opened.axeViolations()).toEqual([]);
    expect(opened.requests).toEqual([opened.url]);
    expect(await opened.page.locator('h1').innerText()).toBe('A clean page');
    await opened.close();
  });

  it('reports an image without a text alternative and the request it makes', async () => {
    const opened = await browser.open('test/browser/fixtures/faulty-page.html', { width: 1280 });
    expect((await opened.axeViolations()).map(({ id, targets }) => ({ id, targets }))).toEqual([{ id: 'image-alt', targets: ['img'] }]);
    expect(opened.requests).toEqual([opened.url, 'http://127.0.0.1:9/picture.png']);
    await opened.close();
  });

  it('opens the page at the width asked for', async () => {
    const opened = await browser.open('test/browser/fixtures/clean-page.html', { width: 320 });
    expect(await opened.page.evaluate('window.innerWidth')).toBe(320);
    await opened.close();
  });
});
