import { describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { Browser, send } from '../web/serve-client.js';
import { gret } from './run-gret.js';
import { gretServers } from './spawn-server.js';
import { INTERVIEW_PACK as PACK, newInterviewAssessment } from './terminal-session.js';

interface Served {
  readonly child: ChildProcess;
  readonly link: string;
  readonly origin: string;
  readonly exited: Promise<number | null>;
  stderr(): string;
}

const start = gretServers();

/** Starts the built gret serve on a folder's a.yaml and waits for the link it prints. */
async function serve(work: string): Promise<Served> {
  const run = await start(['serve', 'a.yaml', '--rubric', PACK], work, /^(http:\/\/127\.0\.0\.1:\d+)\/join\/\S+$/m);
  return { child: run.child, link: run.ready[0], origin: run.ready[1] ?? '', exited: run.exited, stderr: run.stderr };
}

const answersIn = (work: string): Record<string, unknown> => {
  const doc = parseDocument(readFileSync(join(work, 'a.yaml'), 'utf8'));
  expect(doc.errors).toEqual([]);
  return (doc.toJS() as { answers: Record<string, unknown> }).answers;
};

describe('gret serve stopped by a signal', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s exits %i, with the answer given on disk and the file unlocked', async (signal, code) => {
    const work = newInterviewAssessment('gret-serve-signal-');
    const served = await serve(work);
    const browser = await Browser.join(served.link);
    expect((await browser.submit('/i/strategy', [['choice', '=2'], ['note', 'Chapter 3']])).status).toBe(303);
    served.child.kill(signal);
    expect(await served.exited).toBe(code);
    expect(answersIn(work)).toEqual({ strategy: { status: 'answered', answer: 2, note: 'Chapter 3', agency: 'Ministry of Social Affairs' } });
    expect(served.stderr()).toContain('Stopped. Every answer given is saved in a.yaml.');
    // The lock is gone: another run opens the file at once.
    expect(existsSync(join(work, 'a.yaml.lock'))).toBe(false);
    const again = await serve(work);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(143);
  });

  it('killed outright, keeps every saved answer, and a new run takes over and carries on', async () => {
    const work = newInterviewAssessment('gret-serve-kill-');
    const first = await serve(work);
    const browser = await Browser.join(first.link);
    await browser.submit('/i/strategy', [['choice', '=1']]);
    await browser.submit('/i/focal-unit', [['choice', '=yes'], ['agency', 'Statistics office']]);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await serve(work);
    const resumed = await Browser.join(second.link);
    const contents = await resumed.get('/');
    expect(contents.body).toContain('<a class="button primary" href="/i/unit-budget">Carry on with the next open question</a>');
    expect((await resumed.submit('/i/unit-budget', [['choice', 'dont-know']])).status).toBe(303);
    // The join link of the killed run lets nobody into the new one.
    expect((await send(second.origin, 'GET', new URL(first.link).pathname)).status).toBe(403);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(143);
    expect(answersIn(work)).toEqual({
      strategy: { status: 'answered', answer: 1, agency: 'Ministry of Social Affairs' },
      'focal-unit': { status: 'answered', answer: 'yes', agency: 'Statistics office' },
      // A new run offers the ministry again, as a new run of gret assess does.
      'unit-budget': { status: 'dont-know', agency: 'Ministry of Social Affairs' },
    });
  });
});

describe('gret serve, the report', () => {
  it('offers the report of the file as it stands, as a web page to open and a PDF to save, the same bytes gret report writes', async () => {
    const work = newInterviewAssessment('gret-serve-report-');
    const served = await serve(work);
    const browser = await Browser.join(served.link);
    await browser.submit('/i/strategy', [['choice', '=3']]);
    const scores = (await browser.get('/scores')).body;
    expect(scores).toContain('<a href="/reports/report.html">Open the report (web page)</a>');
    expect(scores).toContain('<a href="/reports/report.pdf" download>Download the report (PDF)</a>');
    const pdf = await browser.get('/reports/report.pdf');
    expect([pdf.status, pdf.headers['content-type'], pdf.headers['content-disposition']]).toEqual([200, 'application/pdf', 'attachment; filename="report.pdf"']);
    expect(pdf.body.startsWith('%PDF-')).toBe(true);
    expect(pdf.body.trimEnd().endsWith('%%EOF')).toBe(true);
    const page = await browser.get('/reports/report.html');
    expect([page.status, page.headers['content-type'], page.headers['content-disposition']]).toEqual([200, 'text/html; charset=utf-8', 'inline; filename="report.html"']);
    // Its own policy: the page's style by hash, fonts from itself or gret, no script at all.
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src-elem 'sha256-[A-Za-z0-9+/]+=*'; style-src-attr 'unsafe-hashes'( 'sha256-[A-Za-z0-9+/]+=*')+; img-src data:; font-src 'self' data:; /);
    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(143);
    expect(gret(['report', 'a.yaml', '--rubric', PACK, '--format', 'html,pdf', '-o', 'out'], { cwd: work }).code).toBe(0);
    expect(page.body).toBe(readFileSync(join(work, 'out.html'), 'utf8'));
    expect(pdf.body).toBe(readFileSync(join(work, 'out.pdf'), 'utf8'));
  });
});

describe('gret serve, the language of the pages', () => {
  const sample = join(import.meta.dirname, '..', '..', 'templates', 'sample-assessment.yaml');
  const inLanguage = async (args: readonly string[], language: string): Promise<string> => {
    const work = mkdtempSync(join(tmpdir(), 'gret-serve-lang-'));
    writeFileSync(join(work, 'a.yaml'), readFileSync(sample, 'utf8').replace(/^ {2}language: en$/m, `  language: ${language}`));
    const run = await start(['serve', 'a.yaml', ...args], work, /^http:\/\/127\.0\.0\.1:\d+\/join\/\S+$/m);
    const browser = await Browser.join(run.ready[0]);
    const page = (await browser.get('/')).body;
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(143);
    return page;
  };

  it('follows --lang over the file: the interface from the catalog, the rubric from the pack overlay, and lang on the page', async () => {
    const page = await inLanguage(['--lang', 'th'], 'ru');
    expect(page).toContain('<html lang="th">');
    expect(page).toContain('<a href="/">คำถามทั้งหมด</a>');
    expect(page).toContain('<h1>การประเมินตนเองด้านรัฐบาลอิเล็กทรอนิกส์ที่คำนึงถึงมิติเพศ</h1>');
  });

  it("follows the answers file's meta.language without --lang", async () => {
    const page = await inLanguage([], 'ru');
    expect(page).toContain('<html lang="ru">');
    expect(page).toContain('<a href="/">Все вопросы</a>');
    expect(page).not.toContain('All questions');
  });
});
