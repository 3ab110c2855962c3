import type { SeedGallery } from '../types';

export const galleries: SeedGallery[] = [
  {
    title: 'Đại hội đại biểu Đảng bộ Khối lần thứ VIII',
    slug: 'dai-hoi-dai-bieu-dang-bo-khoi-lan-thu-viii',
    date: '2025-06-13T17:00:00+07:00',
    description:
      'Một số hình ảnh tại Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VIII, nhiệm kỳ 2025 - 2030, diễn ra ngày 12 và 13/6/2025.',
    photos: [
      {
        image: { key: 'dh8-toan-canh-dai-hoi', label: 'Toàn cảnh Đại hội VIII', hue: 355, alt: 'Toàn cảnh hội trường Đại hội đại biểu Đảng bộ Khối lần thứ VIII' },
        caption: 'Toàn cảnh phiên khai mạc Đại hội đại biểu Đảng bộ Khối lần thứ VIII, nhiệm kỳ 2025 - 2030.',
        credit: 'Ban Tuyên giáo Đảng ủy Khối',
      },
      {
        image: { key: 'dh8-doan-chu-tich', label: 'Đoàn Chủ tịch', hue: 8, alt: 'Đoàn Chủ tịch điều hành phiên làm việc của Đại hội' },
        caption: 'Đoàn Chủ tịch điều hành phiên làm việc thứ nhất của Đại hội.',
        credit: 'Ban Tuyên giáo Đảng ủy Khối',
      },
      {
        image: { key: 'dh8-dai-bieu-bieu-quyet', label: 'Biểu quyết', hue: 20, alt: 'Các đại biểu giơ thẻ biểu quyết thông qua chương trình Đại hội' },
        caption: 'Đại biểu biểu quyết thông qua chương trình làm việc và quy chế Đại hội.',
        credit: 'Minh Thùy',
      },
      {
        image: { key: 'dh8-tham-luan', label: 'Tham luận', hue: 32, alt: 'Đại biểu trình bày tham luận tại diễn đàn Đại hội' },
        caption: 'Đại biểu Đảng bộ cơ sở trình bày tham luận tại Đại hội.',
        credit: 'Minh Thùy',
      },
      {
        image: { key: 'dh8-bch-khoa-viii-ra-mat', label: 'BCH khóa VIII ra mắt', hue: 45, alt: 'Ban Chấp hành Đảng bộ Khối khóa VIII ra mắt Đại hội' },
        caption: 'Ban Chấp hành Đảng bộ Khối khóa VIII, nhiệm kỳ 2025 - 2030 ra mắt Đại hội.',
        credit: 'Ban Tuyên giáo Đảng ủy Khối',
      },
    ],
    status: 'published',
  },
  {
    title: 'Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 20',
    slug: 'hoi-nghi-ban-chap-hanh-dang-bo-khoi-lan-thu-20',
    date: '2024-06-27T16:30:00+07:00',
    description:
      'Hội nghị Ban Chấp hành Đảng bộ Khối (lần thứ 20) đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm, triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2024.',
    photos: [
      {
        image: { key: 'bch20-quang-canh', label: 'Hội nghị BCH lần thứ 20', hue: 205, alt: 'Quang cảnh Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 20' },
        caption: 'Quang cảnh Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 20.',
        credit: 'Văn phòng Đảng ủy Khối',
      },
      {
        image: { key: 'bch20-lanh-dao-phat-bieu', label: 'Phát biểu chỉ đạo', hue: 215, alt: 'Lãnh đạo Đảng ủy Khối phát biểu tại hội nghị' },
        caption: 'Lãnh đạo Đảng ủy Khối Cơ quan-Doanh nghiệp tỉnh phát biểu tại hội nghị.',
        credit: 'Văn phòng Đảng ủy Khối',
      },
      {
        image: { key: 'bch20-dai-bieu-thao-luan', label: 'Thảo luận', hue: 228, alt: 'Các đồng chí Ủy viên Ban Chấp hành thảo luận tại hội nghị' },
        caption: 'Các đồng chí Ủy viên Ban Chấp hành thảo luận, đóng góp ý kiến vào dự thảo báo cáo.',
        credit: 'Văn phòng Đảng ủy Khối',
      },
      {
        image: { key: 'bch20-bieu-quyet', label: 'Biểu quyết', hue: 190, alt: 'Ban Chấp hành biểu quyết thông qua nghị quyết hội nghị' },
        caption: 'Ban Chấp hành biểu quyết thông qua nghị quyết hội nghị.',
        credit: 'Văn phòng Đảng ủy Khối',
      },
    ],
    status: 'published',
  },
];
