// The home page anniversary banner ("76 năm ngày ... (11/6/1948 - 11/6/2024)").
// Computed at build time AND again in the browser (a static build can be days old), so this file
// stays tiny and dependency-free. Dates are calendar days ("YYYY-MM-DD"): arithmetic is done on
// UTC midnights, so no time zone or DST can shift a day. The caller supplies `today` in
// Ho Chi Minh City (dayInVietnam() of shared-types/vi-display, at build time and in the browser).

import { ANNIVERSARY_DEFAULTS } from '@dbk/shared-types/anniversary-defaults';

export interface AnniversaryInput {
  subject: string;
  /** YYYY-MM-DD */
  originalDate: string;
  /** 'moi_nam': every year; 'nam_chan': only round years (every `roundEvery`). */
  recurrence: 'moi_nam' | 'nam_chan';
  roundEvery: number | null;
  /** Days the line shows before the date (ANNIVERSARY_DEFAULTS when empty, as for the two below). */
  daysBefore: number | null;
  /** Days the line shows after the date. */
  daysAfter: number | null;
  order: number | null;
  active: boolean | null;
}

export interface BannerItem {
  text: string;
  years: number;
  /** The occurrence, YYYY-MM-DD. */
  date: string;
}

const DAY_MS = 86_400_000;
const { roundEvery: DEFAULT_ROUND, daysBefore: DEFAULT_BEFORE, daysAfter: DEFAULT_AFTER } = ANNIVERSARY_DEFAULTS;

/** "2024-06-11" → [2024, 6, 11], or null if it is not a real calendar date. */
function parseYmd(s: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof s === 'string' ? s.trim() : '');
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  // Rejects 2023-02-30 and the like: Date.UTC would roll them into March.
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? [y, mo, d] : null;
}

/** Day number since the epoch. Date.UTC maps years 0-99 to 1900-1999, hence setUTCFullYear. */
function dayNumber(y: number, m: number, d: number): number {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return Math.round(t.getTime() / DAY_MS);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A non-negative whole number, or the default when missing or nonsense. */
function count(value: number | null | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

/** The banner lines to show on `today` (YYYY-MM-DD), sorted by order, then occurrence date. */
export function bannerItems(list: readonly AnniversaryInput[], today: string): BannerItem[] {
  const now = parseYmd(today);
  if (!now) return [];
  const todayDay = dayNumber(...now);
  const found: { item: BannerItem; order: number; day: number }[] = [];

  for (const entry of list) {
    // Only an explicit false hides an entry: the CMS default is true, and rows created before
    // the field existed read as null.
    if (!entry || entry.active === false) continue;
    const original = parseYmd(entry.originalDate);
    const subject = typeof entry.subject === 'string' ? entry.subject.trim() : '';
    if (!original || !subject) continue;
    const [oy, om, od] = original;
    const round = count(entry.roundEvery, DEFAULT_ROUND) || DEFAULT_ROUND;
    const before = count(entry.daysBefore, DEFAULT_BEFORE);
    const after = count(entry.daysAfter, DEFAULT_AFTER);

    // Last year's occurrence may still be within daysAfter (2 Jan seen on 20 Dec is next year's).
    for (const year of [now[0] - 1, now[0], now[0] + 1]) {
      const years = year - oy;
      if (years < 1) continue;
      if (entry.recurrence === 'nam_chan' && years % round !== 0) continue;
      // 29 February is celebrated on 28 February in common years.
      const day = om === 2 && od === 29 && !isLeap(year) ? 28 : od;
      const occurrence = dayNumber(year, om, day);
      if (todayDay < occurrence - before || todayDay > occurrence + after) continue;
      found.push({
        item: {
          text: `${years} năm ${subject} (${od}/${om}/${oy} - ${day}/${om}/${year})`,
          years,
          date: `${pad(year, 4)}-${pad(om, 2)}-${pad(day, 2)}`,
        },
        order: typeof entry.order === 'number' && Number.isFinite(entry.order) ? entry.order : Infinity,
        day: occurrence,
      });
    }
  }
  // Array.prototype.sort is stable: equal order and date keep the CMS list order.
  found.sort((a, b) => (a.order === b.order ? 0 : a.order < b.order ? -1 : 1) || a.day - b.day);
  return found.map((f) => f.item);
}
