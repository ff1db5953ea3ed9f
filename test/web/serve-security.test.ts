import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { fixtureRubric } from '../interview/fixture-rubric.js';
import { Browser, newAssessment, send, servers } from './serve-client.js';

const rubric = await fixtureRubric();
const serve = servers();

async function joined(limits = {}) {
  const file = newAssessment(rubric, 'gret-serve-security-');
  const { server, link } = await serve(rubric, file, limits);
  return { file, server, link, browser: await Browser.join(link) };
}

function formToken(page: string): string {
  const token = /name="form" value="([^"]+)"/.exec(page)?.[1];
  if (token === undefined) throw new Error('the page has no form token');
  return token;
}

describe('gret serve refuses what does not come from the joined browser', () => {
  it('answers 403 with nothing in it to a request without the session cookie, whatever the path', async () => {
    const { server, link } = await joined();
    for (const path of ['/', '/i/strategy', '/gret.css', '/fonts/NotoSans_400Regular.ttf', '/no-such-page', '/join/wrong-token', `/join/${new URL(link).pathname.split('/')[2]}x`]) {
      const response = await send(server.origin, 'GET', path);
      expect([path, response.status, response.body]).toEqual([path, 403, '']);
      expect(response.headers['content-length']).toBe('0');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    const forged = await send(server.origin, 'GET', '/', { Cookie: `gret-${new URL(server.origin).port}=not-a-session` });
    expect([forged.status, forged.body]).toEqual([403, '']);
  });

  it('lets the join link in once, with a cookie of its port that scripts cannot read, and sends it on to the contents', async () => {
    const { server, link } = await joined();
    const response = await send(server.origin, 'GET', new URL(link).pathname);
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/');
    expect(response.headers['set-cookie']?.[0]).toMatch(new RegExp(`^gret-${new URL(server.origin).port}=[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax$`));
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join\/[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a Host header that does not name the address and port listened on, even with the cookie (DNS rebinding)', async () => {
    const { server, browser } = await joined();
    const port = new URL(server.origin).port;
    for (const host of [`evil.example:${port}`, `localhost:${port}`, '127.0.0.1', `127.0.0.1:${Number(port) + 1}`]) {
      const response = await browser.get('/', { Host: host });
      expect([host, response.status, response.body]).toEqual([host, 403, '']);
    }
    expect((await browser.get('/')).status).toBe(200);
  });

  it('refuses a post from another origin, from another site, or without the form token, and saves nothing', async () => {
    const { file, browser } = await joined();
    const before = readFileSync(file, 'utf8');
    const page = (await browser.get('/i/strategy')).body;
    const token = formToken(page);
    const answer = [['choice', '=2'], ['agency', ''], ['note', ''], ['version', /name="version" value="([^"]+)"/.exec(page)?.[1] ?? '']] as const;
    const attempts: [string, Promise<{ status: number }>][] = [
      ['another origin', browser.post('/i/strategy', [['form', token], ...answer], { Origin: 'http://evil.example' })],
      ['another site', browser.post('/i/strategy', [['form', token], ...answer], { 'Sec-Fetch-Site': 'cross-site' })],
      ['no form token', browser.post('/i/strategy', answer)],
      ['a wrong form token', browser.post('/i/strategy', [['form', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`], ...answer])],
    ];
    for (const [what, attempt] of attempts) expect([what, (await attempt).status]).toEqual([what, 403]);
    expect(readFileSync(file, 'utf8')).toBe(before);
    // The same post from gret's own page is saved.
    expect((await browser.post('/i/strategy', [['form', token], ...answer])).status).toBe(303);
    expect(readFileSync(file, 'utf8')).toContain('answer: 2');
  });

  it('sends the security headers with every response', async () => {
    const { browser } = await joined();
    for (const path of ['/', '/gret.css', '/no-such-page']) {
      const { headers } = await browser.get(path);
      expect(headers['content-security-policy']).toMatch(/^default-src 'self'; /);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-frame-options']).toBe('DENY');
    }
  });
});

describe('gret serve bounds what it takes', () => {
  it('answers 413 to a body over the limit, whether it says so or not, and saves nothing', async () => {
    const { file, browser } = await joined({ bodyBytes: 1024 });
    const before = readFileSync(file, 'utf8');
    const token = formToken((await browser.get('/i/strategy')).body);
    const big = await browser.post('/i/strategy', [['form', token], ['choice', '=2'], ['note', 'x'.repeat(2000)]]);
    expect([big.status, big.body]).toEqual([413, '']);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('answers 404 to an unknown route, and refuses a path that climbs out of the fonts folder', async () => {
    const { browser } = await joined();
    for (const path of ['/admin', '/i/no-such-indicator', '/i/strategy/evidence/0', '/fonts/../../package.json', '/fonts/%2e%2e%2fpackage.json', '/fonts/..%2F..%2Fpackage.json', '/fonts/NotoSans-OFL.txt', '/gret.css/x']) {
      const response = await browser.get(path);
      expect([path, response.status]).toEqual([path, 404]);
      expect(response.body).not.toContain('"name": "gret"');
    }
    const font = await browser.get('/fonts/NotoSans_400Regular.ttf');
    expect([font.status, font.headers['content-type']]).toEqual([200, 'font/ttf']);
  });

  it('refuses a request head over the header limit', async () => {
    const { browser } = await joined({ headerBytes: 2048 });
    const response = await browser.get('/', { 'X-Padding': 'x'.repeat(4096) });
    expect(response.status).toBe(431);
  });

  it('tells a client over its request rate to wait (429)', async () => {
    const { browser } = await joined({ requests: 5, windowMs: 60_000 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await browser.get('/glossary')).status);
    // The join took one request of the five.
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });

  it('holds no more open connections than its limit', async () => {
    const { server, browser } = await joined({ connections: 2 });
    const url = new URL(server.origin);
    const idle = await Promise.all([0, 1].map(() => new Promise<ReturnType<typeof connect>>((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => resolve(socket));
    })));
    await expect(browser.get('/')).rejects.toThrow();
    for (const socket of idle) socket.destroy();
    await new Promise((r) => setTimeout(r, 50));
    expect((await browser.get('/')).status).toBe(200);
  });
});

describe('gret serve pages', () => {
  it('shows a note holding markup as text, in the form and in the list of questions', async () => {
    const { browser } = await joined();
    const note = '<script>alert("x")</script> & <b>bold</b>';
    expect((await browser.submit('/i/strategy', [['choice', '=2'], ['note', note]])).status).toBe(303);
    const page = (await browser.get('/i/strategy')).body;
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    // The one script element is gret's own, loaded from gret.
    expect([...page.matchAll(/<script[^>]*>/g)].map((m) => m[0])).toEqual(['<script src="/shortcuts.js" defer>']);
    expect(page).not.toContain('<b>bold');
  });
});
