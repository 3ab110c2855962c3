// Formats shared by the interaction components (at build time) and the browser script, so a
// baked comment and a live one read the same. Pure, no dependencies: it ships to browsers.

const COUNT = new Intl.NumberFormat('vi-VN');

/** 4521 → "4.521" */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

const DATE_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** "17/08/2020 08:33", Việt Nam time whatever the reader's or the build machine's zone. */
export function formatCommentDate(d: Date): string {
  const p = Object.fromEntries(DATE_PARTS.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** What a box shows until (or instead of, when the CMS is down) the real figure. */
export const PLACEHOLDER = '–';
