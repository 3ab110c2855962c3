import type { SeedPage } from '../types';

// The history text is the old site's page verbatim, glued words ("đãlàm",
// "đẩy lùitình", "quy định;Đảng bộ") included: they are real defects of the
// imported content and are left for editors to fix.
const HISTORY_BODY = `Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh là Đảng bộ mới được thành lập trên cơ sở sáp nhập Đảng bộ Khối Cơ quan tỉnh và Đảng bộ Khối Doanh nghiệp tỉnh. Do đó, kết quả đạt được trong suốt quá trình xây dựng và trưởng thành của 2 Đảng bộ là kết quả chung của Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh.

Thực hiện tốt chức năng, nhiệm vụ được quy định;Đảng bộ đãlàm tốt công tác đấu tranh phòng chống tội phạm, bài trừ tệ nạn xã hội làm thất bại âm mưu “diễn biến hoà bình” của các thế lực thù địch và phương thức, thủ đoạn hoạt động của các loại tội phạm và tệ nạn xã hội. Kịp thời động viên, khuyến khích cán bộ, đảng viên, công chức, viên chức, đoàn viên, hội viên, người lao động trong các cơ quan, đơn vị, doanh nghiệp tích cực, chủ động tham gia xây dựng cơ quan, đơn vị, doanh nghiệp vững mạnh, an toàn về quốc phòng, an ninh trật tự, xây dựng khu vực phòng thủ vững chắc, đồng thời chủ động phòng ngừa, phát hiện, tố giác tội phạm, xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc.

Công tác tuyên truyền, giáo dục chính trị tư tưởng được coi là việc làm thường xuyên, kịp thời tổ chức quán triệt, triển khai, xây dựng kế hoạch, chương trình hành động thực hiện các chỉ thị, nghị quyết, kết luận, quy định của Đảng, chính sách, pháp luật của Nhà nước đến cán bộ, đảng viên và người lao động. Lãnh đạo, chỉ đạo cấp ủy cơ sở, cán bộ, đảng viên, công chức, viên chức và người lao động, đoàn viên, hội viên thực hiện tốt nhiệm vụ chính trị được giao; nêu cao tinh thần trách nhiệm, chủ động, sáng tạo làm tốt công tác tham mưu, nghiên cứu, đề xuất đảm bảo kịp thời, có hiệu quả, phù hợp với tình hình thực tế của tỉnh.

Lãnh đạo, chỉ đạo giải quyết kịp thời, hiệu quả những vấn đề phát sinh phức tạp ở cơ sở, những băn khoăn, bức xúc trong cán bộ, đảng viên và người lao động gắn với lãnh đạo, chỉ đạo tốt công tác giáo dục chính trị tư tưởng, phát huy dân chủ, tạo sự đoàn kết thống nhất trong Đảng; năng lực lãnh đạo của cấp uỷ; vai trò, trách nhiệm của đồng chí Bí thư cấp ủy, của thủ trưởng các cơ quan, đơn vị, chủ doanh nghiệp ngày càng được nâng cao; tư tưởng và bản lĩnh chính trị của cán bộ, đảng viên, công chức, viên chức, người lao động, đoàn viên, hội viên được giữ vững, tin tưởng tuyệt đối vào sự lãnh đạo của Đảng, sự nghiệp đổi mới của đất nước và công cuộc phát triển kinh tế - xã hội của tỉnh. Vai trò, năng lực, sức chiến đấu của các tổ chức cơ sở đảng được củng cố và tăng cường, ngăn chặn và đẩy lùitình trạng suy thoái về tư tưởng, chính trị, đạo đức, lối sống của một bộ phận cán bộ, đảng viên, công chức, viên chức và người lao động.Đẩy mạnh các phong trào thi đua yêu nước, các hoạt động an sinh xã hội, xây dựng nông thôn mới, thực hiện thắng lợi nhiệm vụ chính trị đề ra.

Việc đổi mới, nâng cao chất lượng công tác đào tạo, bồi dưỡng lý luận chính trị được quan tâm lãnh đạo, chỉ đạo và triển khai thực hiện có hiệu quả trên cơ sở tuân thủ chặt chẽ Điều lệ Đảng, nội dung, chương trình, tài liệu và hướng dẫn của Ban Tuyên giáo Trung ương và Ban Tuyên giáo Tỉnh uỷ. Thường xuyên quan tâm, tạo điều kiện để cán bộ, chuyên viên, giảng viên kiêm chức được học tập, bồi dưỡng nâng cao trình độ, kinh nghiệm, năng lực công tác để đáp ứng yêu cầu nhiệm vụ.

Chú trọng việc nâng cao chất lượng sinh hoạt cấp ủy, chi bộ, xem đây là khâu đột phá trong việc nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và đảng viên, qua đó góp phần ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ.Thường xuyên củng cố, kiện toàn các cấp ủy, tổ chức đảng đảm bảo đúng quy trình, quy định Điều lệ Đảng;trình độ lý luận chính trị, chuyên môn nghiệp vụ của cấp ủy các cấp ngày một nâng cao. Hằng năm xây dựng kế hoạch phát triển tổ chức đảng và đảng viên, chú trọng phát triển đảng viên là đoàn viên thanh niên ưu tú, học sinh, sinh viên, chủ doanh nghiệp đảm bảo sự kế thừa và phát triển, kết quả luôn đạt và vượt chỉ tiêu đề ra.Công tác quản lý và phân công nhiệm vụ cho đảng viên được tăng cường; thực hiện nghiêm túc việc giới thiệu đảng viên đang công tác tại các cơ quan, đơn vị, doanh nghiệp thường xuyên giữ mối liên hệ với cấp ủy cơ sở và gương mẫu thực hiện nghĩa vụ công dân nơi cư trú.

Công tác cán bộ được tập trung, chỉ đạo toàn diện trên tất cả các khâu: Việc nhận xét, đánh giá cán bộ thuộc diện Ban Thường vụ Đảng ủy khối quản lý thực hiện đúng quy trình, quy định, từng bước nâng cao chất lượng cán bộ về phẩm chất, đạo đức lối sống, năng lực công tác, chức trách, nhiệm vụ được giao. Việc kê khai, tài sản thu nhập của cán bộ được đề bạt, bổ nhiệm, cán bộ trong diện kê khai được chỉ đạo thực hiện nghiêm túc. Công tác bảo vệ chính trị nội bộ của Đảng được chú trọng, các cấp ủy đã làm tốt công tác rà soát, thẩm tra, xác minh, thẩm định tiêu chuẩn chính trị, phục vụ công tác quy hoạch, đề bạt, bổ nhiệm, đào tạo cán bộ và phát triển đảng viên mới.

Thực hiện Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII “Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả”, Đảng ủy khối đã chủ động xây dựng kế hoạch, tổ chức quán triệt, tuyên truyền, triển khai thực hiện các nội dung trong Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng nhằm nâng cao nhận thức của các cấp ủy đảng, lãnh đạo các cơ quan, đơn vị, các tổ chức chính trị - xã hội trong khối về tầm quan trọng của việc đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả; tăng cường tuyên truyền, vận động, thuyết phục, tạo sự thống nhất cao trong Đảng bộ. Hai Đảng ủy khối đã thực hiện nghiêm túc Đề án số 09 - ĐA/TU ngày 14/01/2019 của Ban Thường vụ Tỉnh ủy về hợp nhất Đảng bộ Khối Cơ quan tỉnh và Đảng bộ Khối Doanh nghiệp tỉnh gắn với cơ cấu lại các tổ chức cơ sở đảng trong các doanh nghiệp. Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh được thành lập và chính thức đi vào hoạt động từ ngày 17/7/2019.`;

export const pages: SeedPage[] = [
  {
    title: 'Giới thiệu',
    slug: 'gioi-thieu',
    summary:
      'Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Điện Biên trực thuộc Tỉnh ủy, lãnh đạo các tổ chức cơ sở đảng trong các cơ quan, đơn vị sự nghiệp và doanh nghiệp của tỉnh.',
    body: `Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Điện Biên được thành lập theo Đề án số 09-ĐA/TU ngày 14/01/2019 của Ban Thường vụ Tỉnh ủy, trên cơ sở hợp nhất Đảng bộ Khối Cơ quan tỉnh và Đảng bộ Khối Doanh nghiệp tỉnh, chính thức đi vào hoạt động từ ngày 17/7/2019.

## Chức năng

Đảng ủy Khối là cơ quan lãnh đạo của Đảng bộ Khối giữa hai kỳ đại hội; lãnh đạo các tổ chức cơ sở đảng trực thuộc thực hiện nhiệm vụ chính trị, xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh; lãnh đạo xây dựng các đoàn thể chính trị - xã hội trong Khối.

## Nhiệm vụ chủ yếu

- Lãnh đạo các tổ chức cơ sở đảng quán triệt, thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước;
- Lãnh đạo công tác chính trị, tư tưởng; công tác tổ chức, cán bộ, đảng viên; công tác kiểm tra, giám sát và thi hành kỷ luật đảng;
- Phối hợp với lãnh đạo các cơ quan, đơn vị, doanh nghiệp trong công tác cán bộ và xây dựng tổ chức đảng;
- Lãnh đạo Công đoàn, Đoàn Thanh niên, Hội Cựu chiến binh Khối hoạt động đúng điều lệ.

Hiện nay Đảng bộ Khối có 112 tổ chức cơ sở đảng với 385 chi bộ trực thuộc và hơn 4.500 đảng viên, sinh hoạt tại các cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc, các đoàn thể, đơn vị sự nghiệp và doanh nghiệp trên địa bàn tỉnh.`,
    order: 1,
    status: 'published',
  },
  {
    title: 'Lịch sử truyền thống',
    slug: 'lich-su-truyen-thong',
    summary:
      'Quá trình xây dựng và trưởng thành của Đảng bộ Khối Cơ quan tỉnh, Đảng bộ Khối Doanh nghiệp tỉnh và Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh, thành lập ngày 17/7/2019.',
    body: HISTORY_BODY,
    order: 2,
    status: 'published',
  },
  {
    title: 'Cơ cấu tổ chức',
    slug: 'co-cau-to-chuc',
    summary: 'Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra và các cơ quan tham mưu, giúp việc của Đảng ủy Khối.',
    body: `## Ban Chấp hành Đảng bộ Khối

Ban Chấp hành Đảng bộ Khối khóa VIII, nhiệm kỳ 2025 - 2030 gồm 25 đồng chí do Đại hội đại biểu Đảng bộ Khối lần thứ VIII bầu ra. Ban Chấp hành bầu Ban Thường vụ gồm 7 đồng chí, Bí thư và các Phó Bí thư Đảng ủy Khối.

## Ủy ban Kiểm tra Đảng ủy Khối

Ủy ban Kiểm tra gồm 5 đồng chí, giúp Ban Chấp hành thực hiện công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng bộ.

## Các cơ quan tham mưu, giúp việc

- Văn phòng Đảng ủy Khối;
- Ban Tổ chức Đảng ủy Khối;
- Ban Tuyên giáo Đảng ủy Khối;
- Cơ quan Ủy ban Kiểm tra Đảng ủy Khối.

## Các đoàn thể chính trị - xã hội

Công đoàn Viên chức tỉnh, Đoàn Thanh niên Khối Cơ quan và Doanh nghiệp tỉnh, Hội Cựu chiến binh Khối hoạt động dưới sự lãnh đạo trực tiếp của Đảng ủy Khối.`,
    order: 3,
    status: 'published',
  },
  {
    title: 'Liên hệ',
    slug: 'lien-he',
    summary: 'Địa chỉ liên hệ của Văn phòng Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Điện Biên.',
    body: `**Văn phòng Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Điện Biên**

Địa chỉ: Tầng 3, Nhà B, Khu liên cơ quan tỉnh, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên

Điện thoại: 0215 3825 468

Thư điện tử: dangbokhoi@dienbien.gov.vn

Giờ làm việc: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu.

Tin bài, ảnh gửi đăng trên Trang thông tin điện tử xin gửi về Ban Tuyên giáo Đảng ủy Khối qua thư điện tử nêu trên, ghi rõ họ tên, đơn vị và số điện thoại của tác giả.`,
    order: 4,
    status: 'published',
  },
];
