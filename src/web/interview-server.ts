import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FONT_SCRIPTS, fontFile } from '../report/text/font-catalog.js';
import { BrowserSessions } from './browser-sessions.js';
import type { InterviewState } from './interview-state.js';
import { facilitatorReply } from './facilitator-route.js';
import { interviewRoute } from './interview-routes.js';
import { RateLimit } from './rate-limit.js';
import { readForm } from './read-form.js';
import { errorPage } from './pages/error-page.js';
import { page, refused, seeOther, type Reply } from './reply.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { styleSheet } from './style-sheet.js';
import { newToken, sameToken } from './tokens.js';

export interface Limits {
  /** Largest form post, in bytes: a long note fits many times over. */
  readonly bodyBytes: number;
  /** Largest request head (request line and headers), in bytes. */
  readonly headerBytes: number;
  /** Open connections at once. */
  readonly connections: number;
  /** Requests one client address may make per window. */
  readonly requests: number;
  readonly windowMs: number;
  /** Browsers that may have joined at once; the oldest is dropped beyond it. */
  readonly sessions: number;
}

export const DEFAULT_LIMITS: Limits = { bodyBytes: 64 * 1024, headerBytes: 8 * 1024, connections: 32, requests: 300, windowMs: 10_000, sessions: 16 };

/** One answers file served: `gret serve`'s one, or a workshop group's. */
export interface Room {
  /** The group's name (meta.group), for a workshop. */
  readonly group?: string;
  readonly state: InterviewState;
  /** The file as the user named it, for the pages to say where answers are kept. */
  readonly shownFile: string;
  /** The command that writes its report, shown on the scores page. */
  readonly reportCommand: string;
  /** The reports the scores page offers for download, rendered from the file as it stands when asked for. */
  readonly reports: readonly ReportDownload[];
}

export interface ServeOptions {
  readonly host: string;
  /** 0 lets the system choose a free port. */
  readonly port: number;
  /** Each with a join link of its own; a browser that joined one reaches no other. */
  readonly rooms: readonly Room[];
  /** Also give a facilitator's link, to a page of every room's progress and where the rooms disagree. */
  readonly facilitator: boolean;
  /** The folder gret's own font files ship in; no other file is ever served. */
  readonly fontsFolder: string;
  readonly limits?: Partial<Limits>;
}

export interface ReportDownload {
  /** Its name under /reports/, and the name the browser saves it as. */
  readonly file: string;
  readonly type: string;
  /** How the scores page names the link. */
  readonly label: string;
  render(): Promise<string | Uint8Array>;
}

export interface RunningServer {
  /** The address to open for each room, in the order of the rooms, with its join token: print each in full. */
  readonly links: readonly string[];
  /** The facilitator's address, when asked for: never to be shown to the room. */
  readonly facilitatorLink: string | undefined;
  readonly origin: string;
  /** Stops taking requests, lets those under way finish (their saves above all), then closes every connection. */
  stop(): Promise<void>;
}

const FONT_FILES = new Set(FONT_SCRIPTS.flatMap((s) => [fontFile(s, 'regular'), fontFile(s, 'bold')]));

/**
 * The interview over HTTP for one answers file. Every request must name the address listened on
 * in its Host header (a page on another site that rebinds its own name to this address is
 * refused), and every one but the join link must carry the session cookie that link gives;
 * anything else gets an empty 403. Posts must also come from gret's own pages: an Origin header,
 * when sent, names gret or is "null" (what browsers send from a page with no referrer), a
 * Sec-Fetch-Site header, when sent, says same-origin, and the form carries the session's form
 * token. Request heads, bodies, connections and the request rate of each client are bounded.
 */
export async function startInterviewServer(options: ServeOptions): Promise<RunningServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // Every room and the facilitator get their own join token; the facilitator's is last.
  const joinTokens = [...options.rooms.map(() => newToken()), ...(options.facilitator ? [newToken()] : [])];
  const rate = new RateLimit(limits.requests, limits.windowMs);
  const inFlight = new Set<Promise<void>>();
  // One rendering of each report at a time, shared by whoever asks meanwhile: a PDF takes seconds.
  const renderings = new Map<string, Promise<string | Uint8Array>>();
  const rendering = (report: ReportDownload): Promise<string | Uint8Array> => {
    const running = renderings.get(report.file) ?? report.render().finally(() => renderings.delete(report.file));
    renderings.set(report.file, running);
    return running;
  };
  let expectedHost = '';
  // Every room speaks the run's language: the first one's words say what failed.
  const [first] = options.rooms;
  if (first === undefined) throw new Error('an interview server needs at least one room');
  const errorMessages = first.state.messages;
  let origin = '';

  const server = createServer({ maxHeaderSize: limits.headerBytes, requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 }, (request, response) => {
    const handling = handle(request, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      else write(response, page(errorPage(error, errorMessages), 500));
    });
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
  });
  server.maxConnections = limits.connections;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    write(response, await decide(request));
  }

  async function decide(request: IncomingMessage): Promise<Reply> {
    if (!rate.allow(request.socket.remoteAddress ?? '', Date.now())) return refused(429);
    if (request.headers.host !== expectedHost) return refused(403);
    const url = new URL(request.url ?? '/', origin);
    const path = pathParts(url.pathname);
    if (path === undefined) return refused(404);
    const method = request.method ?? '';
    if (path[0] === 'join' && path.length === 2 && method === 'GET') {
      // Every token is compared, so the time taken says nothing about which one came near.
      const matched = joinTokens.map((token) => sameToken(path[1], token)).indexOf(true);
      if (matched === -1) return refused(403);
      return seeOther('/', sessions.open(matched < options.rooms.length ? matched : 'facilitator').cookie);
    }
    const session = sessions.of(request);
    if (session === undefined) return refused(403);
    if (method === 'GET' && path.length === 1 && path[0] === 'gret.css') return { kind: 'file', type: 'text/css; charset=utf-8', body: styleSheet, cache: 'private, max-age=3600' };
    if (method === 'GET' && path.length === 2 && path[0] === 'fonts') {
      const name = path[1] ?? '';
      if (!FONT_FILES.has(name)) return refused(404);
      return { kind: 'file', type: 'font/ttf', body: await readFile(join(options.fontsFolder, name)), cache: 'private, max-age=604800, immutable' };
    }
    if (session.room === 'facilitator') {
      if (method === 'GET' && path.length === 0) return facilitatorReply(options.rooms);
      return refused(404);
    }
    const room = options.rooms[session.room];
    if (room === undefined) return refused(403);
    if (method === 'GET' && path.length === 2 && path[0] === 'reports') {
      const report = room.reports.find((r) => r.file === path[1]);
      if (report === undefined) return refused(404);
      return { kind: 'file', type: report.type, body: Buffer.from(await rendering(report)), cache: 'no-store', download: report.file };
    }
    if (method !== 'GET' && method !== 'POST') return refused(405);
    let form: URLSearchParams | undefined;
    if (method === 'POST') {
      const from = request.headers.origin;
      if (from !== undefined && from !== 'null' && from !== origin) return refused(403);
      const site = request.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin') return refused(403);
      const reading = await readForm(request, limits.bodyBytes);
      if (!reading.ok) return refused(reading.status);
      if (!sameToken(reading.form.get('form') ?? undefined, session.formToken)) return refused(403);
      form = reading.form;
    }
    const downloads = room.reports.map((r) => ({ href: `/reports/${r.file}`, label: r.label }));
    return interviewRoute({ state: room.state, session, shownFile: room.shownFile, reportCommand: room.reportCommand, downloads }, method, path, form);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const sessions = new BrowserSessions(port, limits.sessions);
  const hostName = options.host.includes(':') ? `[${options.host}]` : options.host;
  expectedHost = `${hostName}:${port}`;
  origin = `http://${expectedHost}`;

  const links = joinTokens.map((token) => `${origin}/join/${token}`);
  return {
    links: links.slice(0, options.rooms.length),
    facilitatorLink: options.facilitator ? links[options.rooms.length] : undefined,
    origin,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.allSettled([...inFlight]);
      await Promise.all(options.rooms.map((room) => room.state.settled()));
      server.closeAllConnections();
      await closed;
    },
  };
}

function write(response: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...SECURITY_HEADERS };
  switch (reply.kind) {
    case 'refused':
      response.writeHead(reply.status, {
        ...headers,
        'Content-Length': '0',
        'Cache-Control': 'no-store',
        ...(reply.status === 429 ? { 'Retry-After': '10' } : {}),
        // A body left unread cannot be skipped on a kept-alive connection.
        ...(reply.status === 413 || reply.status === 400 ? { Connection: 'close' } : {}),
      });
      response.end();
      return;
    case 'redirect':
      response.writeHead(303, { ...headers, Location: reply.location, 'Content-Length': '0', 'Cache-Control': 'no-store', ...(reply.cookie === undefined ? {} : { 'Set-Cookie': reply.cookie }) });
      response.end();
      return;
    case 'file':
      response.writeHead(200, {
        ...headers,
        'Content-Type': reply.type,
        'Cache-Control': reply.cache,
        ...(reply.download === undefined ? {} : { 'Content-Disposition': `attachment; filename="${reply.download}"` }),
      });
      response.end(reply.body);
      return;
    case 'page': {
      const body = Buffer.from(reply.html.text, 'utf8');
      response.writeHead(reply.status, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(body.length), 'Cache-Control': 'no-store' });
      response.end(body);
      return;
    }
  }
}

/** The path's segments, decoded; undefined when one does not decode or names a folder above (no route has one). */
function pathParts(pathname: string): string[] | undefined {
  try {
    const parts = pathname.split('/').filter((p) => p !== '').map(decodeURIComponent);
    return parts.some((p) => p === '.' || p === '..' || p.includes('/') || p.includes('\\')) ? undefined : parts;
  } catch {
    return undefined;
  }
}
