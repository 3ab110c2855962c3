import type { Clock } from './clock.ts';

export interface DebounceOptions {
  /** fire once no new change arrived for this long */
  quietMs: number;
  /** but never later than this after the first change of a burst */
  maxWaitMs: number;
}

/**
 * Turns a burst of changes into one call. Quiet period: an editor publishing a batch clicks every
 * few seconds, and a bulk publish sends its events within one second, so waiting for a short
 * silence merges them. Maximum wait: a steady trickle (an import publishing one article a second)
 * never falls silent, yet its site must still move forward.
 */
export function createDebouncer(options: DebounceOptions, clock: Clock, fire: (count: number) => void) {
  let firstAt: number | null = null;
  let count = 0;
  let timer: unknown = null;
  let dueAt: number | null = null;

  const flush = () => {
    timer = null;
    dueAt = null;
    const n = count;
    firstAt = null;
    count = 0;
    fire(n);
  };

  return {
    /** records changes; (re)arms the timer */
    touch(changes = 1): void {
      const now = clock.now();
      if (firstAt === null) firstAt = now;
      count += changes;
      if (timer !== null) clock.clearTimeout(timer);
      dueAt = Math.min(now + options.quietMs, firstAt + options.maxWaitMs);
      timer = clock.setTimeout(flush, Math.max(0, dueAt - now));
    },
    /** changes waiting, and when they will be flushed (ms since epoch) */
    pending(): { count: number; dueAt: number | null } {
      return { count, dueAt };
    },
    cancel(): void {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      dueAt = null;
      firstAt = null;
      count = 0;
    },
  };
}
