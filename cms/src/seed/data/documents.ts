import type { SeedDocument } from '../types';

// Party documents. Numbers use Đ (U+0110), except 15-HD/ÐUK below, typed with
// the look-alike Ð (U+00D0) as legacy keyboards do, so the seed exercises the
// normalisation on save (it must be stored and found as 15-HD/ĐUK).

const TERM_VIII = '2025 - 2030';
const DANG_UY_KHOI = 'Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh';
const BTV_DANG_UY_KHOI = 'Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh';
const BTV_TINH_UY = 'Ban Thường vụ Tỉnh ủy Điện Biên';

export const documents: SeedDocument[] = [
  // --- Trung ương -----------------------------------------------------------
  {
    documentNumber: '18-NQ/TW',
    kind: 'nghi_quyet',
    title:
      'Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả',
    issuingBody: 'Ban Chấp hành Trung ương Đảng',
    issueDate: '2017-10-25',
    term: 'Khóa XII',
    signer: 'Nguyễn Phú Trọng',
    excerpt:
      'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả; xác định quan điểm, mục tiêu, nhiệm vụ và giải pháp sắp xếp, kiện toàn tổ chức bộ máy của Đảng, Nhà nước, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.',
    status: 'published',
  },
  {
    documentNumber: '35-NQ/TW',
    kind: 'nghi_quyet',
    title:
      'Nghị quyết của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới',
    issuingBody: 'Bộ Chính trị',
    issueDate: '2018-10-22',
    term: 'Khóa XII',
    excerpt:
      'Về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới; phát huy sức mạnh tổng hợp của cả hệ thống chính trị, trong đó lực lượng nòng cốt là cán bộ, đảng viên, đoàn viên, hội viên.',
    status: 'published',
  },
  {
    documentNumber: '05-CT/TW',
    kind: 'chi_thi',
    title: 'Chỉ thị của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    issuingBody: 'Bộ Chính trị',
    issueDate: '2016-05-15',
    term: 'Khóa XII',
    excerpt:
      'Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đưa việc học tập và làm theo Bác thành công việc tự giác, thường xuyên của các cấp ủy, tổ chức đảng, cán bộ, đảng viên, trước hết là người đứng đầu.',
    status: 'published',
  },
  {
    documentNumber: '08-QĐi/TW',
    kind: 'quy_dinh',
    title:
      'Quy định về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương',
    issuingBody: 'Ban Chấp hành Trung ương Đảng',
    issueDate: '2018-10-25',
    term: 'Khóa XII',
    excerpt:
      'Quy định về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương: gương mẫu về tư tưởng chính trị, đạo đức, lối sống, ý thức tổ chức kỷ luật và trong thực hiện chức trách, nhiệm vụ được giao.',
    status: 'published',
  },
  {
    documentNumber: '21-KL/TW',
    kind: 'ket_luan',
    title:
      'Kết luận Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị',
    issuingBody: 'Ban Chấp hành Trung ương Đảng',
    issueDate: '2021-10-25',
    term: 'Khóa XIII',
    signer: 'Nguyễn Phú Trọng',
    excerpt:
      'Về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện "tự diễn biến", "tự chuyển hóa".',
    status: 'published',
  },

  // --- Tỉnh ủy ---------------------------------------------------------------
  {
    documentNumber: '09-ĐA/TU',
    kind: 'de_an',
    title:
      'Đề án hợp nhất Đảng bộ Khối Cơ quan tỉnh và Đảng bộ Khối Doanh nghiệp tỉnh gắn với cơ cấu lại các tổ chức cơ sở đảng trong các doanh nghiệp',
    issuingBody: BTV_TINH_UY,
    issueDate: '2019-01-14',
    term: '2015 - 2020',
    excerpt:
      'Hợp nhất Đảng bộ Khối Cơ quan tỉnh và Đảng bộ Khối Doanh nghiệp tỉnh thành Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh, gắn với cơ cấu lại các tổ chức cơ sở đảng trong các doanh nghiệp; xác định chức năng, nhiệm vụ, tổ chức bộ máy và lộ trình thực hiện.',
    status: 'published',
  },
  {
    documentNumber: '38-QĐ/TU',
    kind: 'quy_dinh',
    title: 'Quy định về đánh giá chất lượng sinh hoạt chi bộ',
    issuingBody: BTV_TINH_UY,
    issueDate: '2019-04-08',
    term: '2015 - 2020',
    excerpt:
      'Quy định tiêu chí, thang điểm và quy trình đánh giá chất lượng sinh hoạt chi bộ thường kỳ, sinh hoạt chuyên đề trong Đảng bộ tỉnh; trách nhiệm của cấp ủy cấp trên trong theo dõi, hướng dẫn, dự sinh hoạt với chi bộ.',
    status: 'published',
  },

  // --- Đảng ủy Khối ----------------------------------------------------------
  {
    documentNumber: '186-BC/ĐUK',
    kind: 'bao_cao',
    title: 'Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2024',
    issuingBody: DANG_UY_KHOI,
    issueDate: '2024-06-25',
    term: '2020 - 2025',
    excerpt:
      'Đánh giá kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị và công tác xây dựng Đảng 6 tháng đầu năm 2024; xác định phương hướng, nhiệm vụ trọng tâm 6 tháng cuối năm, trong đó có công tác chuẩn bị Đại hội đại biểu Đảng bộ Khối lần thứ VIII, nhiệm kỳ 2025 - 2030. Trình Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 20.',
    status: 'published',
  },
  {
    documentNumber: '112-KH/ĐUK',
    kind: 'ke_hoach',
    title: 'Kế hoạch xây dựng văn kiện Đại hội đại biểu Đảng bộ Khối lần thứ VIII, nhiệm kỳ 2025 - 2030',
    issuingBody: BTV_DANG_UY_KHOI,
    issueDate: '2024-07-10',
    term: '2020 - 2025',
    excerpt:
      'Xác định nội dung, tiến độ xây dựng Báo cáo chính trị, Báo cáo kiểm điểm của Ban Chấp hành Đảng bộ Khối nhiệm kỳ 2020 - 2025; phân công Tiểu ban Nội dung và các Tổ chuyên đề; tổ chức lấy ý kiến góp ý dự thảo văn kiện của cán bộ, đảng viên và nhân dân.',
    congress: 'dai-hoi-lan-thu-viii',
    status: 'published',
  },
  {
    documentNumber: '2045-QĐ/ĐUK',
    kind: 'quyet_dinh',
    title: 'Quyết định thành lập Tiểu ban Nội dung Đại hội đại biểu Đảng bộ Khối lần thứ VIII, nhiệm kỳ 2025 - 2030',
    issuingBody: DANG_UY_KHOI,
    issueDate: '2024-07-15',
    term: '2020 - 2025',
    excerpt:
      'Thành lập Tiểu ban Nội dung Đại hội đại biểu Đảng bộ Khối lần thứ VIII, nhiệm kỳ 2025 - 2030 gồm 11 đồng chí do đồng chí Bí thư Đảng ủy Khối làm Trưởng Tiểu ban; Tiểu ban có nhiệm vụ giúp Ban Chấp hành chuẩn bị các văn kiện trình Đại hội.',
    congress: 'dai-hoi-lan-thu-viii',
    status: 'published',
  },
  {
    // Typed with U+00D0 on purpose: the CMS must store it as 15-HD/ĐUK.
    documentNumber: '15-HD/ÐUK',
    kind: 'huong_dan',
    title: 'Hướng dẫn đại hội chi bộ, đảng bộ cơ sở tiến tới Đại hội đại biểu Đảng bộ Khối lần thứ VIII, nhiệm kỳ 2025 - 2030',
    issuingBody: BTV_DANG_UY_KHOI,
    issueDate: '2024-08-20',
    term: '2020 - 2025',
    excerpt:
      'Hướng dẫn nội dung, hình thức, thời gian tổ chức đại hội chi bộ, đảng bộ cơ sở; công tác chuẩn bị văn kiện, nhân sự cấp ủy, bầu cử tại đại hội và bầu đại biểu dự Đại hội đại biểu Đảng bộ Khối lần thứ VIII.',
    congress: 'dai-hoi-lan-thu-viii',
    status: 'published',
  },
  {
    documentNumber: '312-BC/ĐUK',
    kind: 'van_kien_dai_hoi',
    title:
      'Báo cáo chính trị của Ban Chấp hành Đảng bộ Khối khóa VII trình Đại hội đại biểu Đảng bộ Khối lần thứ VIII, nhiệm kỳ 2025 - 2030',
    issuingBody: DANG_UY_KHOI,
    issueDate: '2025-06-12',
    term: '2020 - 2025',
    excerpt:
      'Đánh giá kết quả thực hiện Nghị quyết Đại hội đại biểu Đảng bộ Khối lần thứ VII, nhiệm kỳ 2020 - 2025; rút ra bài học kinh nghiệm; xác định mục tiêu, phương hướng, chỉ tiêu, nhiệm vụ và giải pháp nhiệm kỳ 2025 - 2030 với chủ đề "Xây dựng Đảng bộ Khối trong sạch, vững mạnh toàn diện; đoàn kết, dân chủ, kỷ cương, đổi mới, sáng tạo".',
    fullText: `## Phần thứ nhất: Kết quả thực hiện Nghị quyết Đại hội lần thứ VII

Nhiệm kỳ 2020 - 2025, trong bối cảnh có nhiều thuận lợi nhưng cũng không ít khó khăn, thách thức, Ban Chấp hành Đảng bộ Khối đã lãnh đạo, chỉ đạo các cấp ủy, tổ chức đảng hoàn thành và hoàn thành vượt mức phần lớn các chỉ tiêu Nghị quyết Đại hội đề ra.

## Phần thứ hai: Mục tiêu, phương hướng nhiệm kỳ 2025 - 2030

Tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ cán bộ, đảng viên; lãnh đạo các cơ quan, đơn vị, doanh nghiệp hoàn thành tốt nhiệm vụ chính trị, góp phần xây dựng tỉnh Điện Biên phát triển nhanh và bền vững.`,
    congress: 'dai-hoi-lan-thu-viii',
    status: 'published',
  },
  {
    documentNumber: '01-NQ/ĐUK',
    kind: 'nghi_quyet',
    title: 'Nghị quyết Đại hội đại biểu Đảng bộ Khối lần thứ VIII, nhiệm kỳ 2025 - 2030',
    issuingBody: 'Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VIII',
    issueDate: '2025-06-13',
    term: TERM_VIII,
    excerpt:
      'Đại hội thông qua Báo cáo chính trị, Báo cáo kiểm điểm của Ban Chấp hành khóa VII; xác định 12 chỉ tiêu chủ yếu, 3 khâu đột phá và các nhiệm vụ, giải pháp nhiệm kỳ 2025 - 2030; giao Ban Chấp hành Đảng bộ Khối khóa VIII lãnh đạo tổ chức thực hiện thắng lợi Nghị quyết.',
    congress: 'dai-hoi-lan-thu-viii',
    status: 'published',
  },

  // --- Not for readers ---------------------------------------------------------
  {
    // Secret: the CMS must refuse to publish it, and the site must never show it.
    documentNumber: '45-TB/ĐUK',
    kind: 'thong_bao',
    title: 'Thông báo (Mật) kết luận của Ban Thường vụ Đảng ủy Khối về phương án nhân sự Ban Chấp hành khóa VIII',
    issuingBody: BTV_DANG_UY_KHOI,
    issueDate: '2025-03-18',
    term: '2020 - 2025',
    excerpt:
      'Thông báo kết luận của Ban Thường vụ Đảng ủy Khối về phương án nhân sự Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra Đảng ủy Khối nhiệm kỳ 2025 - 2030. Tài liệu mật, không phổ biến.',
    secret: true,
    status: 'draft',
  },
  {
    documentNumber: '03-KH/ĐUK',
    kind: 'ke_hoach',
    title: 'Kế hoạch kiểm tra, giám sát của Ban Chấp hành Đảng bộ Khối năm 2026 (dự thảo)',
    issuingBody: BTV_DANG_UY_KHOI,
    issueDate: '2025-12-05',
    term: TERM_VIII,
    excerpt:
      'Dự thảo kế hoạch kiểm tra, giám sát năm 2026: kiểm tra việc lãnh đạo, chỉ đạo thực hiện Nghị quyết Đại hội đại biểu Đảng bộ Khối lần thứ VIII; giám sát chuyên đề việc thực hiện Quy định số 38-QĐ/TU về đánh giá chất lượng sinh hoạt chi bộ.',
    status: 'draft',
  },
];
