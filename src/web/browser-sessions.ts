import type { IncomingMessage } from 'node:http';
import { newToken, sameToken } from './tokens.js';

/** What the server keeps for one browser that joined: where it answers, the token its forms carry, and what to tell it next. */
export interface BrowserSession {
  readonly id: string;
  /** The answers file it answers in (its place in the server's rooms), or the facilitator, who answers in none and sees all. */
  readonly room: number | 'facilitator';
  readonly formToken: string;
  /** Said on the next page shown: a merge with an outside edit, a conflict kept beside the file. */
  notices: string[];
  /** The agency last given, offered for the next question as the terminal does. */
  agency: string | undefined;
}

/**
 * The browsers that opened the join link. The link's token is exchanged for a session cookie
 * (HttpOnly, SameSite=Lax, named after the port, since cookies are shared by every port of a
 * host), so the token leaves the address bar and the history after the first page. Each session
 * also gets a form token, which every state-changing request must carry. Bounded: the oldest
 * session is dropped when too many browsers have joined.
 */
export class BrowserSessions {
  private readonly sessions = new Map<string, BrowserSession>();
  readonly cookieName: string;

  constructor(
    port: number,
    private readonly limit: number,
  ) {
    this.cookieName = `gret-${port}`;
  }

  open(room: BrowserSession['room']): { session: BrowserSession; cookie: string } {
    const session: BrowserSession = { id: newToken(), room, formToken: newToken(), notices: [], agency: undefined };
    this.sessions.set(session.id, session);
    while (this.sessions.size > this.limit) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    return { session, cookie: `${this.cookieName}=${session.id}; Path=/; HttpOnly; SameSite=Lax` };
  }

  of(request: IncomingMessage): BrowserSession | undefined {
    const id = cookieValue(request.headers.cookie, this.cookieName);
    if (id === undefined) return undefined;
    // Looked up by value, then compared in constant time, so a near miss costs the same as a far one.
    const session = this.sessions.get(id);
    return session !== undefined && sameToken(id, session.id) ? session : undefined;
  }
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}
