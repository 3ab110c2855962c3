import type { Change } from './rebuild-triggers';

/**
 * Collects the changes of one burst (a bulk publish emits one event per entry, a seed hundreds)
 * into one notification per target. The rebuild service debounces too; this only spares it and
 * GitHub's API a request per entry.
 */
export function createCoalescer(windowMs: number, flush: (changes: Change[]) => void) {
  let pending: Change[] = [];
  let timer: NodeJS.Timeout | null = null;
  return {
    add(change: Change) {
      pending.push(change);
      if (timer) return;
      timer = setTimeout(() => {
        const batch = pending;
        pending = [];
        timer = null;
        flush(batch);
      }, windowMs);
      // Strapi must be able to stop while a batch waits.
      timer.unref();
    },
  };
}
