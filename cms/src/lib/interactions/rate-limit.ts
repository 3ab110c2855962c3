// Fixed-window request counter per client and bucket, in memory: the CMS runs as one process, and
// losing the counters on restart only forgives a few requests.
export interface Limit {
  max: number;
  windowMs: number;
}

export interface Verdict {
  allowed: boolean;
  /** seconds until the client may try again (for Retry-After) */
  retryAfterSeconds: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { resetAt: number; count: number }>();
  private nextSweep = 0;

  constructor(private readonly limit: Limit) {}

  hit(client: string, nowMs: number): Verdict {
    this.sweep(nowMs);
    let window = this.windows.get(client);
    if (!window || window.resetAt <= nowMs) {
      window = { resetAt: nowMs + this.limit.windowMs, count: 0 };
      this.windows.set(client, window);
    }
    window.count += 1;
    return { allowed: window.count <= this.limit.max, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - nowMs) / 1000)) };
  }

  // Forget finished windows now and then, so memory follows the clients of the last few minutes.
  private sweep(nowMs: number): void {
    if (nowMs < this.nextSweep) return;
    this.nextSweep = nowMs + this.limit.windowMs;
    for (const [client, window] of this.windows) if (window.resetAt <= nowMs) this.windows.delete(client);
  }
}
