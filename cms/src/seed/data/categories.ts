import type { SeedCategory } from '../types';

// Two levels, as the menu shows them. Articles go into the leaves; the parents
// only group them (a parent page lists the articles of its children).
export const categories: SeedCategory[] = [
  {
    name: 'Tin tức - Sự kiện',
    slug: 'tin-tuc-su-kien',
    description: 'Tin hoạt động của Đảng bộ Khối và các tổ chức cơ sở đảng trực thuộc.',
    order: 1,
  },
  {
    name: 'Hoạt động Đảng bộ Khối',
    slug: 'hoat-dong-dang-bo-khoi',
    description: 'Hội nghị, sự kiện do Ban Chấp hành, Ban Thường vụ Đảng ủy Khối tổ chức.',
    order: 1,
    parent: 'tin-tuc-su-kien',
  },
  {
    name: 'Tin cơ sở',
    slug: 'tin-co-so',
    description: 'Hoạt động của các chi bộ, đảng bộ cơ sở trong cơ quan, đơn vị, doanh nghiệp.',
    order: 2,
    parent: 'tin-tuc-su-kien',
  },
  {
    name: 'Xây dựng Đảng',
    slug: 'xay-dung-dang',
    description: 'Công tác xây dựng Đảng về chính trị, tư tưởng, đạo đức, tổ chức và cán bộ.',
    order: 2,
  },
  {
    name: 'Công tác tổ chức',
    slug: 'cong-tac-to-chuc',
    description: 'Công tác tổ chức, cán bộ, đảng viên và bảo vệ chính trị nội bộ.',
    order: 1,
    parent: 'xay-dung-dang',
  },
  {
    name: 'Công tác kiểm tra, giám sát',
    slug: 'cong-tac-kiem-tra-giam-sat',
    description: 'Hoạt động kiểm tra, giám sát và thi hành kỷ luật đảng.',
    order: 2,
    parent: 'xay-dung-dang',
  },
  {
    name: 'Công tác tuyên giáo',
    slug: 'cong-tac-tuyen-giao',
    description: 'Học tập, quán triệt nghị quyết; giáo dục chính trị tư tưởng; bảo vệ nền tảng tư tưởng của Đảng.',
    order: 3,
    parent: 'xay-dung-dang',
  },
  {
    name: 'Công tác dân vận',
    slug: 'cong-tac-dan-van',
    description: 'Công tác dân vận, phong trào "Dân vận khéo", hoạt động an sinh xã hội.',
    order: 4,
    parent: 'xay-dung-dang',
  },
  {
    name: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    slug: 'hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh',
    description: 'Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị; gương điển hình tiên tiến.',
    order: 3,
  },
  {
    name: 'Đoàn thể',
    slug: 'doan-the',
    description: 'Hoạt động của Công đoàn, Đoàn Thanh niên, Hội Cựu chiến binh trong Khối.',
    order: 4,
  },
  {
    name: 'Đại hội Đảng',
    slug: 'dai-hoi-dang',
    description: 'Đại hội đảng bộ các cấp và Đại hội đại biểu Đảng bộ Khối.',
    order: 5,
  },
];
