import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './security-headers.js';

/** How long a browser waits before it opens a dropped stream again, in milliseconds (the `retry:` field). */
const RETRY_MS = 3_000;

/**
 * The facilitator's open event streams (server-sent events): each gets the latest state when it
 * opens, then every new one. Bounded: beyond `limit` streams, a new one is refused, so a page
 * opened in many tabs cannot hold every connection the server has. A comment every `heartbeatMs`
 * keeps each stream alive through proxies and phones' network stacks, and tells a dead one
 * from a quiet one (its write fails and it is dropped).
 */
export class EventStreams {
  private readonly open = new Set<ServerResponse>();
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly limit: number,
    private readonly heartbeatMs: number,
    /** The state to send, as the event's data: one line of JSON. */
    private readonly state: () => string,
  ) {}

  get size(): number {
    return this.open.size;
  }

  /** Whether one more stream may open. */
  hasRoom(): boolean {
    return this.open.size < this.limit;
  }

  start(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
    // No timeout cuts a stream short: the heartbeat shows it is alive.
    request.socket.setTimeout(0);
    request.socket.setNoDelay(true);
    this.open.add(response);
    const drop = (): void => this.drop(response);
    response.on('close', drop);
    response.on('error', drop);
    response.write(`retry: ${RETRY_MS}\n\n`);
    this.send(response, this.state());
    this.heartbeat ??= setInterval(() => {
      for (const stream of this.open) stream.write(': still here\n\n');
    }, this.heartbeatMs).unref();
  }

  /** Sends the state as it now stands to every open stream. */
  publish(): void {
    if (this.open.size === 0) return;
    const data = this.state();
    for (const stream of this.open) this.send(stream, data);
  }

  /** Ends every stream: the server is stopping. */
  closeAll(): void {
    for (const stream of [...this.open]) stream.end();
    this.open.clear();
    this.stopHeartbeat();
  }

  private send(stream: ServerResponse, data: string): void {
    stream.write(`event: workshop\ndata: ${data}\n\n`);
  }

  private drop(stream: ServerResponse): void {
    this.open.delete(stream);
    if (this.open.size === 0) this.stopHeartbeat();
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }
}
