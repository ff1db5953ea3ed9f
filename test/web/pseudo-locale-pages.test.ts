import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { loadMessages } from '../../src/cli/load-messages.js';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { bundledRubric } from '../../src/cli/package-root.js';
import { PSEUDO_LOCALE } from '../../src/core/translation/language-chain.js';
import { pseudoOverlay } from '../../src/core/translation/pseudo-locale.js';
import { translateRubric } from '../../src/core/translation/translate-rubric.js';
import type { Rubric } from '../../src/core/types.js';
import { errorPage } from '../../src/web/pages/error-page.js';
import { fixturePack } from '../interview/fixture-rubric.js';
import { Browser, copyAssessment, newAssessment, workshops, type Response } from './serve-client.js';

const serve = workshops();
const pseudo = (rubric: Rubric): Rubric => translateRubric(rubric, [pseudoOverlay(rubric)]);
const fixture = pseudo((await loadRubric(fixturePack)).rubric);
const national = pseudo((await loadRubric(bundledRubric.replace(/egov-women$/, 'egov-women-national'))).rubric);
const ministry = pseudo((await loadRubric(bundledRubric)).rubric);
// What the answers file holds is shown as it was typed, never translated: the ministry and country newAssessment writes.
const TYPED = ['Ministry of Social Affairs', 'Laos'];

function decoded(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/**
 * The words of a page a person reads or hears: its text and its labels for assistive technology.
 * Left out: values typed into fields, commands to type (in <code>), and `also` (what the answers
 * file or the core says, which no catalog holds).
 */
function readable(html: string, also: readonly string[]): string {
  const labels = [...html.matchAll(/\baria-label="([^"]*)"/g)].map((m) => m[1] ?? '');
  let text = decoded([...labels, html.replace(/<code>[\s\S]*?<\/code>/g, ' ').replace(/<textarea[^>]*>[\s\S]*?<\/textarea>/g, ' ').replace(/<[^>]+>/g, ' ')].join(' '));
  for (const value of [...also, ...TYPED].sort((a, b) => b.length - a.length)) text = text.split(value).join(' ');
  return text;
}

/** Every word of two plain letters or more, with the page it was on: text that came from no catalog or overlay. */
function plainEnglish(pages: ReadonlyMap<string, string>): string[] {
  return [...pages].flatMap(([name, text]) => [...text.matchAll(/\S*[A-Za-z]{2,}\S*/g)].map((m) => `${name}: ${m[0]}`));
}

class Walk {
  readonly pages = new Map<string, string>();
  constructor(
    private readonly browser: Browser,
    private readonly also: readonly string[],
  ) {}

  async get(path: string, status = 200, name = `GET ${path}`): Promise<string> {
    return this.keep(name, await this.browser.get(path), status);
  }

  /** Posts the form of `path` with `fields` over what it shows; a refusal is kept as a page, a save followed to the page it leads to. */
  async post(path: string, fields: readonly (readonly [string, string])[], status: number, name = `POST ${path}`): Promise<string> {
    const reply = await this.browser.submit(path, fields);
    if (reply.status === 303) {
      expect([name, reply.status]).toEqual([name, status]);
      const location = String(reply.headers.location);
      return this.get(location, 200, `${name}, then GET ${location}`);
    }
    return this.keep(name, reply, status);
  }

  private keep(name: string, reply: Response, status: number): string {
    expect([name, reply.status]).toEqual([name, status]);
    this.pages.set(name, readable(reply.body, this.also));
    return reply.body;
  }
}

describe('the web pages in the pseudo-locale', () => {
  it('say everything in words from the catalog and the overlay, on every page type and every problem, notice and state: no plain English is left', async () => {
    const file = newAssessment(fixture, 'gret-pseudo-pages-');
    const { links, server } = await serve(fixture, [file], { facilitator: false, language: PSEUDO_LOCALE });
    const browser = await Browser.join(links[0] ?? '');
    const shownFile = basename(file);
    const walk = new Walk(browser, [shownFile]);

    for (const path of ['/', '/glossary', '/scores', ...fixture.dimensions.flatMap((d) => d.indicators.map((i) => `/i/${i.id}`))]) await walk.get(path);
    // Every problem a form can have.
    await walk.post('/i/strategy', [['note', '1']], 422, 'no choice');
    await walk.post('/i/channels', [['choice', 'not-applicable']], 422, 'no reason');
    await walk.post('/i/channels', [['choice', 'not-applicable'], ['na_reason', 'other']], 422, 'no reason given');
    await walk.post('/i/centres', [['choice', 'answer'], ['number', '1,500']], 422, 'an ambiguous number');
    await walk.post('/i/centres', [['choice', 'answer'], ['number', '5000']], 422, 'a number too large');
    // Every kind of answer, each described on the contents page.
    await walk.post('/i/strategy', [['choice', '=2'], ['go', 'stay']], 303, 'a level');
    await walk.post('/i/strategy/evidence/new', [['title', ''], ['verification', '']], 422, 'an empty reference');
    await walk.post('/i/strategy/evidence/new', [['title', '2024'], ['link', '1'], ['verification', 'document-seen']], 303, 'a reference');
    await walk.get('/i/strategy/evidence/1');
    await walk.post('/i/focal-unit', [['choice', '=no']], 303, 'no');
    await walk.post('/i/channels', [['choice', 'not-applicable'], ['na_reason', 'outside-mandate']], 303, 'not applicable');
    await walk.post('/i/accessibility', [['choice', 'answer'], ['item', 'low-bandwidth']], 303, 'a checklist');
    await walk.post('/i/women-users', [['choice', 'dont-know']], 303, "don't know");
    await walk.post('/i/centres', [['choice', 'answer'], ['number', '1200']], 422, 'a number out of range');
    await walk.post('/i/centres', [['choice', 'answer'], ['number', '120']], 303, 'a number');
    // The budget question, left out by "no" above, says why in the catalog's words.
    await walk.get('/i/unit-budget');
    for (const path of ['/', '/scores', '/i/strategy']) await walk.get(path);

    // A post over an answer saved meanwhile, a stale evidence form, and the notices of saves.
    const stale = await browser.get('/i/strategy');
    await browser.submit('/i/strategy', [['choice', '=3']]);
    const version = /name="version" value="([^"]*)"/.exec(stale.body)?.[1] ?? '';
    await walk.post('/i/strategy', [['version', version], ['choice', '=1']], 409, 'saved meanwhile');
    await walk.post('/i/strategy/evidence/1', [['version', version], ['do', 'delete']], 303, 'a stale reference');
    rmSync(file);
    await walk.post('/i/strategy', [['choice', '=4']], 303, 'a deleted file');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.setIn(['answers', 'unit-budget'], doc.createNode({ status: 'answered', answer: 1 }));
    doc.setIn(['answers', 'strategy', 'answer'], 0);
    writeFileSync(file, doc.toString());
    await walk.post('/i/women-users', [['choice', 'answer'], ['number', '38']], 303, 'an outside edit');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/answer: 38/, 'answer: 40'));
    expect((await browser.submit('/i/women-users', [['choice', 'answer'], ['number', '39']])).status).toBe(303);
    // The notice names the file the outside version was kept in, as a path.
    const besides = readdirSync(dirname(file)).map((name) => join(dirname(file), name));
    const noticed = new Walk(browser, [shownFile, ...besides]);
    expect(await noticed.get('/i/women-users')).toContain('role="status"');

    expect(walk.pages.size).toBeGreaterThan(25);
    expect(plainEnglish(new Map([...walk.pages, ...noticed.pages]))).toEqual([]);
    await server.stop();
  });

  it('say the pages of the bundled packs (parity, percent, checklist, national scope, glossary) and the facilitator page without plain English', async () => {
    const pages = new Map<string, string>();
    for (const rubric of [ministry, national]) {
      const file = newAssessment(rubric, 'gret-pseudo-bundled-');
      const { links } = await serve(rubric, [file], { facilitator: false, language: PSEUDO_LOCALE });
      const browser = await Browser.join(links[0] ?? '');
      for (const path of ['/', '/glossary', '/scores', ...rubric.dimensions.flatMap((d) => d.indicators.map((i) => `/i/${i.id}`))]) {
        const reply = await browser.get(path);
        expect([path, reply.status]).toEqual([path, 200]);
        pages.set(`${rubric.id} ${path}`, readable(reply.body, [basename(file)]));
      }
      const parity = rubric.dimensions.flatMap((d) => d.indicators).find((i) => i.type === 'parity');
      if (parity !== undefined) {
        const counts: [string, string][] = [['women_users', '40'], ['women_eligible', '100'], ['men_users', '50'], ['men_eligible', '100']];
        expect((await browser.submit(`/i/${parity.id}`, [['choice', 'answer'], ...counts])).status).toBe(303);
        pages.set(`${rubric.id} / with parity`, readable((await browser.get('/')).body, [basename(file)]));
      }
    }

    const blank = newAssessment(fixture, 'gret-pseudo-workshop-');
    const files = ['1', '2'].map((g) => copyAssessment(blank, 'gret-pseudo-group-', `${g}.yaml`));
    const { links, server } = await serve(fixture, files, { facilitator: true, language: PSEUDO_LOCALE });
    for (const [k, level] of [[0, '=0'], [1, '=4']] as const) {
      const group = await Browser.join(links[k] ?? '');
      expect((await group.submit('/i/strategy', [['choice', level]])).status).toBe(303);
      expect((await group.submit('/i/channels', [['choice', k === 0 ? 'dont-know' : '=phone']])).status).toBe(303);
    }
    const facilitator = await Browser.join(server.facilitatorLink ?? '');
    const page = (await facilitator.get('/')).body;
    expect(page).toContain('class="disagreements"');
    pages.set('facilitator', readable(page, files.map((f) => basename(f))));
    pages.set('error', readable(errorPage(new Error('unexpected'), loadMessages(PSEUDO_LOCALE)).text, ['gret']));

    expect(plainEnglish(pages)).toEqual([]);
  });

  it('finds a hard-coded word: the check is not blind', () => {
    const messages = loadMessages(PSEUDO_LOCALE);
    const page = errorPage(new Error('unexpected'), messages).text.replace(messages.t('web.error.bug'), 'This is a bug');
    expect(plainEnglish(new Map([['error', readable(page, ['gret'])]]))).toEqual(['error: This', 'error: is', 'error: bug']);
  });
});
