/** A sliding-window limit: at most `max` events in any `windowMs`. The clock can be given for tests. */
export class RateLimit {
  private readonly times: number[] = [];

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one event if the limit allows it; returns whether it did. */
  take(): boolean {
    const t = this.now();
    while (this.times.length > 0 && t - this.times[0]! >= this.windowMs) this.times.shift();
    if (this.times.length >= this.max) return false;
    this.times.push(t);
    return true;
  }
}
