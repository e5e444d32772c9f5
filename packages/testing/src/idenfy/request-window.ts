/** A sliding-window request counter: `admit()` is false once `limit` requests fell within `windowMs`. */
export class RequestWindow {
  private times: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  admit(): boolean {
    const now = this.now();
    this.times = this.times.filter((time) => now - time < this.windowMs);
    if (this.times.length >= this.limit) return false;
    this.times.push(now);
    return true;
  }

  clear(): void {
    this.times = [];
  }
}
