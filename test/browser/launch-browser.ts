import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';

/**
 * A real Chromium for tests, with nothing but npm packages: `@sparticuz/chromium` carries the
 * browser binary (unpacked to the temporary folder by `executablePath()`, see unpack-chromium.js),
 * `playwright-core` drives it, `axe-core` checks pages. No Debian package, no display, no stdin.
 *
 * One browser per test file (launch in `beforeAll`, `close()` in `afterAll`); `open()` gives each
 * check a fresh context at the width it asks for, so pages share no cache or storage.
 *
 *   const browser = await launchBrowser();
 *   const opened = await browser.open('dist/report.html', { width: 360 });
 *   expect(await opened.axeViolations()).toEqual([]);
 *   expect(opened.requests).toEqual([opened.url]);
 */

/** The axe-core tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One axe-core violation, cut down to what a failing test should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface OpenedPage {
  page: Page;
  /** The address the page was opened at (a file path becomes a `file://` URL). */
  url: string;
  /** Every request the page has made so far, in order, the page itself first. */
  requests: string[];
  /** Runs axe-core in the page and returns what breaks WCAG 2.2 A/AA. */
  axeViolations(): Promise<AxeViolation[]>;
  close(): Promise<void>;
}

export interface BrowserSession {
  browser: Browser;
  /** Opens a URL, or a file path (relative to the working folder), at the given viewport. */
  open(target: string, viewport: { width: number; height?: number }): Promise<OpenedPage>;
  close(): Promise<void>;
}

// Left out of the package's serverless flags: those that loosen what pages may do, so pages meet
// the rules (same origin, mixed content) a reader's browser applies, and `--single-process`, with
// which closing one context takes the whole browser down.
const loosening = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process']);

/** The part of axe-core's in-page API the check uses. */
interface Axe {
  run(options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }>;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function addressOf(target: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return target;
  return pathToFileURL(isAbsolute(target) ? target : resolve(target)).href;
}

export async function launchBrowser(): Promise<BrowserSession> {
  const browser = await playwright.launch({
    executablePath: await chromium.executablePath(),
    args: chromium.args.filter((arg) => !loosening.has(arg)),
    headless: true,
  });
  return {
    browser,
    async open(target, { width, height = 800 }) {
      // bypassCSP lets axe-core in: a page whose policy forbids scripts would refuse the injected one.
      const context = await browser.newContext({ viewport: { width, height }, bypassCSP: true });
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      const page = await context.newPage();
      const url = addressOf(target);
      await page.goto(url, { waitUntil: 'load' });
      return {
        page,
        url,
        requests,
        async axeViolations() {
          await page.addScriptTag({ content: axeSource });
          return page.evaluate(async (tags) => {
            const { axe } = globalThis as unknown as { axe: Axe };
            const { violations } = await axe.run({ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
            return violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target.join(' ')) }));
          }, wcagTags);
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
