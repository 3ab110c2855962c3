import type { SeedVideo } from '../types';

export const videos: SeedVideo[] = [
  {
    title: 'Phóng sự: Đại hội đại biểu Đảng bộ Khối lần thứ VIII, nhiệm kỳ 2025 - 2030',
    slug: 'phong-su-dai-hoi-dai-bieu-dang-bo-khoi-lan-thu-viii',
    date: '2025-06-14T19:30:00+07:00',
    description:
      'Phóng sự ghi lại những hoạt động chính tại Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VIII, nhiệm kỳ 2025 - 2030 và ý kiến của các đại biểu dự Đại hội.',
    externalUrl: 'https://www.youtube.com/watch?v=Dk8vQm2ZpLw',
    poster: {
      key: 'video-phong-su-dai-hoi-viii',
      label: 'Phóng sự Đại hội VIII',
      hue: 0,
      alt: 'Hình ảnh mở đầu phóng sự về Đại hội đại biểu Đảng bộ Khối lần thứ VIII',
    },
    status: 'published',
  },
  {
    title: 'Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh: 5 năm một chặng đường',
    slug: 'dang-bo-khoi-co-quan-va-doanh-nghiep-tinh-5-nam-mot-chang-duong',
    date: '2024-07-17T20:00:00+07:00',
    description:
      'Chương trình của Đài Phát thanh - Truyền hình Điện Biên nhân kỷ niệm 5 năm thành lập Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh (17/7/2019 - 17/7/2024).',
    externalUrl: 'https://dienbientv.vn/video/dang-bo-khoi-co-quan-va-doanh-nghiep-tinh-5-nam-mot-chang-duong',
    poster: {
      key: 'video-5-nam-mot-chang-duong',
      label: '5 năm một chặng đường',
      hue: 140,
      alt: 'Trụ sở Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Điện Biên',
    },
    status: 'published',
  },
];
