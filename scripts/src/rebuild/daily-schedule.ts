import type { Clock } from './clock.ts';

interface WallClock {
  year: number;
  month: number;
  day: number;
}

function wallClock(ms: number, timeZone: string): WallClock & { hour: number; minute: number; second: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Offset of the zone from UTC at an instant, in ms (+7 h for Asia/Ho_Chi_Minh). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

/** The instant a wall-clock time occurs in the zone (Date.UTC normalises day overflow). */
function zonedInstant(date: WallClock, hour: number, minute: number, timeZone: string): number {
  const naive = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  // Twice: the offset at the guess may differ from the offset at the answer across a DST change.
  const first = naive - offsetAt(naive, timeZone);
  return naive - offsetAt(first, timeZone);
}

/**
 * The next time the clock in `timeZone` shows hour:minute, strictly after `now`. Computed from the
 * zone's rules, never from the machine's own zone, which on a server is usually UTC.
 */
export function nextDailyRun(now: number, at: { hour: number; minute: number }, timeZone: string): number {
  const today = wallClock(now, timeZone);
  const candidate = zonedInstant(today, at.hour, at.minute, timeZone);
  if (candidate > now) return candidate;
  return zonedInstant({ ...today, day: today.day + 1 }, at.hour, at.minute, timeZone);
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
