import { describe, expect, it } from 'vitest';
import { hcmWallClockToInstant, parseDateLine } from '../src/date-line.js';

/** The parsed instant as UTC ISO, or the Vietnamese refusal. */
function read(line: string): string {
  const result = parseDateLine(line);
  return result.ok ? `${result.value.instant.toISOString()} ${result.value.hasTime ? 'giờ' : 'ngày'}` : `LỖI ${result.error}`;
}

describe('parseDateLine', () => {
  it.each([
    // the seeds' shape: time first, weekday, date, then unrelated words
    ['08:33 - Thứ Hai, 17/08/2020 Lượt xem: 5717 In bài viết', '2020-08-17T01:33:00.000Z giờ'],
    ['Thứ Hai, 17/08/2020 08:33', '2020-08-17T01:33:00.000Z giờ'],
    ['Thứ 2, 17/08/2020 08:33', '2020-08-17T01:33:00.000Z giờ'],
    ['Thứ 3, 18/8/2020, 14:05 (GMT+7)', '2020-08-18T07:05:00.000Z giờ'],
    ['Thứ Ba, 18/08/2020 - 14:05 GMT+07:00', '2020-08-18T07:05:00.000Z giờ'],
    ['Ngày 5/8/2020', '2020-08-04T17:00:00.000Z ngày'],
    ['Ngày 05 / 08 / 2020 lúc 7h05', '2020-08-05T00:05:00.000Z giờ'],
    ['Cập nhật: 5-8-2020 23:59:30', '2020-08-05T16:59:30.000Z giờ'],
    ['Chủ nhật, 16/08/2020', '2020-08-15T17:00:00.000Z ngày'],
    ['CN, 16.08.2020 9:00', '2020-08-16T02:00:00.000Z giờ'],
    ['Thứ Bảy, 1/2/2020', '2020-01-31T17:00:00.000Z ngày'],
    ['  Thứ  Hai ,  17/08/2020   08 giờ 33  ', '2020-08-17T01:33:00.000Z giờ'],
    ['Ð ngày 29/2/2024', '2024-02-28T17:00:00.000Z ngày'],
  ])('reads "%s"', (line, expected) => {
    expect(read(line)).toBe(expected);
  });

  it.each([
    ['Lượt xem: 5717', 'Không tìm thấy ngày'],
    ['Ngày 27/6', 'Không tìm thấy ngày'],
    ['31/02/2020', 'Ngày không có thật: 31/2/2020'],
    ['29/2/2023', 'Ngày không có thật'],
    ['17/13/2020', 'Ngày không có thật'],
    ['17/08/2020 25:10', 'Giờ không hợp lệ'],
    ['17/08/2020 08:61', 'Giờ không hợp lệ'],
    ['Thứ Ba, 17/08/2020', 'không khớp với ngày'],
    ['Thứ 5, 17/08/2020', 'không khớp với ngày'],
    ['17/08/2020 08:33 (GMT+8)', 'không phải giờ Việt Nam'],
    ['Từ 17/08/2020 đến 18/08/2020', 'hai ngày'],
    ['17/08/2020 08:33 - 09:15', 'hai giờ'],
    ['17/08/1800', 'ngoài khoảng hợp lệ'],
  ])('refuses "%s" in Vietnamese', (line, reason) => {
    expect(read(line)).toContain(`LỖI`);
    expect(read(line)).toContain(reason);
  });

  it('stores a day without time at exactly 00:00 in Vietnam, which the site shows as the day alone', () => {
    const result = parseDateLine('Ngày 5/8/2020');
    expect(result.ok && result.value.instant.getTime()).toBe(Date.UTC(2020, 7, 5) - 7 * 3600_000);
  });

  it('uses the +8 offset Saigon kept before June 1975', () => {
    expect(hcmWallClockToInstant(1970, 1, 1, 8).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(hcmWallClockToInstant(1980, 1, 1, 7).toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });
});
