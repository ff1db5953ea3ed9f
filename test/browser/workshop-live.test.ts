import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parseDocument } from 'yaml';
import { gret } from '../e2e/run-gret.js';
import { gretServers } from '../e2e/spawn-server.js';
import { INTERVIEW_PACK as PACK } from '../e2e/terminal-session.js';
import { Browser } from '../web/serve-client.js';
import { launchBrowser, type BrowserSession } from './launch-browser.js';

const start = gretServers();
let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

interface Workshop {
  readonly work: string;
  readonly groups: Readonly<Record<string, string>>;
  readonly facilitator: string;
}

/** The built gret workshop on a new folder, room/, with three groups. */
async function workshop(): Promise<Workshop> {
  const work = mkdtempSync(join(tmpdir(), 'gret-live-'));
  const args = ['workshop', 'room', '--groups', 'red,blue,green', '--ministry', 'Ministry of Social Affairs', '--country', 'Laos', '--date', '2025-03-01', '--host', '127.0.0.1', '--rubric', PACK];
  const run = await start(args, work, /do not project or share it\):\n(\S+)\n/);
  const groups = Object.fromEntries(['red', 'blue', 'green'].map((g) => [g, new RegExp(`Group ${g}: scan the code, or open this link:\\n(\\S+)\\n`).exec(run.out)?.[1] ?? '']));
  return { work, groups, facilitator: run.ready[1] ?? '' };
}

/** A browser context as a participant's: the server's Content-Security-Policy enforced, every console error kept. */
async function context(width: number): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const made = await browser.browser.newContext({ viewport: { width, height: 800 } });
  const page = await made.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context: made, page, errors };
}

/** Waits until the facilitator page's script says its event stream is open. */
async function streamOpen(page: Page): Promise<void> {
  await page.waitForFunction("document.getElementById('live-note')?.textContent === document.getElementById('live-note')?.getAttribute('data-live')");
}

async function answerLevel(page: Page, origin: string, indicator: string, level: number): Promise<void> {
  await page.goto(`${origin}/i/${indicator}`);
  await page.check(`input[name="choice"][value="=${level}"]`);
  await Promise.all([page.waitForNavigation(), page.click('button[value="next"]')]);
}

interface Prompt {
  readonly id: string;
  readonly spread: number;
  readonly range: number;
}

function aggregatePrompts(work: string): Prompt[] {
  const run = gret(['aggregate', 'room', '--workshop', '--rubric', PACK, '--format', 'json', '-o', 'summary.json'], { cwd: work });
  expect(run.code).toBe(0);
  const summary = JSON.parse(readFileSync(join(work, 'summary.json'), 'utf8')) as { workshop: { prompts: Prompt[] }[] };
  return summary.workshop[0]?.prompts ?? [];
}

const figures = (p: Prompt): string => `(standard deviation ${p.spread.toFixed(1)}, ${p.range} levels apart)`;

describe('the live workshop in a real browser', () => {
  it("three groups answer levels 0, 2 and 4 from their own browsers, and the facilitator's page, never reloaded, ranks that indicator first with aggregate --workshop's figures", async () => {
    const { work, groups, facilitator } = await workshop();
    const origin = new URL(facilitator).origin;
    const lead = await context(1280);
    await lead.page.goto(facilitator);
    await streamOpen(lead.page);
    expect(await lead.page.locator('#ranking').innerText()).toContain('No disagreement yet');
    await lead.page.evaluate('window.unreloaded = true');

    const participants = await Promise.all(['red', 'blue', 'green'].map(() => context(360)));
    for (const [k, group] of ['red', 'blue', 'green'].entries()) {
      const { page } = participants[k] ?? (await context(360));
      await page.goto(groups[group] ?? '');
      await answerLevel(page, origin, 'strategy', k * 2);
    }
    const prompts = aggregatePrompts(work);
    const first = prompts[0];
    expect(first?.id).toBe('strategy');
    if (first === undefined) throw new Error('aggregate --workshop found no disagreement');
    // Waits on the page itself: the ranking the last event put in place.
    await lead.page.waitForFunction(`document.querySelector('#ranking li[data-indicator] .hint')?.textContent === ${JSON.stringify(figures(first))}`);
    const shown = await lead.page.$$eval('#ranking ol.disagreements > li', (items) => items.map((li) => ({ id: li.getAttribute('data-indicator'), figures: li.querySelector('.hint')?.textContent })));
    expect(shown).toEqual(prompts.map((p) => ({ id: p.id, figures: figures(p) })));
    expect(await lead.page.locator('#progress tbody').innerText()).toMatch(/red\s+1 of 7 answered[\s\S]*blue\s+1 of 7 answered[\s\S]*green\s+1 of 7 answered/);
    expect(await lead.page.evaluate('window.unreloaded')).toBe(true);
    // A refresh without any script shows the same.
    const plain = await browser.browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const refreshed = await plain.newPage();
    await refreshed.goto(facilitator);
    for (const part of ['#progress', '#ranking']) expect([part, await refreshed.locator(part).innerHTML()]).toEqual([part, await lead.page.locator(part).innerHTML()]);
    expect(await refreshed.locator('#live-note').innerText()).toBe('Refresh this page to see the answers given since it was opened.');
    await plain.close();
    // The script ran under the server's policy, with nothing refused.
    expect(lead.errors).toEqual([]);

    // A group's session reaches neither the event stream nor the facilitator's page and reports.
    const red = participants[0]?.page;
    if (red === undefined) throw new Error('no red browser');
    expect(await red.evaluate(async () => (await fetch('/events')).status)).toBe(403);
    await red.goto(origin);
    expect(await red.locator('h1').innerText()).not.toContain('Workshop');
    expect((await red.goto(`${origin}/reports/workshop-report.html`))?.status()).toBe(404);
    for (const p of [lead, ...participants]) await p.context.close();
  });

  it("gives the facilitator the workshop report in one click, as a page under its own policy and as a PDF, the same bytes gret aggregate --workshop writes", async () => {
    const { work, groups, facilitator } = await workshop();
    const origin = new URL(facilitator).origin;
    for (const [group, level] of [['red', 1], ['blue', 3]] as const) {
      const member = await Browser.join(groups[group] ?? '');
      expect((await member.submit('/i/strategy', [['choice', `=${level}`]])).status).toBe(303);
    }
    const lead = await context(1280);
    await lead.page.goto(facilitator);
    const [download] = await Promise.all([lead.page.waitForEvent('download'), lead.page.click('text=Download the workshop report (PDF)')]);
    const [response] = await Promise.all([lead.page.waitForNavigation(), lead.page.click('text=Open the workshop report (web page)')]);
    expect(response?.headers()['content-security-policy']).toContain("font-src 'self' data:");
    await lead.page.evaluate('document.fonts.ready');
    // Its style and column widths applied, by their hashes: a refused one would be a console error.
    expect(lead.errors).toEqual([]);
    expect(await lead.page.evaluate('getComputedStyle(document.documentElement).fontFamily')).toContain('Noto Sans');
    const page = (await response?.body())?.toString('utf8');
    const pdf = readFileSync((await download.path()) ?? '');
    expect(download.suggestedFilename()).toBe('workshop-report.pdf');
    expect(gret(['aggregate', 'room', '--workshop', '--rubric', PACK, '--format', 'html,pdf', '-o', 'by-hand'], { cwd: work }).code).toBe(0);
    expect(page).toBe(readFileSync(join(work, 'by-hand.html'), 'utf8'));
    expect(pdf.equals(readFileSync(join(work, 'by-hand.pdf')))).toBe(true);
    expect(new URL(lead.page.url()).origin).toBe(origin);
    await lead.context.close();

    // A group's own report from its scores page: shown under its policy, and its action plan saved from inside it.
    const member = await context(360);
    await member.page.goto(groups['red'] ?? '');
    await member.page.goto(`${origin}/scores`);
    await Promise.all([member.page.waitForNavigation(), member.page.click('text=Open the report (web page)')]);
    await member.page.evaluate('document.fonts.ready');
    expect(await member.page.locator('h1').first().innerText()).toBe('A small pack for testing the interview');
    const [plan] = await Promise.all([member.page.waitForEvent('download'), member.page.click('text=Download the action plan (CSV)')]);
    expect(plan.suggestedFilename()).toBe('action-plan.csv');
    expect(member.errors).toEqual([]);
    await member.context.close();
    // The workshop report is made twice (served, then by hand) and a group's once: seconds each on a busy machine.
  }, 120_000);

  it('takes keyboard shortcuts on a question page, announced there, never while typing, and can turn them off; without script the page is the plain form', async () => {
    const { work, groups } = await workshop();
    const member = await context(360);
    const { page } = member;
    await page.goto(groups['red'] ?? '');
    const origin = new URL(page.url()).origin;
    await page.goto(`${origin}/i/strategy`);
    const help = page.locator('#shortcuts');
    expect(await help.isVisible()).toBe(true);
    expect(await help.innerText()).toContain('0 to 4 choose that level, N saves and goes on, S skips to the next question, P goes back to the previous one.');
    await page.keyboard.press('3');
    expect(await page.locator('input[value="=3"]').isChecked()).toBe(true);
    expect(await page.evaluate('document.activeElement.value')).toBe('=3');
    await page.locator('#note').focus();
    await page.keyboard.type('see 2 n s p');
    expect(await page.locator('input[value="=3"]').isChecked()).toBe(true);
    expect(await page.locator('#note').inputValue()).toBe('see 2 n s p');
    await page.locator('input[value="=3"]').focus();
    await Promise.all([page.waitForNavigation(), page.keyboard.press('n')]);
    expect(new URL(page.url()).pathname).toBe('/i/focal-unit');
    expect(parseDocument(readFileSync(join(work, 'room', 'red.yaml'), 'utf8')).toJS().answers.strategy).toEqual({ status: 'answered', answer: 3, note: 'see 2 n s p', agency: 'Ministry of Social Affairs' });
    await Promise.all([page.waitForNavigation(), page.keyboard.press('s')]);
    expect(new URL(page.url()).pathname).toBe('/i/unit-budget');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('p')]);
    expect(new URL(page.url()).pathname).toBe('/i/focal-unit');
    // In a Russian layout the key marked P types "з": the shortcut goes by the key's place, not its letter.
    await Promise.all([
      page.waitForNavigation(),
      page.evaluate("document.dispatchEvent(new KeyboardEvent('keydown', { key: 'з', code: 'KeyP', bubbles: true, cancelable: true }))"),
    ]);
    expect(new URL(page.url()).pathname).toBe('/i/strategy');

    await page.goto(`${origin}/i/strategy`);
    await page.click('#shortcuts button');
    expect(await page.getAttribute('#shortcuts button', 'aria-pressed')).toBe('false');
    await page.reload();
    expect(await page.getAttribute('#shortcuts button', 'aria-pressed')).toBe('false');
    await page.locator('h1').click();
    await page.keyboard.press('1');
    expect(await page.locator('input[value="=1"]').isChecked()).toBe(false);
    expect(member.errors).toEqual([]);
    await member.context.close();

    const plain = await browser.browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const still = await plain.newPage();
    await still.goto(groups['blue'] ?? '');
    await still.goto(`${origin}/i/strategy`);
    expect(await still.locator('#shortcuts').isVisible()).toBe(false);
    await still.check('input[value="=2"]');
    await Promise.all([still.waitForNavigation(), still.click('button[value="next"]')]);
    expect(new URL(still.url()).pathname).toBe('/i/focal-unit');
    await plain.close();
  });
});

describe('the live pages, checked by axe-core at phone and desktop widths', () => {
  it.each([360, 1280])('at %i px: the facilitator page after a live update, a question with its shortcuts, the scores with their reports', async (width) => {
    const { groups, facilitator } = await workshop();
    const lead = await browser.open(facilitator, { width });
    await streamOpen(lead.page);
    const member = await browser.open(groups['red'] ?? '', { width });
    const origin = new URL(member.url).origin;
    await answerLevel(member.page, origin, 'strategy', 4);
    const other = await Browser.join(groups['blue'] ?? '');
    await other.submit('/i/strategy', [['choice', '=1']]);
    await lead.page.waitForFunction("document.querySelectorAll('#ranking li[data-indicator]').length > 0");
    const found: Record<string, unknown> = {};
    const check = async (name: string, opened: typeof lead): Promise<void> => {
      found[name] = await opened.axeViolations();
      const wide = await opened.page.evaluate('document.documentElement.scrollWidth');
      if (typeof wide !== 'number' || wide > width) found[`${name}: width`] = wide;
    };
    await check('the facilitator page, updated live', lead);
    await member.page.goto(`${origin}/i/strategy`);
    expect(await member.page.locator('#shortcuts').isVisible()).toBe(true);
    await check('a question with its shortcuts', member);
    await member.page.goto(`${origin}/scores`);
    await check('the scores with their reports', member);
    expect(found).toEqual({ 'the facilitator page, updated live': [], 'a question with its shortcuts': [], 'the scores with their reports': [] });
    await lead.close();
    await member.close();
  });
});
