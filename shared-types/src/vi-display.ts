// The Vietnamese display rules every side shows readers and staff: the Việt Nam calendar day, the
// "4.521" number and the "17/08/2020 08:33" date. One home, imported by the site build, the browser
// scripts and the CMS. Dependency-free on purpose (Intl only): it ships to readers' browsers, so it
// must not pull date-fns in.

export const HCM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Built once: formatters are costly to build and these run for every list item of every page.
const NUMBER = new Intl.NumberFormat('vi-VN');
// en-CA formats a day as YYYY-MM-DD, which also sorts as text.
const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: HCM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: HCM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 4521 → "4.521": dot as the thousands separator, comma as the decimal one. */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** The Việt Nam calendar day of an instant, "YYYY-MM-DD", whatever the zone of the machine. */
export function dayInVietnam(at: Date | number = Date.now()): string {
  return DAY.format(at);
}

/** The day before `at`'s day. Việt Nam has no daylight saving: 24 hours earlier is the previous day. */
export function previousDayInVietnam(at: Date | number = Date.now()): string {
  return DAY.format(+at - 86_400_000);
}

/** "17/08/2020 08:33", Việt Nam time whatever the reader's or the build machine's zone. */
export function formatDateTimeVi(d: Date): string {
  const p = Object.fromEntries(DATE_TIME.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}
