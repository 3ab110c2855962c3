/** "2020-08-17" (a calendar day from the CMS, no time zone) → "17/08/2020". */
export function formatDay(isoDay: string): string {
  const [y, m, d] = isoDay.split('-');
  return `${d}/${m}/${y}`;
}

export const yearOf = (isoDay: string) => Number(isoDay.slice(0, 4));
