import { describe, expect, it } from 'vitest';
import { bylineRole } from '../src/lib/format/byline.ts';
import { formatDateLine, isDayOnly } from '../src/lib/format/vi.ts';

describe('a date given without a time', () => {
  it('shows readers the day only, never "00:00"', () => {
    // 17/08/2020 00:00:00 in Ho Chi Minh City is 16/08/2020 17:00 UTC.
    const midnight = new Date('2020-08-16T17:00:00.000Z');
    expect(isDayOnly(midnight)).toBe(true);
    expect(formatDateLine(midnight)).toBe('Thứ Hai, 17/08/2020');
  });

  it('keeps the time of any other instant, even one minute or one second past midnight', () => {
    expect(formatDateLine(new Date('2020-08-16T17:01:00.000Z'))).toBe('Thứ Hai, 17/08/2020 00:01');
    expect(isDayOnly(new Date('2020-08-16T17:00:01.000Z'))).toBe(false);
    // Midnight UTC is 07:00 in Vietnam: a real time, shown.
    expect(formatDateLine(new Date('2020-08-17T00:00:00.000Z'))).toBe('Thứ Hai, 17/08/2020 07:00');
  });

  it('uses the zone rules before 1975 too (midnight then was UTC+8)', () => {
    expect(formatDateLine(new Date('1969-09-01T16:00:00.000Z'))).toBe('Thứ Ba, 02/09/1969');
    expect(isDayOnly(new Date('1969-09-01T16:00:00.000Z'))).toBe(true);
  });
});

describe('byline', () => {
  it('shows position and department when both are given', () => {
    expect(bylineRole({ position: 'Phó Trưởng ban', department: 'Ban Tuyên giáo Đảng ủy Khối' })).toBe(
      'Phó Trưởng ban, Ban Tuyên giáo Đảng ủy Khối',
    );
  });

  it('shows whichever is given, and nothing for neither', () => {
    expect(bylineRole({ position: 'Phóng viên', department: null })).toBe('Phóng viên');
    expect(bylineRole({ position: '  ', department: 'Văn phòng Đảng ủy Khối' })).toBe('Văn phòng Đảng ủy Khối');
    expect(bylineRole({ position: null, department: null })).toBeNull();
  });
});
