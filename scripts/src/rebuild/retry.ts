import type { Clock } from './clock.ts';

export interface RetryOptions {
  /** wait after the first failure; doubled after each further one */
  baseMs: number;
  /** the wait never grows beyond this */
  maxMs: number;
}

export interface RetryState {
  /** reasons of the builds that failed and of the changes that arrived since, not yet live */
  pending: string[];
  /** failed builds in a row */
  attempts: number;
  lastError: string | null;
  /** when the next try starts (ms since epoch), null while none is scheduled */
  nextTryAt: number | null;
}

/**
 * Keeps a failed build's changes until a build succeeds. A publish whose build failed (the CMS was
 * unreachable, a build timed out) must still reach the live site without anyone acting: the build
 * is tried again after 5 s, 10 s, 20 s... up to the maximum, the live site staying as it was
 * meanwhile. Changes that arrive while waiting join the pending set instead of starting builds
 * that would fail the same way; they are served by the next try.
 */
export function createRetry(options: RetryOptions, clock: Clock, retryNow: (reasons: string[]) => void) {
  let pending: string[] = [];
  let attempts = 0;
  let lastError: string | null = null;
  let timer: unknown = null;
  let nextTryAt: number | null = null;

  const merge = (reasons: string[]) => {
    for (const r of reasons) if (!pending.includes(r)) pending.push(r);
  };

  const fire = () => {
    timer = null;
    nextTryAt = null;
    const reasons = pending;
    pending = [];
    retryNow(reasons.length ? reasons : ['thử lại']);
  };

  const delayAfter = (failures: number) => Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, failures - 1));

  const cancelTimer = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    nextTryAt = null;
  };

  return {
    /** the wait after this many failures in a row */
    delayAfter,
    /** a build failed: keep its reasons and schedule the next try */
    failed(reasons: string[], error: string): void {
      attempts++;
      lastError = error;
      merge(reasons);
      cancelTimer();
      const delay = delayAfter(attempts);
      nextTryAt = clock.now() + delay;
      timer = clock.setTimeout(fire, delay);
    },
    /**
     * A build succeeded: what it read is live. Changes merged while it ran may postdate what it
     * read, so if any are waiting they are built now (the CMS evidently answers again).
     */
    succeeded(): void {
      attempts = 0;
      lastError = null;
      const waiting = timer !== null && pending.length > 0;
      cancelTimer();
      if (waiting) fire();
      else pending = [];
    },
    /** true while a try is scheduled: new changes should join it rather than start a build */
    waiting: () => timer !== null,
    /** adds changes to the next try */
    merge,
    state(): RetryState {
      return { pending: [...pending], attempts, lastError, nextTryAt };
    },
    cancel: cancelTimer,
  };
}
