// Date lines printed by the old Vietnamese portals ("08:33 - Thứ Hai, 17/08/2020", "Ngày 5/8/2020",
// "Thứ 3, 05 / 08 / 2020 14:05 (GMT+7)") read as an instant in Asia/Ho_Chi_Minh. Used by the importer;
// pure, so it lives with the other Vietnamese rules shared by CMS, site and scripts.
import { normalizeText } from './text.js';
import { zonedInstant } from './time-zone.js';
import { HCM_TIME_ZONE } from './vi-display.js';

export interface DateLine {
  /** The instant; a line without a time of day gives 00:00 Ho Chi Minh City time. */
  instant: Date;
  /**
   * False when the line printed only a day. The site shows an instant at exactly 00:00 Vietnam time
   * as the day alone (site/src/lib/format/vi.ts isDayOnly), so no reader sees a made-up "00:00".
   */
  hasTime: boolean;
}

export type DateLineResult = { ok: true; value: DateLine } | { ok: false; error: string };

// Day, month, year: Vietnamese order always; "/", "-" or "." with optional spaces around them.
const DATE = /(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/gu;
// "08:33", "8:33:05", "8h33", "8 giờ 33": a time before or after the date.
const TIME = /(?<![\d/.-])(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?:\s*:\s*(\d{2}))?(?!\d)/giu;
// "(GMT+7)", "GMT+07:00", "UTC+7": the only offset a Vietnamese portal prints, so it changes nothing.
const OFFSET = /\(?\s*(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?/iu;
// "Thứ Hai" … "Thứ Bảy", "Thứ 2" … "Thứ 7", "Chủ nhật", "CN": ISO weekday 1 (Monday) … 7.
const WEEKDAY = /(?:thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])(?![\p{L}\d]))|(chủ\s*nhật|\bcn\b)/iu;
const WEEKDAY_WORDS: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6 };

/**
 * Reads the date and time of a date line; other words on the line (a view count, "In bài viết")
 * are ignored. Refused, with the reason in Vietnamese: no date, two dates, an impossible date or
 * time, an offset other than +7, a weekday that contradicts the date.
 */
export function parseDateLine(line: string): DateLineResult {
  const text = normalizeText(line).replace(/\s+/gu, ' ').trim();
  const dates = [...text.matchAll(DATE)];
  if (dates.length === 0) return fail(`Không tìm thấy ngày (dạng ngày/tháng/năm) trong dòng "${text}"`);
  if (dates.length > 1) return fail(`Dòng ngày có hai ngày, không biết chọn ngày nào: "${text}"`);
  const date = dates[0]!;
  const [day, month, year] = [Number(date[1]), Number(date[3]), Number(date[4])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail(`Ngày không có thật: ${day}/${month}/${year}`);
  if (year < 1945 || year > 2100) return fail(`Năm ${year} nằm ngoài khoảng hợp lệ (1945–2100)`);

  // The time is looked for in what is left once the date is cut out, so "17/08/2020" is never read as a time.
  const rest = text.slice(0, date.index) + ' | ' + text.slice(date.index + date[0].length);
  const offset = OFFSET.exec(rest);
  if (offset && !(offset[1] === '+' && Number(offset[2]) === 7 && Number(offset[3] ?? 0) === 0)) {
    return fail(`Múi giờ "${offset[0].trim()}" không phải giờ Việt Nam (GMT+7)`);
  }
  const withoutOffset = offset ? rest.replace(offset[0], ' ') : rest;
  const times = [...withoutOffset.matchAll(TIME)];
  if (times.length > 1) return fail(`Dòng ngày có hai giờ, không biết chọn giờ nào: "${text}"`);
  const time = times[0];
  const [hour, minute, second] = time ? [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)] : [0, 0, 0];
  if (hour > 23 || minute > 59 || second > 59) return fail(`Giờ không hợp lệ: ${time?.[0].trim()}`);

  const instant = hcmWallClockToInstant(year, month, day, hour, minute, second);
  const weekday = WEEKDAY.exec(withoutOffset);
  if (weekday) {
    const printed = weekday[2] ? 7 : weekdayNumber(weekday[1]!.toLowerCase());
    // Thứ 2 is Monday: ISO day = the printed number - 1.
    const actual = isoWeekday(year, month, day);
    if (printed !== actual) return fail(`Thứ "${weekday[0]}" không khớp với ngày ${day}/${month}/${year}`);
  }
  return { ok: true, value: { instant, hasTime: time !== undefined } };
}

const fail = (error: string): DateLineResult => ({ ok: false, error });

function weekdayNumber(word: string): number {
  return /^[2-7]$/u.test(word) ? Number(word) - 1 : WEEKDAY_WORDS[word]!;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoWeekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

/** The instant at which Ho Chi Minh City's clocks showed this wall time; the zone's history from the tz database. */
export function hcmWallClockToInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(zonedInstant({ year, month, day, hour, minute, second }, HCM_TIME_ZONE));
}
