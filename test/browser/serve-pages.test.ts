import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { parseDocument } from 'yaml';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { bundledRubric } from '../../src/cli/package-root.js';
import { translatedRubric } from '../../src/cli/translated-rubric.js';
import { fixtureRubric } from '../interview/fixture-rubric.js';
import { copyAssessment, newAssessment, servers, workshops } from '../web/serve-client.js';
import { inkShare } from './ink.js';
import { launchBrowser, type BrowserSession } from './launch-browser.js';

const rubric = await fixtureRubric();
const serve = servers();
const workshop = workshops();
let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Presses Tab until the focus is on an element matching `selector`, as a keyboard user would. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) === true`)) === true) return;
  }
  throw new Error(`Tab never reached ${selector} on ${page.url()}`);
}

/** Moves through a radio group with the arrow keys until the one with `value` is checked. */
async function arrowTo(page: Page, name: string, value: string): Promise<void> {
  await tabTo(page, `input[name="${name}"]`);
  for (let i = 0; i < 20; i++) {
    if (await page.locator(`input[name="${name}"][value="${value}"]`).isChecked()) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the arrow keys never reached ${name}=${value}`);
}

async function submitWith(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

const pathOf = (page: Page): string => new URL(page.url()).pathname;

describe('gret serve in a real browser', () => {
  it('takes a whole interview by keyboard alone, with evidence, and shows a note with markup as text', async () => {
    const file = newAssessment(rubric, 'gret-serve-keys-');
    const { server, link } = await serve(rubric, file);
    const opened = await browser.open(link, { width: 360 });
    const { page } = opened;
    expect(pathOf(page)).toBe('/');
    await submitWith(page, 'a.button.primary');
    expect(pathOf(page)).toBe('/i/strategy');

    await arrowTo(page, 'choice', '=2');
    await tabTo(page, '#note');
    await page.keyboard.type('<script>window.hacked = 1</script> see chapter 3');
    await submitWith(page, 'button[value="stay"]');
    expect(pathOf(page)).toBe('/i/strategy');
    await submitWith(page, 'a[href="/i/strategy/evidence/new"]');
    await tabTo(page, '#title');
    await page.keyboard.type('Strategy 2024');
    await arrowTo(page, 'verification', 'document-seen');
    await submitWith(page, 'button[value="save"]');
    expect(pathOf(page)).toBe('/i/strategy');
    expect(await page.locator('#note').inputValue()).toBe('<script>window.hacked = 1</script> see chapter 3');
    expect(await page.evaluate('window.hacked')).toBeUndefined();
    await submitWith(page, 'a[rel="next"]');

    expect(pathOf(page)).toBe('/i/focal-unit');
    await arrowTo(page, 'choice', '=yes');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/i/unit-budget');
    await arrowTo(page, 'choice', 'dont-know');
    await submitWith(page, 'button[value="next"]');
    expect(pathOf(page)).toBe('/i/channels');
    await arrowTo(page, 'choice', '=phone');
    await submitWith(page, 'button[value="next"]');
    expect(pathOf(page)).toBe('/i/accessibility');
    // Ticking items is answering: the "Answer" choice need not be picked as well.
    await tabTo(page, '#item-0');
    await page.keyboard.press('Space');
    await tabTo(page, '#item-2');
    await page.keyboard.press('Space');
    await submitWith(page, 'button[value="next"]');
    expect(pathOf(page)).toBe('/i/women-users');
    await tabTo(page, '#number');
    await page.keyboard.type('38%');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(pathOf(page)).toBe('/i/centres');
    await tabTo(page, '#number');
    await page.keyboard.type('1200');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    // Refused, said beside the field, and the number typed kept.
    expect(await page.locator('.problem').innerText()).toBe('1200 is more than 1000: type a number from 0 to 1000.');
    await page.locator('#number').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('120');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(pathOf(page)).toBe('/scores');
    expect(await page.locator('main').innerText()).toContain('Every question that applies has an answer.');

    expect(parseDocument(readFileSync(file, 'utf8')).toJS().answers).toEqual({
      strategy: {
        status: 'answered',
        answer: 2,
        note: '<script>window.hacked = 1</script> see chapter 3',
        evidence: [{ title: 'Strategy 2024', verification: 'document-seen' }],
        agency: 'Ministry of Social Affairs',
      },
      'focal-unit': { status: 'answered', answer: 'yes', agency: 'Ministry of Social Affairs' },
      'unit-budget': { status: 'dont-know', agency: 'Ministry of Social Affairs' },
      channels: { status: 'answered', answer: 'phone', agency: 'Ministry of Social Affairs' },
      accessibility: { status: 'answered', answer: ['local-language', 'low-bandwidth'], agency: 'Ministry of Social Affairs' },
      'women-users': { status: 'answered', answer: 38, agency: 'Ministry of Social Affairs' },
      centres: { status: 'answered', answer: 120, agency: 'Ministry of Social Affairs' },
    });
    // Nothing but gret's own pages, style sheet and fonts was asked for.
    expect(opened.requests.filter((r) => !r.startsWith(server.origin))).toEqual([]);
    await opened.close();
  });

  it('refuses a post forged by a page of another origin open in the same browser', async () => {
    const file = newAssessment(rubric, 'gret-serve-forged-');
    const { server, link } = await serve(rubric, file);
    const before = readFileSync(file, 'utf8');
    const opened = await browser.open(link, { width: 1280 });
    // Another site on the same machine: same-site to the browser (the port does not count), so its post carries gret's cookie.
    const evil: Server = createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(`<!doctype html><title>x</title><form method="post" action="${server.origin}/i/strategy"><input name="choice" value="=4"><input name="form" value="guess"><button>go</button></form>`);
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    try {
      await opened.page.goto(`http://127.0.0.1:${(evil.address() as AddressInfo).port}/`);
      const [response] = await Promise.all([opened.page.waitForResponse(`${server.origin}/i/strategy`), opened.page.click('button')]);
      expect(response.status()).toBe(403);
      expect(await response.text()).toBe('');
    } finally {
      evil.close();
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
    await opened.close();
  });
});

describe('gret serve pages, checked by axe-core at phone and desktop widths', () => {
  const pages = [
    ['all questions', '/'],
    ['a level question', '/i/strategy'],
    ['a checklist', '/i/accessibility'],
    ['a number', '/i/centres'],
    ['a question its condition leaves out', '/i/unit-budget'],
    ['an evidence form', '/i/channels/evidence/new'],
    ['the glossary', '/glossary'],
    ['the scores', '/scores'],
  ] as const;

  it.each([360, 1280])('at %i px: no violation on any page type, and nothing wider than the screen', async (width) => {
    const file = newAssessment(rubric, 'gret-serve-axe-');
    const { server, link } = await serve(rubric, file);
    const opened = await browser.open(link, { width });
    const { page } = opened;
    const found: Record<string, unknown> = {};
    const check = async (name: string): Promise<void> => {
      found[name] = await opened.axeViolations();
      const wide = await page.evaluate('document.documentElement.scrollWidth');
      if (typeof wide !== 'number' || wide > width) found[`${name}: width`] = wide;
    };
    // "No" to the focal unit leaves its budget question out; channels answered, so it can have evidence.
    await page.goto(`${server.origin}/i/focal-unit`);
    await page.check('input[value="=no"]');
    await Promise.all([page.waitForNavigation(), page.click('button[value="next"]')]);
    await page.check('input[value="=phone"]');
    await Promise.all([page.waitForNavigation(), page.click('button[value="stay"]')]);
    for (const [name, path] of pages) {
      await page.goto(`${server.origin}${path}`);
      await check(name);
    }
    // A refused answer: the form again, with what to change.
    await page.goto(`${server.origin}/i/women-users`);
    await page.fill('#number', 'lots');
    await Promise.all([page.waitForNavigation(), page.click('button[value="next"]')]);
    expect(await page.locator('[role="alert"]').innerText()).toContain('“lots” is not a number');
    await check('a refused answer');
    expect(found).toEqual(Object.fromEntries([...pages.map(([name]) => [name, []]), ['a refused answer', []]]));
    await opened.close();
  });
});

describe("the workshop facilitator's page in a real browser", () => {
  it.each([360, 1280])('at %i px: the groups and their widest disagreement, with no axe-core violation', async (width) => {
    const blank = newAssessment(rubric, 'gret-workshop-axe-');
    const files = ['red', 'blue'].map((g) => copyAssessment(blank, 'gret-workshop-', `${g}.yaml`));
    const { links, server } = await workshop(rubric, files, { facilitator: true });
    for (const [k, level] of [[0, '=0'], [1, '=4']] as const) {
      const group = await browser.open(links[k] ?? '', { width });
      await group.page.goto(`${server.origin}/i/strategy`);
      await group.page.check(`input[value="${level}"]`);
      await Promise.all([group.page.waitForNavigation(), group.page.click('button[value="next"]')]);
      await group.close();
    }
    const opened = await browser.open(server.facilitatorLink ?? '', { width });
    expect(await opened.page.locator('ol.disagreements > li strong').first().innerText()).toBe('Digital strategy names gender goals');
    expect(await opened.axeViolations()).toEqual([]);
    expect(await opened.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    await opened.close();
  });
});

const pack = await loadRubric(bundledRubric);

describe('pages in Thai and Russian, drawn with the fonts gret serves', () => {
  const first = pack.rubric.dimensions[0]?.indicators[0]?.id ?? '';
  // The words of the page in every weight it uses: the question, the choices, the headings and a bold button.
  const TEXT = ['h1', 'legend', '.option label', '.option strong', 'button.primary', '.banner nav a', '.where'];

  it.each([
    ['th', /[\u0E00-\u0E7F]/, ['NotoSansThai-Regular', 'NotoSansThai-Bold']],
    ['ru', /[\u0400-\u04FF]/, ['NotoSans-Regular', 'NotoSans-Bold']],
  ] as const)('%s: every glyph from a font gret served, none from the system, and ink on the screen', async (language, script, fonts) => {
    const { rubric } = await translatedRubric(pack.rubric, pack.dir, language);
    const file = newAssessment(rubric, `gret-serve-${language}-`);
    const { links, server } = await workshop(rubric, [file], { facilitator: false, language });
    const opened = await browser.open(links[0] ?? '', { width: 360 });
    const { page } = opened;
    await page.goto(`${server.origin}/i/${first}`);
    await page.evaluate('document.fonts.ready');
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    for (const selector of ['h1', 'legend', 'button.primary']) expect([selector, script.test(await page.locator(selector).first().innerText())]).toEqual([selector, true]);

    // What Chromium drew each text with, as its font record says.
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: { nodeId: number } };
    await cdp.send('CSS.enable');
    const used: { postScriptName: string; isCustomFont: boolean }[] = [];
    for (const selector of TEXT) {
      const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector })) as { nodeIds: number[] };
      expect([selector, nodeIds.length > 0]).toEqual([selector, true]);
      for (const nodeId of nodeIds) used.push(...((await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: typeof used }).fonts);
    }
    await cdp.detach();
    expect(used.filter((f) => !f.isCustomFont)).toEqual([]);
    expect([...new Set(used.map((f) => f.postScriptName))]).toEqual(expect.arrayContaining([...fonts]));
    // Each font file came from gret itself, and only the scripts the page writes were fetched.
    const fetched = opened.requests.filter((r) => r.includes('/fonts/')).map((r) => new URL(r));
    expect(fetched.every((u) => u.origin === server.origin)).toBe(true);
    expect(fetched.map((u) => u.pathname).filter((p) => /SC|JP|KR|Khmer|Devanagari|Bengali/.test(p))).toEqual([]);
    expect(await inkShare(browser, await page.locator('h1').screenshot())).toBeGreaterThan(0.02);
    expect(await inkShare(browser, await page.locator('fieldset.question').screenshot())).toBeGreaterThan(0.02);
    await opened.close();
  });
});
