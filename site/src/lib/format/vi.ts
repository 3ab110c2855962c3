// Vietnamese formatting for the reader-facing site (ARCHITECTURE.md, "Vietnamese, everywhere").
// Every date is shown on the Asia/Ho_Chi_Minh calendar whatever zone the build machine runs in:
// a CI runner in UTC must not print yesterday's date for an article posted at 06:00 in Vietnam.
// Pure: no I/O, no Astro imports.
// Subpath imports: the 'date-fns' and 'date-fns/locale' barrels load every function and every
// locale (about 4 s in a bare Node process; Vite tree-shakes, but tests and dev SSR do not).
import { format } from 'date-fns/format';
import { vi } from 'date-fns/locale/vi';
import { tz } from '@date-fns/tz';
import { HCM_TIME_ZONE, formatNumber } from '@dbk/shared-types/vi-display';

// The rules the browser scripts and the CMS share live in shared-types (vi-display: the Việt Nam
// day, 4.521, dd/MM/yyyy HH:mm, without date-fns); pages import the number format from here with
// the rest. This module is the build's own part: weekday date lines and offsets, through date-fns.
export { formatNumber };

// date-fns 4 takes the zone as a context (`in`), so the result never depends on process.env.TZ.
const inHcm = tz(HCM_TIME_ZONE);

// Vietnam has kept UTC+7 without daylight saving since 13 June 1975 (IANA tzdb: +08 until then).
// From that instant on, the wall clock is the UTC clock moved by 7 hours, and the few patterns the
// site uses are written out here: date-fns with a zone costs tens of microseconds a call, and a
// build of 10,000 articles makes hundreds of thousands. Earlier instants (history, old documents)
// and any other pattern go through date-fns and the zone's rules. A test compares both.
const FIXED_OFFSET_SINCE = Date.UTC(1975, 5, 12, 16);
const OFFSET_MS = 7 * 3600_000;
const p2 = (n: number) => String(n).padStart(2, '0');
const FIXED_OFFSET_PATTERNS: Record<string, (w: Date) => string> = {
  i: (w) => String(w.getUTCDay() || 7),
  'dd/MM/yyyy HH:mm': (w) =>
    `${p2(w.getUTCDate())}/${p2(w.getUTCMonth() + 1)}/${w.getUTCFullYear()} ${p2(w.getUTCHours())}:${p2(w.getUTCMinutes())}`,
  'dd/MM/yyyy': (w) => `${p2(w.getUTCDate())}/${p2(w.getUTCMonth() + 1)}/${w.getUTCFullYear()}`,
  'HH:mm': (w) => `${p2(w.getUTCHours())}:${p2(w.getUTCMinutes())}`,
  "yyyy-MM-dd'T'HH:mm:ssXXX": (w) =>
    `${w.getUTCFullYear()}-${p2(w.getUTCMonth() + 1)}-${p2(w.getUTCDate())}T${p2(w.getUTCHours())}:${p2(w.getUTCMinutes())}:${p2(w.getUTCSeconds())}+07:00`,
  'yyyy-M-d': (w) => `${w.getUTCFullYear()}-${w.getUTCMonth() + 1}-${w.getUTCDate()}`,
  'yyyy-MM-dd': (w) => `${w.getUTCFullYear()}-${p2(w.getUTCMonth() + 1)}-${p2(w.getUTCDate())}`,
};

function hcm(d: Date, pattern: string): string {
  const time = d.getTime();
  const fixed = FIXED_OFFSET_PATTERNS[pattern];
  // Years past 9999 would need date-fns's padding rules; no article is dated there.
  if (fixed && time >= FIXED_OFFSET_SINCE && time < Date.UTC(9999, 0, 1)) return fixed(new Date(time + OFFSET_MS));
  return format(d, pattern, { locale: vi, in: inHcm });
}

// Our own weekday names, indexed by ISO day (1 = Monday ... 7 = Sunday). The date-fns vi locale
// has changed its capitalisation between versions ("thứ hai", "Thứ hai", "Chủ nhật"); the site's
// style is a capital on every word, so the names are fixed here rather than patched after format.
const WEEKDAYS = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'] as const;

/**
 * "Thứ Hai, 17/08/2020 08:33" (Ho Chi Minh City time). A date given without a time (midnight to
 * the second in Vietnam: the admin's date picker with no time chosen, an import that knew only the
 * day) is shown as the day alone, "Thứ Hai, 17/08/2020": readers must not read "00:00" as a time.
 */
export function formatDateLine(d: Date): string {
  const weekday = WEEKDAYS[Number(hcm(d, 'i'))];
  return `${weekday}, ${hcm(d, isDayOnly(d) ? 'dd/MM/yyyy' : 'dd/MM/yyyy HH:mm')}`;
}

/** Midnight exactly, Ho Chi Minh City time: a date entered without a time of day. */
export function isDayOnly(d: Date): boolean {
  return hcm(d, 'HH:mm') === '00:00' && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0;
}

/** "2020-08-17T08:33:00+07:00": for <time datetime> and JSON-LD, local wall time with its offset. */
export function isoWithOffset(d: Date): string {
  return hcm(d, "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** The Ho Chi Minh City calendar date of an instant; month is 1-12. */
export function hcmYmd(d: Date): { year: number; month: number; day: number } {
  const [year, month, day] = hcm(d, 'yyyy-M-d').split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

// Collators are costly to build and are used for every list item of every page.
const COLLATOR = new Intl.Collator('vi');

/** Vietnamese alphabetical order: A < Ă < Â, D < Đ, tones after the bare letter. */
export function compareVi(a: string, b: string): number {
  return COLLATOR.compare(a, b);
}
