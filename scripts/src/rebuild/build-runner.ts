/**
 * Which build a request asks for (README "Two lanes"): `fast` renders only the pages a change
 * affects onto the live release, `full` builds everything. A full build serves a fast request too
 * (it reads the same CMS state and more), never the other way round.
 */
export type Lane = 'fast' | 'full';

/**
 * Runs builds one at a time. A request during a build is not lost and does not start a second
 * build next to it: all requests that arrive meanwhile are served by one follow-up build, which
 * starts when the current one ends (the current one may have read the CMS before those changes).
 * The follow-up is full when any of its requests is.
 */
export function createBuildRunner<T>(build: (reasons: string[], lane: Lane) => Promise<T>, options: { paused?: boolean } = {}) {
  let current: Promise<void> | null = null;
  let currentLane: Lane | null = null;
  let paused = options.paused ?? false;
  type Waiter = { resolve(result: T): void; reject(error: unknown): void };
  // Reasons and waiters of the next build (the follow-up while one is running).
  let queued: { reasons: string[]; waiters: Waiter[]; lane: Lane } | null = null;
  let idleWaiters: Array<() => void> = [];

  const start = (reasons: string[], waiters: Waiter[], lane: Lane) => {
    currentLane = lane;
    current = build(reasons, lane)
      .then(
        (result) => waiters.forEach((w) => w.resolve(result)),
        (error: unknown) => waiters.forEach((w) => w.reject(error)),
      )
      .finally(() => {
        current = null;
        currentLane = null;
        next();
      });
  };

  const next = () => {
    if (current || paused) return;
    if (queued) {
      const { reasons, waiters, lane } = queued;
      queued = null;
      start(reasons, waiters, lane);
      return;
    }
    const waiting = idleWaiters;
    idleWaiters = [];
    for (const w of waiting) w();
  };

  return {
    /** asks for a build; resolves with the result of the build that includes this request */
    request(reason: string | string[], lane: Lane = 'full'): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queued ??= { reasons: [], waiters: [], lane };
        if (lane === 'full') queued.lane = 'full';
        for (const r of typeof reason === 'string' ? [reason] : reason) if (!queued.reasons.includes(r)) queued.reasons.push(r);
        queued.waiters.push({ resolve, reject });
        next();
      });
    },
    /** holds requests until resume(): `npm start` collects them while the CMS is still starting */
    pause(): void {
      paused = true;
    },
    resume(): void {
      paused = false;
      next();
    },
    state(): { building: boolean; followUpQueued: boolean; paused: boolean; lane: Lane | null; followUpLane: Lane | null } {
      return { building: current !== null, followUpQueued: queued !== null, paused, lane: currentLane, followUpLane: queued?.lane ?? null };
    },
    /** resolves when nothing is building or queued */
    idle(): Promise<void> {
      if (!current && (!queued || paused)) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
