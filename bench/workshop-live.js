// The live workshop: how long after a group's answer is posted the facilitator's page shows it.
// A real `gret workshop` with three groups on 127.0.0.1; the facilitator's page open in Chromium
// (the browser the tests use), whose own clock records each change of its progress and ranking;
// the groups post over HTTP as their browsers would. Each round is one save, timed from just
// before the post to the page's change. Run alone (`node bench/workshop-live.js`) or from run.js.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), '..');
const gret = join(root, 'bin', 'gret.js');
const ROUNDS = 60;

function send(origin, method, path, headers, body) {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers: { Host: url.host, ...headers }, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function joinLink(link) {
  const { origin, pathname } = new URL(link);
  const joined = await send(origin, 'GET', pathname, {});
  return { origin, cookie: joined.headers['set-cookie'][0].split(';')[0] };
}

/** Posts one level to an indicator, with the form and version tokens of the page, as the page's form does. */
async function answer(group, indicator, level) {
  const page = await send(group.origin, 'GET', `/i/${indicator}`, { Cookie: group.cookie });
  const hidden = (name) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page.body)[1];
  const body = new URLSearchParams({ form: hidden('form'), version: hidden('version'), choice: `=${level}`, agency: 'Ministry of Social Affairs', go: 'stay' }).toString();
  const start = performance.timeOrigin + performance.now();
  const saved = await send(group.origin, 'POST', `/i/${indicator}`, { Cookie: group.cookie, Origin: 'null', 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(Buffer.byteLength(body)) }, body);
  if (saved.status !== 303) throw new Error(`the answer was refused: ${saved.status}`);
  return start;
}

function workshop(work) {
  const args = [gret, 'workshop', 'room', '--groups', 'red,blue,green', '--ministry', 'Ministry of Social Affairs', '--country', 'Laos', '--host', '127.0.0.1', '--rubric', join(root, 'test', 'fixtures', 'interview-pack')];
  const child = spawn(process.execPath, args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (c) => {
      out += c;
      const facilitator = /do not project or share it\):\n(\S+)\n/.exec(out);
      if (facilitator !== null) resolve({ child, groups: [...out.matchAll(/open this link:\n(\S+)\n/g)].map((m) => m[1]), facilitator: facilitator[1] });
    });
    child.on('exit', (code) => reject(new Error(`gret workshop exited with ${code}`)));
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function benchWorkshopLive() {
  const { default: chromium } = await import('@sparticuz/chromium');
  const { chromium: playwright } = await import('playwright-core');
  const work = mkdtempSync(join(tmpdir(), 'gret-bench-live-'));
  const run = await workshop(work);
  const browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: chromium.args.filter((a) => a !== '--single-process'), headless: true });
  try {
    const groups = await Promise.all(run.groups.map(joinLink));
    const page = await (await browser.newContext()).newPage();
    await page.goto(run.facilitator);
    // The page's script has opened its stream once it says it updates itself.
    await page.waitForFunction(() => document.getElementById('live-note')?.textContent === document.getElementById('live-note')?.getAttribute('data-live'));
    await page.evaluate(() => {
      globalThis.changes = [];
      const seen = new MutationObserver(() => globalThis.changes.push(performance.timeOrigin + performance.now()));
      for (const id of ['progress', 'ranking']) seen.observe(document.getElementById(id), { childList: true });
    });
    const latencies = [];
    for (let k = 0; k < ROUNDS; k++) {
      const before = await page.evaluate(() => globalThis.changes.length);
      const posted = await answer(groups[k % groups.length], 'strategy', k % 5);
      await page.waitForFunction((n) => globalThis.changes.length > n, before);
      const shown = await page.evaluate((n) => globalThis.changes[n], before);
      latencies.push(shown - posted);
    }
    latencies.sort((a, b) => a - b);
    const p50 = percentile(latencies, 50);
    const p95 = percentile(latencies, 95);
    return [
      `${'workshop: group post → facilitator page'.padEnd(40)} ${p50.toFixed(1).padStart(8)} ms  median of ${ROUNDS} saves; p95 ${p95.toFixed(1)} ms, max ${latencies.at(-1).toFixed(1)} ms (reported; no goal set)`,
    ];
  } finally {
    await browser.close();
    run.child.kill('SIGTERM');
    await new Promise((resolve) => run.child.on('exit', resolve));
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === self) for (const line of await benchWorkshopLive()) console.log(line);
