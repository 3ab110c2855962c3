import { describe, expect, it } from 'vitest';
import { dayInVietnam, formatDateTimeVi, formatNumber, previousDayInVietnam } from '../src/vi-display.js';

describe('Vietnamese display rules', () => {
  it('groups thousands with a dot and decimals with a comma', () => {
    expect(formatNumber(4521)).toBe('4.521');
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
  });

  it('gives the Việt Nam day, not the machine’s: 18:00 UTC is already the next day', () => {
    expect(dayInVietnam(new Date('2020-08-16T18:00:00Z'))).toBe('2020-08-17');
    expect(dayInVietnam(new Date('2020-08-16T16:59:59Z'))).toBe('2020-08-16');
    expect(previousDayInVietnam(new Date('2021-01-01T00:30:00+07:00'))).toBe('2020-12-31');
  });

  it('writes day/month/year and a 24-hour time in Việt Nam time', () => {
    expect(formatDateTimeVi(new Date('2020-08-17T01:33:00Z'))).toBe('17/08/2020 08:33');
    expect(formatDateTimeVi(new Date('2020-08-17T17:05:00Z'))).toBe('18/08/2020 00:05');
  });
});
