import type { SeedAnniversary } from '../types';

// The four dates of the old home page banner (June 2024). The banner text
// ("113 năm ngày Bác Hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)") is
// computed from these; the subject is what follows "N năm ".
// The founding day gets a longer lead (45 days) so that, as on the old site, all
// four show together in early June of a round year.
export const anniversaries: SeedAnniversary[] = [
  {
    subject: 'thành lập Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh',
    originalDate: '2019-07-17',
    recurrence: 'nam_chan',
    roundEvery: 5,
    daysBefore: 45,
    daysAfter: 10,
    order: 1,
    active: true,
  },
  {
    subject: 'ngày Bác Hồ ra đi tìm đường cứu nước',
    originalDate: '1911-06-05',
    recurrence: 'moi_nam',
    daysBefore: 30,
    daysAfter: 10,
    order: 2,
    active: true,
  },
  {
    subject: 'ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc',
    originalDate: '1948-06-11',
    recurrence: 'moi_nam',
    daysBefore: 30,
    daysAfter: 10,
    order: 3,
    active: true,
  },
  {
    subject: 'thành lập Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam',
    originalDate: '1969-06-06',
    recurrence: 'nam_chan',
    roundEvery: 5,
    daysBefore: 30,
    daysAfter: 10,
    order: 4,
    active: true,
  },
];
