// Wall clocks of a named time zone, from the tz database through Intl: never from the machine's own
// zone, which on a server is usually UTC. Used by the date lines of imported pages (Ho Chi Minh City,
// +8 before 1975) and by the rebuild service's daily schedule (any zone).

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Built once per zone: an importer reads thousands of date lines.
const FORMATS = new Map<string, Intl.DateTimeFormat>();
function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    FORMATS.set(timeZone, format);
  }
  return format;
}

/** What the clocks of `timeZone` showed at an instant (ms since epoch). */
export function wallClockIn(at: number, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatIn(timeZone)
      .formatToParts(new Date(at))
      .map((p) => [p.type, Number(p.value)]),
  );
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** Offset of the zone from UTC at an instant, in ms (+7 h for Asia/Ho_Chi_Minh since 1975). */
export function zoneOffsetMs(at: number, timeZone: string): number {
  const w = wallClockIn(at, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(at / 1000) * 1000;
}

/**
 * The instant (ms) at which the zone's clocks showed this wall time. Date.UTC normalises overflow
 * (day 32 is the next month's first). Two passes: the offset at the first guess may differ from the
 * offset at the answer across a change (daylight saving, Việt Nam's move from +8 to +7 in 1975).
 */
export function zonedInstant(wall: Omit<WallClock, 'second'> & { second?: number }, timeZone: string): number {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  const first = naive - zoneOffsetMs(naive, timeZone);
  return naive - zoneOffsetMs(first, timeZone);
}
