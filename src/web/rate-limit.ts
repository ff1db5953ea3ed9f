/**
 * Requests per client address in a fixed window; a client over the limit is told to wait. The
 * table is cleared every window, so it cannot grow beyond the clients of one window.
 */
export class RateLimit {
  private counts = new Map<string, number>();
  private windowStart = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  allow(client: string, now: number): boolean {
    if (now - this.windowStart >= this.windowMs) {
      this.counts = new Map();
      this.windowStart = now;
    }
    const n = (this.counts.get(client) ?? 0) + 1;
    this.counts.set(client, n);
    return n <= this.max;
  }
}
