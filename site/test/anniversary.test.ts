import { describe, expect, it } from 'vitest';
import { bannerItems, type AnniversaryInput } from '../src/lib/banner/anniversary.ts';
// The real seed entries (a plain TS export; its only import is a type).
import { anniversaries } from '../../cms/src/seed/data/anniversaries.ts';

// As the site receives them from the CMS: missing optional fields are null.
const SEED: AnniversaryInput[] = anniversaries.map((a) => ({
  subject: a.subject,
  originalDate: a.originalDate,
  recurrence: a.recurrence,
  roundEvery: a.roundEvery ?? null,
  daysBefore: a.daysBefore ?? null,
  daysAfter: a.daysAfter ?? null,
  order: a.order,
  active: a.active ?? null,
}));

function entry(overrides: Partial<AnniversaryInput>): AnniversaryInput {
  return {
    subject: 'ngày thử nghiệm',
    originalDate: '2000-06-15',
    recurrence: 'moi_nam',
    roundEvery: null,
    daysBefore: null,
    daysAfter: null,
    order: null,
    active: true,
    ...overrides,
  };
}

const texts = (list: AnniversaryInput[], today: string): string[] => bannerItems(list, today).map((i) => i.text);

describe('bannerItems with the seed anniversaries', () => {
  it('shows all four lines on 11 June 2024, as the old home page did', () => {
    expect(bannerItems(SEED, '2024-06-11')).toEqual([
      {
        text: '5 năm thành lập Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh (17/7/2019 - 17/7/2024)',
        years: 5,
        date: '2024-07-17',
      },
      { text: '113 năm ngày Bác Hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)', years: 113, date: '2024-06-05' },
      {
        text: '76 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2024)',
        years: 76,
        date: '2024-06-11',
      },
      {
        text: '55 năm thành lập Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam (6/6/1969 - 6/6/2024)',
        years: 55,
        date: '2024-06-06',
      },
    ]);
  });

  it('shows the founding day (5 years, round) only thanks to its 45-day lead', () => {
    // 17/7/2024 − 45 days = 2/6/2024; with the default 30 days it would start on 17/6/2024.
    const founding = SEED.filter((a) => a.originalDate === '2019-07-17');
    expect(texts(founding, '2024-06-01')).toEqual([]);
    expect(texts(founding, '2024-06-02')).toHaveLength(1);
    const withDefaultLead = founding.map((a) => ({ ...a, daysBefore: null }));
    expect(texts(withDefaultLead, '2024-06-11')).toEqual([]);
    expect(texts(withDefaultLead, '2024-06-16')).toEqual([]);
    expect(texts(withDefaultLead, '2024-06-17')).toEqual([
      '5 năm thành lập Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh (17/7/2019 - 17/7/2024)',
    ]);
  });

  it('skips the round-year entries in a year that is not round', () => {
    // 2025: founding 6 years and the provisional government 56 years are not multiples of 5.
    expect(texts(SEED, '2025-06-11')).toEqual([
      '114 năm ngày Bác Hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2025)',
      '77 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2025)',
    ]);
  });

  it('shows nothing outside every window', () => {
    expect(bannerItems(SEED, '2024-03-01')).toEqual([]);
    expect(bannerItems(SEED, '2024-10-01')).toEqual([]);
  });
});

describe('bannerItems windows', () => {
  const callToEmulation = entry({ subject: 'ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc', originalDate: '1948-06-11' });

  it('starts exactly daysBefore (default 30) days ahead', () => {
    expect(texts([callToEmulation], '2024-05-11')).toEqual([]);
    expect(texts([callToEmulation], '2024-05-12')).toEqual([
      '76 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2024)',
    ]);
  });

  it("ends after daysAfter (default 7, the CMS's) days", () => {
    expect(texts([callToEmulation], '2024-06-18')).toHaveLength(1);
    expect(texts([callToEmulation], '2024-06-19')).toEqual([]);
  });

  it('honours custom windows, including zero', () => {
    const sameDay = entry({ originalDate: '2000-06-15', daysBefore: 0, daysAfter: 0 });
    expect(texts([sameDay], '2024-06-14')).toEqual([]);
    expect(texts([sameDay], '2024-06-15')).toEqual(['24 năm ngày thử nghiệm (15/6/2000 - 15/6/2024)']);
    expect(texts([sameDay], '2024-06-16')).toEqual([]);
  });

  it('crosses the new year: 2 January is announced on 20 December', () => {
    const newYear = entry({ originalDate: '2000-01-02' });
    expect(bannerItems([newYear], '2024-12-20')).toEqual([
      { text: '25 năm ngày thử nghiệm (2/1/2000 - 2/1/2025)', years: 25, date: '2025-01-02' },
    ]);
    // ... and a late-December date is still shown in early January.
    const yearEnd = entry({ originalDate: '2000-12-28' });
    expect(bannerItems([yearEnd], '2025-01-03')).toEqual([
      { text: '24 năm ngày thử nghiệm (28/12/2000 - 28/12/2024)', years: 24, date: '2024-12-28' },
    ]);
  });

  it('celebrates 29 February on 28 February in common years', () => {
    const leap = entry({ originalDate: '2000-02-29', daysBefore: 0, daysAfter: 0 });
    expect(bannerItems([leap], '2025-02-28')).toEqual([
      { text: '25 năm ngày thử nghiệm (29/2/2000 - 28/2/2025)', years: 25, date: '2025-02-28' },
    ]);
    expect(texts([leap], '2025-03-01')).toEqual([]);
    expect(texts([leap], '2024-02-28')).toEqual([]);
    expect(texts([leap], '2024-02-29')).toEqual(['24 năm ngày thử nghiệm (29/2/2000 - 29/2/2024)']);
    // 1900 is not a leap year (divisible by 100), 2000 is (divisible by 400).
    const old = entry({ originalDate: '1896-02-29', daysBefore: 0, daysAfter: 0 });
    expect(texts([old], '1900-02-28')).toEqual(['4 năm ngày thử nghiệm (29/2/1896 - 28/2/1900)']);
  });
});

describe('bannerItems rules', () => {
  it('needs at least one year', () => {
    expect(texts([entry({ originalDate: '2024-06-20' })], '2024-06-11')).toEqual([]);
    expect(texts([entry({ originalDate: '2023-06-20' })], '2024-06-11')).toEqual(['1 năm ngày thử nghiệm (20/6/2023 - 20/6/2024)']);
  });

  it('round years: every 5 by default, or every roundEvery', () => {
    const round = entry({ recurrence: 'nam_chan', originalDate: '1990-06-15' });
    expect(texts([round], '2024-06-15')).toEqual([]); // 34
    expect(texts([round], '2025-06-15')).toEqual(['35 năm ngày thử nghiệm (15/6/1990 - 15/6/2025)']);
    const decade = { ...round, roundEvery: 10 };
    expect(texts([decade], '2025-06-15')).toEqual([]);
    expect(texts([decade], '2030-06-15')).toEqual(['40 năm ngày thử nghiệm (15/6/1990 - 15/6/2030)']);
  });

  it('hides inactive entries; a missing flag means active (the CMS default)', () => {
    expect(texts([entry({ active: false })], '2024-06-15')).toEqual([]);
    expect(texts([entry({ active: null })], '2024-06-15')).toHaveLength(1);
  });

  it('sorts by order, then by occurrence date, missing order last', () => {
    const list = [
      entry({ subject: 'C', originalDate: '2000-06-20', order: null }),
      entry({ subject: 'B', originalDate: '2000-06-18', order: 2 }),
      entry({ subject: 'A2', originalDate: '2000-06-16', order: 1 }),
      entry({ subject: 'A1', originalDate: '2000-06-14', order: 1 }),
      entry({ subject: 'Z', originalDate: '2000-06-10', order: 0 }),
    ];
    expect(bannerItems(list, '2024-06-15').map((i) => i.text.split(' ')[2])).toEqual(['Z', 'A1', 'A2', 'B', 'C']);
  });

  it('ignores malformed data instead of throwing (it also runs in the browser)', () => {
    const bad = [entry({ originalDate: '2000-02-30' }), entry({ originalDate: '15/06/2000' }), entry({ subject: '  ' })];
    expect(bannerItems(bad, '2024-06-15')).toEqual([]);
    expect(bannerItems([entry({})], 'hôm nay')).toEqual([]);
    expect(bannerItems([], '2024-06-15')).toEqual([]);
  });
});
