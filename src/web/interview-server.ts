import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Messages } from '../core/messages/messages.js';
import { FONT_SCRIPTS, fontFile } from '../report/text/font-catalog.js';
import { BrowserSessions } from './browser-sessions.js';
import { EventStreams } from './event-streams.js';
import { facilitatorScript } from './facilitator-script.js';
import type { InterviewState } from './interview-state.js';
import { facilitatorReply, workshopEvent } from './facilitator-route.js';
import { interviewRoute } from './interview-routes.js';
import { RateLimit } from './rate-limit.js';
import { readForm } from './read-form.js';
import { reportPolicy } from './report-policy.js';
import { errorPage } from './pages/error-page.js';
import { page, refused, seeOther, type Reply } from './reply.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { shortcutsScript } from './shortcuts-script.js';
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
  /** The facilitator's event streams open at once (a few tabs, a projector); one more is refused. */
  readonly eventStreams: number;
  /** How often a quiet event stream gets a comment, in milliseconds. */
  readonly heartbeatMs: number;
}

const DEFAULT_LIMITS: Limits = { bodyBytes: 64 * 1024, headerBytes: 8 * 1024, connections: 32, requests: 300, windowMs: 10_000, sessions: 16, eventStreams: 4, heartbeatMs: 15_000 };

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
  /** The workshop reports the facilitator's page offers, rendered from the folder as it stands when asked for. */
  readonly workshopReports?: readonly ReportDownload[];
  /** The folder gret's own font files ship in; no other file is ever served. */
  readonly fontsFolder: string;
  /** The interface's words: every page is in their language. */
  readonly messages: Messages;
  /**
   * The join tokens of a previous run, one per room then the facilitator's, so that the links
   * are the ones it printed (see store/workshop-links.ts); each one missing is made new.
   */
  readonly joinTokens?: readonly (string | undefined)[];
  readonly limits?: Partial<Limits>;
}

export interface ReportDownload {
  /** Its name under /reports/, and the name the browser saves it as. */
  readonly file: string;
  readonly type: string;
  /** How the page names the link. */
  readonly label: string;
  /** Shown in the browser (a web page), or saved (a PDF). */
  readonly disposition: 'inline' | 'attachment';
  render(): Promise<string | Uint8Array>;
}

export interface RunningServer {
  /** The address to open for each room, in the order of the rooms, with its join token: print each in full. */
  readonly links: readonly string[];
  /** The facilitator's address, when asked for: never to be shown to the room. */
  readonly facilitatorLink: string | undefined;
  /** The tokens of the links, rooms then facilitator, for a later run to keep them. */
  readonly joinTokens: readonly string[];
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
 * The facilitator's page gets the workshop as it changes from `/events`, a server-sent event
 * stream that only the facilitator's session may open (a group's gets 403), fed after each
 * durable save of any group's file, and bounded in number like the rest.
 */
export async function startInterviewServer(options: ServeOptions): Promise<RunningServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // Every room and the facilitator get their own join token; the facilitator's is last.
  const joinTokens = [...options.rooms, ...(options.facilitator ? ['facilitator'] : [])].map((_, k) => options.joinTokens?.[k] ?? newToken());
  const rate = new RateLimit(limits.requests, limits.windowMs);
  const inFlight = new Set<Promise<void>>();
  // One rendering of each report at a time, shared by whoever asks meanwhile: a PDF takes seconds.
  // Keyed by the one asking too, since every group's report has the same name.
  const renderings = new Map<string, Promise<string | Uint8Array>>();
  const rendering = (whose: number | 'facilitator', report: ReportDownload): Promise<string | Uint8Array> => {
    const key = `${whose}/${report.file}`;
    const running = renderings.get(key) ?? report.render().finally(() => renderings.delete(key));
    renderings.set(key, running);
    return running;
  };
  const workshopReports = options.workshopReports ?? [];
  const streams = new EventStreams(limits.eventStreams, limits.heartbeatMs, () => workshopEvent(options.rooms, options.messages));
  // Saves come one by one, several at once in a busy room: one event carries them all.
  let publishing = false;
  if (options.facilitator) {
    for (const room of options.rooms) {
      room.state.onSaved(() => {
        if (publishing) return;
        publishing = true;
        setImmediate(() => {
          publishing = false;
          streams.publish();
        });
      });
    }
  }
  let expectedHost = '';
  let origin = '';

  const server = createServer({ maxHeaderSize: limits.headerBytes, requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 }, (request, response) => {
    const handling = handle(request, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      else write(response, page(errorPage(error, options.messages), 500));
    });
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
  });
  server.maxConnections = limits.connections;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const reply = await decide(request);
    if (reply.kind === 'events') streams.start(request, response);
    else write(response, reply);
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
      return seeOther('/', sessions.open(matched).cookie);
    }
    const session = sessions.of(request);
    if (session === undefined) return refused(403);
    if (method === 'GET' && path.length === 1 && path[0] === 'gret.css') return { kind: 'file', type: 'text/css; charset=utf-8', body: styleSheet, cache: 'private, max-age=3600' };
    if (method === 'GET' && path.length === 1 && path[0] === 'shortcuts.js') return { kind: 'file', type: 'text/javascript; charset=utf-8', body: shortcutsScript, cache: 'private, max-age=3600' };
    if (method === 'GET' && path.length === 1 && path[0] === 'facilitator-live.js') return { kind: 'file', type: 'text/javascript; charset=utf-8', body: facilitatorScript, cache: 'private, max-age=3600' };
    // The live workshop is the facilitator's alone: a group's browser is refused outright.
    if (path.length === 1 && path[0] === 'events') {
      if (session.room !== 'facilitator' || method !== 'GET') return refused(403);
      return streams.hasRoom() ? { kind: 'events' } : refused(503);
    }
    if (method === 'GET' && path.length === 2 && path[0] === 'fonts') {
      const name = path[1] ?? '';
      if (!FONT_FILES.has(name)) return refused(404);
      return { kind: 'file', type: 'font/ttf', body: await readFile(join(options.fontsFolder, name)), cache: 'private, max-age=604800, immutable' };
    }
    const reports = session.room === 'facilitator' ? workshopReports : (options.rooms[session.room]?.reports ?? []);
    if (method === 'GET' && path.length === 2 && path[0] === 'reports') {
      const report = reports.find((r) => r.file === path[1]);
      return report === undefined ? refused(404) : reportReply(report, await rendering(session.room, report));
    }
    const links = reports.map((r) => ({ href: `/reports/${r.file}`, label: r.label, download: r.disposition === 'attachment' }));
    if (session.room === 'facilitator') {
      if (method === 'GET' && path.length === 0) return facilitatorReply(options.rooms, options.messages, links);
      return refused(404);
    }
    const room = options.rooms[session.room];
    if (room === undefined) return refused(403);
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
    return interviewRoute({ state: room.state, messages: options.messages, session, shownFile: room.shownFile, reportCommand: room.reportCommand, downloads: links }, method, path, form);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const sessions = new BrowserSessions(port, joinTokens, options.rooms.length, limits.sessions);
  const hostName = options.host.includes(':') ? `[${options.host}]` : options.host;
  expectedHost = `${hostName}:${port}`;
  origin = `http://${expectedHost}`;

  const links = joinTokens.map((token) => `${origin}/join/${token}`);
  return {
    links: links.slice(0, options.rooms.length),
    facilitatorLink: options.facilitator ? links[options.rooms.length] : undefined,
    joinTokens,
    origin,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      streams.closeAll();
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
        ...(reply.policy === undefined ? {} : { 'Content-Security-Policy': reply.policy }),
        'Content-Type': reply.type,
        'Cache-Control': reply.cache,
        ...(reply.disposition === undefined ? {} : { 'Content-Disposition': `${reply.disposition.kind}; filename="${reply.disposition.file}"` }),
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

/** A report as the browser gets it: a web page shown under the policy its own markup needs, anything else saved. */
function reportReply(report: ReportDownload, body: string | Uint8Array): Reply {
  const file = { kind: 'file', type: report.type, body: Buffer.from(body), cache: 'no-store', disposition: { kind: report.disposition, file: report.file } } as const;
  return report.disposition === 'attachment' ? file : { ...file, policy: reportPolicy(file.body.toString('utf8')) };
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
