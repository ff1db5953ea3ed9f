import type { Html } from './html.js';

/** What a route answers with; the server adds the security headers and writes it. */
export type Reply =
  | { readonly kind: 'page'; readonly status: number; readonly html: Html }
  | { readonly kind: 'redirect'; readonly location: string; readonly cookie?: string }
  /**
   * `disposition` names the file and says whether a browser saves it (attachment) or shows it
   * (inline). `policy` replaces the pages' Content-Security-Policy for a document that needs its own.
   */
  | {
      readonly kind: 'file';
      readonly type: string;
      readonly body: string | Buffer;
      readonly cache: string;
      readonly disposition?: { readonly kind: 'inline' | 'attachment'; readonly file: string };
      readonly policy?: string;
    }
  /** The facilitator's event stream, held open. */
  | { readonly kind: 'events' }
  /** A refusal that says nothing: no body, no hint of what exists. */
  | { readonly kind: 'refused'; readonly status: 403 | 404 | 405 | 413 | 415 | 400 | 429 | 503 };

export function page(html: Html, status = 200): Reply {
  return { kind: 'page', status, html };
}

/** After a post, the browser is sent on with 303 so that reloading the next page does not post again. */
export function seeOther(location: string, cookie?: string): Reply {
  return cookie === undefined ? { kind: 'redirect', location } : { kind: 'redirect', location, cookie };
}

export function refused(status: 403 | 404 | 405 | 413 | 415 | 400 | 429 | 503): Reply {
  return { kind: 'refused', status };
}
