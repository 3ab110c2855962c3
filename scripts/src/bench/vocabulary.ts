// Words of a provincial committee's news: its units, people, events and documents. Combined with
// the sample articles' own paragraphs (compose.ts), they give text that reads, folds, slugs and
// indexes like the real thing.

export const UNITS = [
  'Đảng bộ Sở Tài chính',
  'Đảng bộ Sở Giáo dục và Đào tạo',
  'Đảng bộ Sở Y tế',
  'Đảng bộ Sở Nông nghiệp và Môi trường',
  'Đảng bộ Sở Xây dựng',
  'Đảng bộ Sở Công Thương',
  'Đảng bộ Sở Nội vụ',
  'Đảng bộ Sở Tư pháp',
  'Đảng bộ Sở Khoa học và Công nghệ',
  'Đảng bộ Sở Văn hóa, Thể thao và Du lịch',
  'Đảng bộ Văn phòng UBND tỉnh',
  'Đảng bộ Kho bạc Nhà nước tỉnh',
  'Đảng bộ Cục Thuế tỉnh',
  'Đảng bộ Bảo hiểm xã hội tỉnh',
  'Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn tỉnh',
  'Đảng bộ Công ty Điện lực Điện Biên',
  'Đảng bộ Công ty Cổ phần Cấp nước Điện Biên',
  'Đảng bộ Bưu điện tỉnh',
  'Đảng bộ Viễn thông Điện Biên',
  'Đảng bộ Trường Cao đẳng Y tế Điện Biên',
  'Đảng bộ Trường Cao đẳng Kinh tế - Kỹ thuật',
  'Đảng bộ Bệnh viện Đa khoa tỉnh',
  'Đảng bộ Đài Phát thanh và Truyền hình tỉnh',
  'Đảng bộ Báo Điện Biên Phủ',
  'Chi bộ Ban Quản lý dự án các công trình dân dụng',
  'Chi bộ Trung tâm Kiểm soát bệnh tật tỉnh',
  'Chi bộ Liên minh Hợp tác xã tỉnh',
  'Chi bộ Quỹ Đầu tư phát triển tỉnh',
  'Chi bộ Công ty TNHH Xăng dầu Điện Biên',
  'Chi bộ Thư viện tỉnh',
  'Chi bộ Bảo tàng tỉnh',
  'Chi bộ Trung tâm Văn hóa tỉnh',
  'Chi bộ Công ty Cổ phần Môi trường và Đô thị',
  'Chi bộ Trường Chính trị tỉnh',
  'Chi bộ Ban Dân tộc tỉnh',
  'Chi bộ Thanh tra tỉnh',
] as const;

export const EVENTS = [
  'tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm',
  'tổng kết công tác xây dựng Đảng năm',
  'tổ chức hội nghị học tập, quán triệt nghị quyết của Đảng',
  'kết nạp đảng viên mới',
  'tổ chức sinh hoạt chuyên đề về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'trao Huy hiệu Đảng cho đảng viên',
  'tổ chức đại hội chi bộ nhiệm kỳ',
  'kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát',
  'tổ chức hội nghị đối thoại với người lao động',
  'ra quân hưởng ứng Tháng Thanh niên',
  'trao quà cho hộ nghèo, gia đình chính sách',
  'tổ chức hội thi tìm hiểu lịch sử Đảng bộ',
  'kiện toàn cấp ủy, bầu bổ sung chức danh bí thư',
  'tổng kết phong trào thi đua yêu nước',
  'tổ chức hội nghị cán bộ, công chức, viên chức',
] as const;

export const TOPICS = [
  'xây dựng, chỉnh đốn Đảng',
  'nâng cao chất lượng sinh hoạt chi bộ',
  'công tác phát triển đảng viên',
  'phòng, chống tham nhũng, tiêu cực',
  'bảo vệ nền tảng tư tưởng của Đảng',
  'chuyển đổi số trong cơ quan đảng',
  'cải cách hành chính',
  'thực hiện dân chủ ở cơ sở',
  'công tác dân vận khéo',
  'xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh',
  'thực hành tiết kiệm, chống lãng phí',
  'công tác bảo vệ chính trị nội bộ',
] as const;

export const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Lò',
  'Quàng',
  'Lường',
  'Vũ',
  'Đỗ',
  'Bùi',
  'Đặng',
  'Lý',
  'Giàng',
  'Mùa',
  'Cà',
] as const;
export const MIDDLE = ['Văn', 'Thị', 'Thu', 'Minh', 'Ngọc', 'Thanh', 'Đức', 'Hồng', 'Kim', 'A', 'Quang'] as const;
export const GIVEN = [
  'Hà',
  'Lan',
  'Minh',
  'Thành',
  'Mai',
  'Trang',
  'Hùng',
  'Dũng',
  'Hương',
  'Thùy',
  'Sơn',
  'Tuấn',
  'Phương',
  'Chinh',
  'Dế',
  'Páo',
  'Xuân',
  'Hiền',
] as const;

export const POSITIONS = [
  'Bí thư Chi bộ',
  'Phó Bí thư Đảng ủy',
  'Ủy viên Ban Thường vụ Đảng ủy Khối',
  'Ủy viên Ủy ban Kiểm tra Đảng ủy Khối',
  'Trưởng Ban Tuyên giáo Đảng ủy Khối',
  'Chánh Văn phòng Đảng ủy Khối',
  'Phó Trưởng Ban Tổ chức Đảng ủy Khối',
] as const;

export const DEPARTMENTS = [
  'Ban Tuyên giáo Đảng ủy Khối',
  'Văn phòng Đảng ủy Khối',
  'Ban Tổ chức Đảng ủy Khối',
  'Ủy ban Kiểm tra Đảng ủy Khối',
  'Ban Dân vận Đảng ủy Khối',
  'Đoàn Thanh niên Khối',
] as const;

export const SOURCES = [
  'Báo Điện Biên Phủ',
  'Cổng thông tin điện tử tỉnh',
  'Đài Phát thanh và Truyền hình tỉnh',
  'Tạp chí Xây dựng Đảng',
] as const;

export const KICKERS = [
  'Chào mừng Đại hội Đảng các cấp',
  'Kỷ niệm ngày thành lập Đảng',
  'Học tập và làm theo Bác',
  'Chuyển đổi số',
  'Gương sáng cơ sở',
] as const;

/** Kinds as stored (cms schema enum), with the abbreviation of their numbers and the word used in text. */
export const DOCUMENT_KINDS = [
  { kind: 'nghi_quyet', abbr: 'NQ', word: 'Nghị quyết', weight: 5 },
  { kind: 'chi_thi', abbr: 'CT', word: 'Chỉ thị', weight: 2 },
  { kind: 'quy_dinh', abbr: 'QĐi', word: 'Quy định', weight: 2 },
  { kind: 'quyet_dinh', abbr: 'QĐ', word: 'Quyết định', weight: 4 },
  { kind: 'ket_luan', abbr: 'KL', word: 'Kết luận', weight: 2 },
  { kind: 'huong_dan', abbr: 'HD', word: 'Hướng dẫn', weight: 3 },
  { kind: 'ke_hoach', abbr: 'KH', word: 'Kế hoạch', weight: 5 },
  { kind: 'de_an', abbr: 'ĐA', word: 'Đề án', weight: 1 },
  { kind: 'thong_bao', abbr: 'TB', word: 'Thông báo', weight: 2 },
  { kind: 'bao_cao', abbr: 'BC', word: 'Báo cáo', weight: 2 },
  { kind: 'chuong_trinh', abbr: 'CTr', word: 'Chương trình', weight: 1 },
] as const;

export const ISSUERS = [
  { abbr: 'ĐUK', body: 'Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh', signer: 'Lỳ Lỳ Xá' },
  { abbr: 'ĐUK', body: 'Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh', signer: 'Lỳ Lỳ Xá' },
  { abbr: 'TU', body: 'Ban Thường vụ Tỉnh ủy Điện Biên', signer: 'Trần Quốc Cường' },
  { abbr: 'UBKT', body: 'Ủy ban Kiểm tra Đảng ủy Khối', signer: 'Quàng Văn Thành' },
] as const;

export const PHOTO_SUBJECTS = [
  'Toàn cảnh hội nghị',
  'Đại biểu dự hội nghị',
  'Trao Huy hiệu Đảng',
  'Lễ kết nạp đảng viên',
  'Đoàn viên ra quân',
  'Trao quà hộ nghèo',
  'Dâng hương tưởng niệm',
  'Hội thi tìm hiểu',
  'Đại hội chi bộ',
  'Tọa đàm chuyên đề',
  'Phát biểu chỉ đạo',
  'Biểu quyết thông qua',
  'Khen thưởng tập thể',
  'Lễ chào cờ',
  'Trồng cây đầu xuân',
  'Hiến máu tình nguyện',
] as const;
