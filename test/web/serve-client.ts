import { loadMessages } from '../../src/cli/load-messages.js';
import { afterEach } from '@jest/globals';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fontsFolder } from '../../src/cli/package-root.js';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import type { Rubric } from '../../src/core/types.js';
import { answersText, newAnswersDocument } from '../../src/store/answers-document.js';
import { openAnswersFile, type AnswersFile } from '../../src/store/answers-file.js';
import { startInterviewServer, type Limits, type RunningServer } from '../../src/web/interview-server.js';
import { InterviewState } from '../../src/web/interview-state.js';

export interface Response {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/**
 * One HTTP request with exactly the headers given (Host included), as a browser or an attacker
 * could send it; `from` is the local address it is sent from (on Linux any 127.x.x.x, so that
 * simulated devices each have an address of their own, as phones on a Wi-Fi do).
 */
export function send(origin: string, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer, from?: string): Promise<Response> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers: { Host: url.host, ...headers }, agent: false, ...(from === undefined ? {} : { localAddress: from }) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** A browser that joined: it keeps the session cookie and posts forms with the token of the page they came from. */
export class Browser {
  private constructor(
    readonly origin: string,
    /** The session cookie, as `name=value`. */
    readonly cookie: string,
    private readonly from: string | undefined,
  ) {}

  /** Opens a join link as a browser does, keeping the cookie it gives; `from`: see send(). */
  static async join(link: string, from?: string): Promise<Browser> {
    const { origin, pathname } = new URL(link);
    const joined = await send(origin, 'GET', pathname, {}, undefined, from);
    const setCookie = joined.headers['set-cookie']?.[0];
    if (joined.status !== 303 || setCookie === undefined) throw new Error(`joining gave ${joined.status}`);
    return new Browser(origin, setCookie.split(';')[0] ?? '', from);
  }

  get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return send(this.origin, 'GET', path, { Cookie: this.cookie, ...headers }, undefined, this.from);
  }

  /** Posts fields as a browser posts a form of gret's own (Origin "null", since its pages send no referrer). */
  post(path: string, fields: readonly (readonly [string, string])[], headers: Record<string, string> = {}): Promise<Response> {
    const body = new URLSearchParams(fields.map(([k, v]): [string, string] => [k, v])).toString();
    return send(
      this.origin,
      'POST',
      path,
      { Cookie: this.cookie, Origin: 'null', 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(Buffer.byteLength(body)), ...headers },
      body,
      this.from,
    );
  }

  /** Fills in the form of a page: the values it shows (its hidden form token, the agency offered), then `fields` over them. */
  async submit(path: string, fields: readonly (readonly [string, string])[], action = path): Promise<Response> {
    return this.post(action, await this.filledIn(path, fields));
  }

  /** The fields a browser would post from the form of the page at `path`, with `fields` filled in over what it shows. */
  async filledIn(path: string, fields: readonly (readonly [string, string])[]): Promise<(readonly [string, string])[]> {
    const page = await this.get(path);
    if (page.status !== 200) throw new Error(`${path} gave ${page.status}`);
    const shown = [...page.body.matchAll(/<input type="(?:hidden|text)"[^>]*\bname="([^"]+)" value="([^"]*)"/g)]
      .map((m) => [m[1] ?? '', unescape(m[2] ?? '')] as const)
      .filter(([name]) => !fields.some(([k]) => k === name));
    return [...shown, ...fields];
  }
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** A copy of an answers file in a folder of its own. */
export function copyAssessment(from: string, prefix: string, name = 'a.yaml'): string {
  const file = join(mkdtempSync(join(tmpdir(), prefix)), name);
  copyFileSync(from, file);
  return file;
}

/** Serves an answers file in this process on a free port of 127.0.0.1; stopped after each test. */
export function servers(): (rubric: Rubric, file: string, limits?: Partial<Limits>) => Promise<{ server: RunningServer; link: string }> {
  const many = workshops();
  return async (rubric, file, limits = {}) => {
    const { server, links } = await many(rubric, [file], { limits, facilitator: false });
    return { server, link: links[0] ?? '' };
  };
}

/** Serves several answers files in this process, one room each (as `gret workshop` does), with or without a facilitator, in English unless told; stopped after each test. */
export function workshops(): (rubric: Rubric, files: readonly string[], options: { limits?: Partial<Limits>; facilitator: boolean; language?: string }) => Promise<{ server: RunningServer; links: readonly string[] }> {
  const running: { server: RunningServer; sessions: AnswersFile[] }[] = [];
  afterEach(async () => {
    for (const { server, sessions } of running.splice(0)) {
      await server.stop();
      for (const session of sessions) session.close();
    }
  });
  return async (rubric, files, { limits = {}, facilitator, language = 'en' }) => {
    const sessions = files.map((file) => openAnswersFile(file, rubric, 'gret serve a.yaml'));
    const rooms = sessions.map((session, i) => ({
      ...(files.length > 1 ? { group: basename(files[i] ?? '', '.yaml') } : {}),
      state: new InterviewState(rubric, session, (answers) => scoreAssessment(rubric, answers, packTargets(rubric), { version: 'test' })),
      shownFile: basename(files[i] ?? ''),
      reportCommand: 'gret report a.yaml -o report.pdf',
      reports: [],
    }));
    const server = await startInterviewServer({ host: '127.0.0.1', port: 0, rooms, facilitator, fontsFolder, messages: loadMessages(language), limits });
    running.push({ server, sessions });
    return { server, links: server.links };
  };
}

/** A new answers file for `rubric`, as `gret init` writes it, in a folder of its own. */
export function newAssessment(rubric: Rubric, prefix: string): string {
  const file = join(mkdtempSync(join(tmpdir(), prefix)), 'a.yaml');
  const meta = { ministry: 'Ministry of Social Affairs', country: 'Laos', assessors: [], date: '2025-03-01', language: 'en', pack: { id: rubric.id, version: rubric.version } };
  writeFileSync(file, answersText(newAnswersDocument(meta, rubric)));
  return file;
}
