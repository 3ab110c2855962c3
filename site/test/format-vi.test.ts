import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { dayInVietnam } from '@dbk/shared-types/vi-display';
import { compareVi, formatDateLine, formatNumber, hcmYmd, isoWithOffset } from '../src/lib/format/vi.ts';

const SEED = new Date('2020-08-17T01:33:00Z'); // Monday 17/08/2020 08:33 in Ho Chi Minh City
const LATE = new Date('2024-06-10T17:30:00Z'); // already Tuesday 11/06/2024 00:30 in Ho Chi Minh City

// The same expectations in every zone the build machine might run in.
function checkAll(): void {
  expect(formatDateLine(SEED)).toBe('Thứ Hai, 17/08/2020 08:33');
  expect(isoWithOffset(SEED)).toBe('2020-08-17T08:33:00+07:00');
  expect(hcmYmd(SEED)).toEqual({ year: 2020, month: 8, day: 17 });
  expect(formatDateLine(LATE)).toBe('Thứ Ba, 11/06/2024 00:30');
  expect(isoWithOffset(LATE)).toBe('2024-06-11T00:30:00+07:00');
  expect(hcmYmd(LATE)).toEqual({ year: 2024, month: 6, day: 11 });
  expect(dayInVietnam(LATE)).toBe('2024-06-11');
}

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('formats the seed instant', () => {
    checkAll();
  });

  it('writes out the fixed +07:00 offset exactly as date-fns with the zone does, and uses the zone before 13/6/1975', async () => {
    const { format } = await import('date-fns/format');
    const { vi } = await import('date-fns/locale/vi');
    const { tz } = await import('@date-fns/tz');
    const zoned = (d: Date, pattern: string) => format(d, pattern, { locale: vi, in: tz('Asia/Ho_Chi_Minh') });
    const WEEKDAYS = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];
    // Every hour boundary of a few days around the change, then pseudo-random instants up to 2100.
    const instants = [
      ...Array.from({ length: 96 }, (_, i) => new Date(Date.UTC(1975, 5, 11) + i * 1800_000 + 59_999)),
      ...Array.from({ length: 3000 }, (_, i) => new Date(Date.UTC(1975, 5, 13) + ((i * 2654435761) % 3_946_000_000) * 1000 + (i % 1000))),
    ];
    for (const d of instants) {
      expect(isoWithOffset(d)).toBe(zoned(d, "yyyy-MM-dd'T'HH:mm:ssXXX"));
      expect(formatDateLine(d)).toBe(`${WEEKDAYS[Number(zoned(d, 'i'))]}, ${zoned(d, 'dd/MM/yyyy HH:mm')}`);
      expect(dayInVietnam(d)).toBe(zoned(d, 'yyyy-MM-dd'));
      const [year, month, day] = zoned(d, 'yyyy-M-d').split('-').map(Number);
      expect(hcmYmd(d)).toEqual({ year, month, day });
    }
    // Before the change Vietnam's clocks ran at +08 (south) and earlier offsets: the zone's rules.
    expect(isoWithOffset(new Date('1970-01-01T00:00:00Z'))).toBe('1970-01-01T08:00:00+08:00');
    expect(isoWithOffset(new Date('1975-06-12T15:59:59Z'))).toBe('1975-06-12T23:59:59+08:00');
    expect(isoWithOffset(new Date('1975-06-12T16:00:00Z'))).toBe('1975-06-12T23:00:00+07:00');
  });

  it('names every weekday with capitals, Sunday as "Chủ Nhật"', () => {
    const names = Array.from({ length: 7 }, (_, i) => formatDateLine(new Date(SEED.getTime() + i * 86_400_000)).split(',')[0]);
    expect(names).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']);
    expect(formatDateLine(new Date('2024-06-09T03:00:00Z'))).toBe('Chủ Nhật, 09/06/2024 10:00');
  });

  it('moves to the next day at midnight in Vietnam, not at midnight UTC', () => {
    expect(formatDateLine(new Date('2024-06-10T16:59:59Z'))).toBe('Thứ Hai, 10/06/2024 23:59');
    // Midnight in Việt Nam to the second: a date entered without a time, shown as the day alone.
    expect(formatDateLine(new Date('2024-06-10T17:00:00Z'))).toBe('Thứ Ba, 11/06/2024');
    expect(dayInVietnam(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
    expect(hcmYmd(new Date('2024-12-31T17:00:00Z'))).toEqual({ year: 2025, month: 1, day: 1 });
  });

  it('the Việt Nam day defaults to now', () => {
    expect(dayInVietnam()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

// Node re-reads TZ when process.env.TZ is assigned (since Node 13: the setter resets ICU's and
// libc's zone cache). The first assertion in each case proves the zone really changed for
// `Date` in this process, so the module is checked under that zone and not just the default one.
describe('independent of the process time zone (process.env.TZ)', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it.each([
    ['UTC', 1],
    ['America/New_York', 21],
    ['Asia/Tokyo', 10],
  ])('TZ=%s', (zone, localHour) => {
    process.env.TZ = zone;
    expect(SEED.getHours()).toBe(localHour);
    checkAll();
  });
});

// Belt and braces: a fresh Node process per zone, as a CI runner would start, importing the
// module itself (Node 24 strips the TypeScript types).
describe('independent of the build machine time zone (child processes)', () => {
  const moduleUrl = pathToFileURL(fileURLToPath(new URL('../src/lib/format/vi.ts', import.meta.url))).href;
  const script = `
    const m = await import(${JSON.stringify(moduleUrl)});
    const seed = new Date('2020-08-17T01:33:00Z');
    const late = new Date('2024-06-10T17:30:00Z');
    console.log(JSON.stringify({
      localHour: seed.getHours(),
      line: m.formatDateLine(seed),
      iso: m.isoWithOffset(seed),
      lateLine: m.formatDateLine(late),
      ymd: m.hcmYmd(late),
    }));`;

  it.each(['UTC', 'America/New_York', 'Pacific/Kiritimati'])('TZ=%s', (zone) => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(result).toEqual({
      localHour: { UTC: 1, 'America/New_York': 21, 'Pacific/Kiritimati': 15 }[zone],
      line: 'Thứ Hai, 17/08/2020 08:33',
      iso: '2020-08-17T08:33:00+07:00',
      lateLine: 'Thứ Ba, 11/06/2024 00:30',
      ymd: { year: 2024, month: 6, day: 11 },
    });
  });
});

describe('numbers', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumber(4521)).toBe('4.521');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(4521.5)).toBe('4.521,5');
  });
});

describe('Vietnamese collation', () => {
  it('sorts provinces in Vietnamese alphabetical order', () => {
    const input = ['Đà Nẵng', 'Bắc Giang', 'An Giang', 'Ân Thi', 'Cà Mau', 'Dương'];
    expect([...input].sort(compareVi)).toEqual(['An Giang', 'Ân Thi', 'Bắc Giang', 'Cà Mau', 'Dương', 'Đà Nẵng']);
  });

  it('orders A < Ă < Â and D < Đ, which code-point order gets wrong', () => {
    expect(compareVi('Ăn', 'Ân')).toBeLessThan(0);
    expect(compareVi('An', 'Ăn')).toBeLessThan(0);
    expect(compareVi('Dz', 'Đa')).toBeLessThan(0);
    expect(compareVi('Đa', 'E')).toBeLessThan(0);
    expect(compareVi('Đà', 'Đà')).toBe(0);
    // Code-point order would put "Đ" (U+0110) after "E" and "Ă" (U+0102) after "Â" (U+00C2).
    expect(['Đa', 'E'].sort()).toEqual(['E', 'Đa']);
  });

  it('sorts objects by a key', () => {
    const units = [{ name: 'Đảng bộ Sở Y tế' }, { name: 'Chi bộ Ban Tuyên giáo' }, { name: 'Đảng bộ Công an' }, { name: 'Ban Dân vận' }];
    expect(units.sort((a, b) => compareVi(a.name, b.name)).map((u) => u.name)).toEqual([
      'Ban Dân vận',
      'Chi bộ Ban Tuyên giáo',
      'Đảng bộ Công an',
      'Đảng bộ Sở Y tế',
    ]);
  });
});
