import type { SeedCongress } from '../types';

// The Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh was formed on 17/7/2019 by merging
// two committees and kept their numbering: VII for 2020 - 2025, VIII for 2025 - 2030.
export const congresses: SeedCongress[] = [
  {
    name: 'Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VII',
    slug: 'dai-hoi-lan-thu-vii',
    ordinal: 7,
    term: '2020 - 2025',
    startDate: '2020-08-26',
    endDate: '2020-08-27',
    place: 'Hội trường Tỉnh ủy Điện Biên, thành phố Điện Biên Phủ',
    summary: `Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VII là đại hội đầu tiên sau khi hợp nhất Đảng bộ Khối Cơ quan tỉnh và Đảng bộ Khối Doanh nghiệp tỉnh theo Đề án số 09-ĐA/TU của Ban Thường vụ Tỉnh ủy.

Đại hội đánh giá kết quả thực hiện nhiệm vụ nhiệm kỳ 2015 - 2020, xác định phương hướng, mục tiêu nhiệm kỳ 2020 - 2025: tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng; nâng cao chất lượng đội ngũ cán bộ, đảng viên; đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Một số chỉ tiêu chủ yếu:

- Hằng năm có ít nhất 90% cơ quan, đơn vị hoàn thành tốt nhiệm vụ;
- Toàn Đảng bộ kết nạp từ 750 đảng viên trở lên trong nhiệm kỳ;
- 100% cán bộ, đảng viên đăng ký cam kết học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.`,
    status: 'published',
  },
  {
    name: 'Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VIII',
    slug: 'dai-hoi-lan-thu-viii',
    ordinal: 8,
    term: '2025 - 2030',
    startDate: '2025-06-12',
    endDate: '2025-06-13',
    place: 'Trung tâm Hội nghị tỉnh Điện Biên, thành phố Điện Biên Phủ',
    summary: `Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VIII, nhiệm kỳ 2025 - 2030 diễn ra trong hai ngày 12 và 13/6/2025 với sự tham dự của 200 đại biểu đại diện cho hơn 4.500 đảng viên trong toàn Đảng bộ.

## Chủ đề Đại hội

"Xây dựng Đảng bộ Khối trong sạch, vững mạnh toàn diện; đoàn kết, dân chủ, kỷ cương, đổi mới, sáng tạo; lãnh đạo các cơ quan, đơn vị, doanh nghiệp hoàn thành xuất sắc nhiệm vụ chính trị, góp phần xây dựng tỉnh Điện Biên phát triển nhanh và bền vững."

## Kết quả

- Thông qua Báo cáo chính trị và Báo cáo kiểm điểm của Ban Chấp hành khóa VII;
- Bầu Ban Chấp hành Đảng bộ Khối khóa VIII gồm 25 đồng chí;
- Bầu đoàn đại biểu dự Đại hội đại biểu Đảng bộ tỉnh lần thứ XV;
- Thông qua Nghị quyết Đại hội với 12 chỉ tiêu chủ yếu và 3 khâu đột phá.`,
    gallery: 'dai-hoi-dai-bieu-dang-bo-khoi-lan-thu-viii',
    status: 'published',
  },
];
