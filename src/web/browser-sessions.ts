import { createHmac } from 'node:crypto';
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
 * The browsers that opened a join link. The link's token is exchanged for a session cookie
 * (HttpOnly, SameSite=Lax, named after the port, since cookies are shared by every port of a
 * host), so the token leaves the address bar and the history after the first page.
 *
 * The cookie is the session's id signed with the join token it was opened with (an HMAC), and
 * the form token every state-changing request must carry is derived from both the same way. So a
 * server started again with the same join tokens (a workshop keeps them in its folder) still
 * knows every browser that joined before, and its forms: a phone carries on after a restart
 * without scanning the code again. Only what is said next and the agency last given are kept in
 * memory, for a bounded number of sessions (the oldest forgotten first).
 */
export class BrowserSessions {
  private readonly sessions = new Map<string, BrowserSession>();
  readonly cookieName: string;

  constructor(
    port: number,
    /** The join token of each room, in the rooms' order, then the facilitator's when there is one. */
    private readonly joinTokens: readonly string[],
    private readonly rooms: number,
    private readonly limit: number,
  ) {
    this.cookieName = `gret-${port}`;
  }

  /** A new session for whoever opened the join link with the token at `k`. */
  open(k: number): { session: BrowserSession; cookie: string } {
    const id = newToken();
    const key = this.joinTokens[k] ?? '';
    return { session: this.remembered(id, k, key), cookie: `${this.cookieName}=${id}.${sign(key, `session:${id}`)}; Path=/; HttpOnly; SameSite=Lax` };
  }

  of(request: IncomingMessage): BrowserSession | undefined {
    const value = cookieValue(request.headers.cookie, this.cookieName);
    const [id, signature, ...rest] = (value ?? '').split('.');
    if (id === undefined || id === '' || signature === undefined || rest.length > 0) return undefined;
    // Every room's signature is compared, so the time taken says nothing about which one came near.
    const matched = this.joinTokens.map((key) => sameToken(signature, sign(key, `session:${id}`))).indexOf(true);
    return matched === -1 ? undefined : this.remembered(id, matched, this.joinTokens[matched] ?? '');
  }

  private remembered(id: string, k: number, key: string): BrowserSession {
    const known = this.sessions.get(id);
    if (known !== undefined) return known;
    const session: BrowserSession = { id, room: k < this.rooms ? k : 'facilitator', formToken: sign(key, `form:${id}`), notices: [], agency: undefined };
    this.sessions.set(id, session);
    while (this.sessions.size > this.limit) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    return session;
  }
}

function sign(key: string, text: string): string {
  return createHmac('sha256', key).update(text).digest('base64url');
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}
