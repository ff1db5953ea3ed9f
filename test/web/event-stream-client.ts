import { request, type IncomingMessage } from 'node:http';

/** One server-sent event as a browser's EventSource reads it; comments kept apart, as a browser drops them. */
export interface ServerEvent {
  readonly event: string;
  readonly data: string;
}

/**
 * An event stream read as EventSource reads it: the response, then each event and comment in
 * order. `next()` waits for the next event (never by a fixed delay); `comments` and `retry` are
 * what the stream sent besides.
 */
export class EventStreamClient {
  readonly comments: string[] = [];
  retry: number | undefined;
  private readonly events: ServerEvent[] = [];
  private waiting: ((event: ServerEvent) => void) | undefined;
  private waitingComment: ((comment: string) => void) | undefined;
  private buffer = '';

  private constructor(
    readonly response: IncomingMessage,
    private readonly close: () => void,
  ) {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => this.read(chunk));
  }

  static open(origin: string, path: string, headers: Record<string, string>): Promise<EventStreamClient> {
    const url = new URL(origin);
    return new Promise((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path, headers: { Host: url.host, Accept: 'text/event-stream', ...headers }, agent: false }, (res) => resolve(new EventStreamClient(res, () => req.destroy())));
      req.on('error', reject);
      req.end();
    });
  }

  /** The next event not yet taken, as soon as it comes. */
  next(): Promise<ServerEvent> {
    const event = this.events.shift();
    if (event !== undefined) return Promise.resolve(event);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** The next comment (a heartbeat), as soon as it comes. */
  nextComment(): Promise<string> {
    return new Promise((resolve) => (this.waitingComment = resolve));
  }

  /** Resolves when the server has ended the stream. */
  ended(): Promise<void> {
    return this.response.readableEnded ? Promise.resolve() : new Promise((resolve) => this.response.on('end', () => resolve()).resume());
  }

  stop(): void {
    this.close();
  }

  private read(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) !== -1) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) this.comment(line.slice(1).trim());
        else if (line.startsWith('retry: ')) this.retry = Number(line.slice(7));
        else if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      if (data.length > 0) this.deliver({ event, data: data.join('\n') });
    }
  }

  private comment(text: string): void {
    this.comments.push(text);
    const waiting = this.waitingComment;
    this.waitingComment = undefined;
    waiting?.(text);
  }

  private deliver(event: ServerEvent): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting === undefined) this.events.push(event);
    else waiting(event);
  }
}
