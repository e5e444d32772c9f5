/** Per-key sliding-window request counter: the fake's model of "200 requests per AccessToken per 30 s". */
export class SlidingWindowLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts a request at `now`; returns 0 when allowed, else the ms until one would be (the request is not counted). */
  hit(key: string, now: number): number {
    const recent = (this.windows.get(key) ?? []).filter((time) => time > now - this.windowMs);
    if (recent.length < this.limit) {
      recent.push(now);
      this.windows.set(key, recent);
      return 0;
    }
    this.windows.set(key, recent);
    const oldest = recent[recent.length - this.limit] ?? now;
    return Math.max(1, oldest + this.windowMs - now);
  }

  clear(): void {
    this.windows.clear();
  }
}
