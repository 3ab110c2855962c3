import { wallClockIn, zonedInstant } from '@dbk/shared-types';
import type { Clock } from './clock.ts';

/**
 * The next time the clock in `timeZone` shows hour:minute, strictly after `now`. Computed from the
 * zone's rules, never from the machine's own zone, which on a server is usually UTC.
 */
export function nextDailyRun(now: number, at: { hour: number; minute: number }, timeZone: string): number {
  const today = wallClockIn(now, timeZone);
  const candidate = zonedInstant({ ...today, hour: at.hour, minute: at.minute, second: 0 }, timeZone);
  if (candidate > now) return candidate;
  return zonedInstant({ ...today, day: today.day + 1, hour: at.hour, minute: at.minute, second: 0 }, timeZone);
}

/** Calls `run` every day at the given local time; returns a function that stops it. */
export function scheduleDaily(
  at: { hour: number; minute: number },
  timeZone: string,
  clock: Clock,
  run: () => void,
  onSchedule?: (next: number) => void,
): () => void {
  let handle: unknown = null;
  let stopped = false;
  const arm = (from: number) => {
    // Recomputed each day rather than a fixed 24 h interval, so timer drift never accumulates.
    const next = nextDailyRun(from, at, timeZone);
    onSchedule?.(next);
    handle = clock.setTimeout(() => {
      if (stopped) return;
      run();
      // From the planned instant at the earliest: a timer firing a hair early must not run twice.
      arm(Math.max(clock.now(), next));
    }, next - clock.now());
  };
  arm(clock.now());
  return () => {
    stopped = true;
    if (handle !== null) clock.clearTimeout(handle);
  };
}
