// Which paragraph of a page is its date line: a short one with a day/month/year in it. Whether the
// date is valid is decided later (parseDateLine), so a broken date line is refused, not skipped.
const DAY_MONTH_YEAR = /(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?!\d)/u;
const DATE_LINE_MAX = 140;

export function looksLikeDateLine(p: string): boolean {
  return p.length <= DATE_LINE_MAX && DAY_MONTH_YEAR.test(p);
}
