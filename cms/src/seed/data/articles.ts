import type { SeedArticle } from '../types';

// The first two seed articles are the old sites' pages, text kept verbatim. Seed 001
// spells Đ with the look-alike Ð (U+00D0), as the old site stored it: the CMS
// normalises it on save, and tests check that it does.

const TUYEN_GIAO = 'Ban Tuyên giáo Đảng ủy Khối';

export const articles: SeedArticle[] = [
  // --- seed 001 -----------------------------------------------------------------
  {
    title: `Ðổi mới sáng tạo, xây dựng Ðảng bộ trong sạch vững mạnh`,
    summary: `ĐBP - Ðổi mới phương thức lãnh đạo của cấp ủy trong lãnh đạo thực hiện nhiệm vụ chính trị, nhiệm kỳ 2015 - 2020, Ðảng ủy Khối Cơ quan và Doanh nghiệp tỉnh; các cấp ủy, tổ chức đảng ở cơ sở phát huy vai trò lãnh đạo, tổ chức thực hiện hiệu quả nhiệm vụ chính trị của mỗi cơ quan, đơn vị góp phần hoàn thành tốt nhiệm vụ chung của toàn Ðảng bộ.`,
    body: `Ðảng ủy Khối tổ chức triển khai, quán triệt và thực hiện tốt Nghị quyết; chỉ đạo, hướng dẫn cơ sở học tập, quán triệt, triển khai thực hiện các chỉ thị, nghị quyết của Ðảng phù hợp với tình hình thực tiễn của Ðảng bộ. Ban Chấp hành Ðảng bộ Khối luôn nêu cao vai trò, tinh thần trách nhiệm, tập trung lãnh, chỉ đạo các tổ chức cơ sở đảng trực thuộc, cán bộ, đảng viên và người lao động hăng hái thi đua hoàn thành tốt nhiệm vụ chính trị và công tác xây dựng Ðảng tại từng cơ quan, đơn vị. Công tác giáo dục chính trị tư tưởng được quan tâm triển khai thực hiện thường xuyên, tạo chuyển biến tích cực trong nhận thức và hành động; góp phần nâng cao ý thức tu dưỡng, rèn luyện của mỗi cán bộ, đảng viên, công chức, viên chức, người lao động trong toàn Ðảng bộ tăng cường sự đoàn kết thống nhất.

Các tổ chức cơ sở đảng trong các cơ quan khối Ðảng phối hợp làm tốt chức năng tham mưu cho Tỉnh ủy lãnh đạo, chỉ đạo toàn diện các mặt công tác của Ðảng bộ tỉnh trong việc xây dựng và triển khai thực hiện các chỉ thị, nghị quyết, chương trình hành động, đề án của Tỉnh ủy về phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh, xây dựng Ðảng, xây dựng hệ thống chính trị từ tỉnh đến cơ sở đáp ứng yêu cầu trong tình hình mới. Các tổ chức cơ sở đảng trong cơ quan quản lý Nhà nước, đơn vị sự nghiệp tập trung lãnh đạo thực hiện tốt việc tham mưu cho Thường trực HÐND, UBND tỉnh chỉ đạo, điều hành, tổ chức triển khai thực hiện nghiêm túc các chỉ thị, nghị quyết của Trung ương và chủ trương lãnh đạo của tỉnh về phát triển kinh tế - xã hội, xóa đói giảm nghèo, xây dựng nông thôn mới, đô thị văn minh... Các tổ chức cơ sở đảng trong cơ quan MTTQ, các đoàn thể chính trị - xã hội và các hội đặc thù; cấp ủy đảng cơ quan khối Nội chính; các tổ chức cơ sở đảng trong các loại hình doanh nghiệp… căn cứ chức năng, nhiệm vụ của từng cơ quan, đơn vị luôn phát huy được vai trò “hạt nhân” của cấp ủy, tổ chức đảng lãnh đạo, chỉ đạo thực hiện tốt nhiệm vụ chính trị được giao.

Công tác xây dựng tổ chức đảng được Ðảng ủy đặc biệt chú trọng, quan tâm với nhiều giải pháp nhằm nâng cao sức chiến đấu, xây dựng Ðảng bộ Khối trong sạch vững mạnh. Trong quá trình lãnh đạo, chỉ đạo, tổ chức thực hiện, Ðảng ủy điều chỉnh, sửa đổi, bổ sung Quy chế làm việc của Ban Chấp hành Ðảng bộ khóa VIII phù hợp với tình hình thực tiễn của Ðảng bộ. Việc kiểm điểm, đánh giá, xếp loại chất lượng tổ chức sơ sở đảng hàng năm được thực hiện theo đúng quy định của Ðảng và hướng dẫn của cấp ủy cấp trên. Công tác phát triển đảng và nghiệp vụ công tác đảng được thực hiện đảm bảo đúng quy định của Ðảng. Tính bình quân trong nhiệm kỳ, có 18,5% tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ; 67,6% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ; 18,9% đảng viên hoàn thành xuất sắc nhiệm vụ; hơn 74,9% đảng viên hoàn thành tốt nhiệm vụ…

Phát huy những kết quả đạt được và truyền thống đoàn kết, nhiệm kỳ 2020 - 2025, Ðảng bộ Khối Cơ quan và Doanh nghiệp tỉnh xác định tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng; nâng cao chất lượng đội ngũ cán bộ, đảng viên, đặc biệt là người đứng đầu cấp ủy các cấp; đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; nêu cao tính tiền phong gương mẫu, thường xuyên xây dựng, chỉnh đốn Ðảng; không ngừng đổi mới, sáng tạo xây dựng Ðảng bộ Khối trong sạch vững mạnh; quyết tâm bảo vệ vững chắc nền tảng tư tưởng của Ðảng trong tình hình mới. Ðảng bộ đã xác định nhiều mục tiêu quan trọng, cụ thể như: Hàng năm có ít nhất 90% cơ quan, đơn vị hoàn thành tốt nhiệm vụ (trong đó 20% hoàn thành xuất sắc nhiệm vụ); trên 85% cán bộ, công chức viên chức, người lao động hoàn thành tốt nhiệm vụ (trong đó 20% hoàn thành xuất sắc nhiệm vụ). Trong nhiệm kỳ, phấn đấu 100% tổ chức cơ sở đảng, đảng viên, 96% quần chúng được học tập, quán triệt các nghị quyết, chỉ thị, quy định của Ðảng, chính sách pháp luật của Nhà nước; toàn Ðảng bộ phấn đấu kết nạp từ 750 đảng viên trở lên (bình quân mỗi năm kết nạp 150 đảng viên trở lên). Hàng năm 100% tổ chức đảng xây dựng chương trình hành động thực hiện chỉ thị, nghị quyết của Ðảng; 100% cán bộ, đảng viên đăng ký cam kết thực hiện học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, chuyên đề hàng năm…

Phấn đấu xây dựng Ðảng bộ Khối trong sạch vững mạnh, góp phần tích cực cùng Ðảng bộ và nhân dân các dân tộc trong tỉnh thực hiện thắng lợi nghị quyết đại hội Ðảng các cấp, đưa Ðiện Biên phát triển nhanh và bền vững.`,
    displayDate: '2020-08-17T08:33:00+07:00',
    category: 'hoat-dong-dang-bo-khoi',
    bylines: [{ name: 'Lỳ Lỳ Xá', position: 'Tỉnh ủy viên, Bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh' }],
    source: 'Báo Điện Biên Phủ',
    cover: {
      key: 'hop-bat-thuong-bch-dang-bo-khoi-2020',
      label: 'Kỳ họp bất thường BCH',
      hue: 350,
      alt: 'Đồng chí Bí thư Đảng ủy Khối chủ trì kỳ họp bất thường của Ban Chấp hành Đảng bộ Khối',
    },
    coverCaption: `Ðồng chí Lỳ Lỳ Xá, Tỉnh ủy viên, Bí thư Ðảng ủy Khối Cơ quan và Doanh nghiệp tỉnh chủ trì Hội nghị kỳ họp bất thường Ban Chấp hành Ðảng bộ Khối Cơ quan và Doanh nghiệp tỉnh.`,
    coverCredit: 'Minh Thùy',
    status: 'published',
  },
  {
    title: 'Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VII thành công tốt đẹp',
    summary:
      'Sau hai ngày làm việc khẩn trương, nghiêm túc, chiều 27/8, Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VII, nhiệm kỳ 2020 - 2025 đã hoàn thành chương trình đề ra và bế mạc.',
    body: `Dự Đại hội có đại diện lãnh đạo Tỉnh ủy, các ban xây dựng Đảng của Tỉnh ủy cùng 180 đại biểu đại diện cho gần 4.300 đảng viên của 118 tổ chức cơ sở đảng trong toàn Đảng bộ.

Đây là đại hội đầu tiên của Đảng bộ Khối sau khi hợp nhất Đảng bộ Khối Cơ quan tỉnh và Đảng bộ Khối Doanh nghiệp tỉnh theo Đề án số 09-ĐA/TU ngày 14/01/2019 của Ban Thường vụ Tỉnh ủy. Đại hội đã đánh giá kết quả thực hiện nhiệm vụ nhiệm kỳ 2015 - 2020, thẳng thắn chỉ ra những hạn chế, khuyết điểm và rút ra bài học kinh nghiệm trong lãnh đạo, chỉ đạo.

Nhiệm kỳ 2020 - 2025, Đảng bộ Khối xác định tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng; nâng cao chất lượng đội ngũ cán bộ, đảng viên, đặc biệt là người đứng đầu cấp ủy các cấp; phấn đấu trong nhiệm kỳ kết nạp từ 750 đảng viên trở lên.

Đại hội đã bầu Ban Chấp hành Đảng bộ Khối khóa VII gồm 27 đồng chí và đoàn đại biểu dự Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 - 2025. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ, Bí thư, Phó Bí thư Đảng ủy Khối và Ủy ban Kiểm tra Đảng ủy Khối.

Đại hội đã biểu quyết thông qua Nghị quyết Đại hội với tinh thần đoàn kết, dân chủ, kỷ cương, đổi mới, sáng tạo.`,
    displayDate: '2020-08-27T17:20:00+07:00',
    category: 'dai-hoi-dang',
    bylines: [{ name: 'Thu Hà', department: TUYEN_GIAO }],
    cover: {
      key: 'dh7-bch-khoa-vii-ra-mat',
      label: 'Đại hội lần thứ VII',
      hue: 340,
      alt: 'Ban Chấp hành Đảng bộ Khối khóa VII ra mắt Đại hội',
    },
    coverCaption: 'Ban Chấp hành Đảng bộ Khối khóa VII, nhiệm kỳ 2020 - 2025 ra mắt Đại hội.',
    coverCredit: 'Thu Hà',
    relatedDocuments: ['09-ĐA/TU'],
    status: 'published',
  },
  {
    title: 'Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị',
    summary:
      'Chiều 18/5, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
    body: `Sau 5 năm thực hiện Chỉ thị 05-CT/TW, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong Đảng bộ Khối đã trở thành việc làm thường xuyên, tự giác của các cấp ủy, tổ chức đảng và cán bộ, đảng viên. 100% tổ chức cơ sở đảng đã xây dựng kế hoạch thực hiện; 100% cán bộ, đảng viên đăng ký cam kết làm theo với những nội dung cụ thể, gắn với chức trách, nhiệm vụ được giao.

Nhiều mô hình, cách làm hay đã được nhân rộng như "Mỗi tháng một việc làm theo lời Bác", "Ngày thứ Bảy tình nguyện", "Cơ quan không khói thuốc". Việc đưa nội dung học tập chuyên đề vào sinh hoạt chi bộ thường kỳ được duy trì nền nếp.

Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: việc cụ thể hóa nội dung làm theo ở một số chi bộ còn chung chung; công tác tuyên truyền gương điển hình chưa thường xuyên.

Dịp này, Đảng ủy Khối tặng Giấy khen cho 15 tập thể và 28 cá nhân có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2016 - 2021.`,
    displayDate: '2021-05-18T16:00:00+07:00',
    category: 'hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh',
    bylines: [{ name: 'Ngọc Lan' }],
    relatedDocuments: ['05-CT/TW'],
    status: 'published',
  },
  {
    title: 'Học tập, quán triệt Kết luận Hội nghị Trung ương 4 khóa XIII về xây dựng, chỉnh đốn Đảng',
    summary:
      'Ngày 8/12, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh tổ chức hội nghị học tập, quán triệt Kết luận số 21-KL/TW và các văn bản của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII cho cán bộ, đảng viên trong toàn Đảng bộ.',
    body: `Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tại điểm cầu Đảng ủy Khối và 25 điểm cầu tại các đảng bộ cơ sở, thu hút hơn 1.200 cán bộ, đảng viên tham dự.

Tại hội nghị, các đại biểu được nghe báo cáo viên truyền đạt những nội dung cơ bản, điểm mới của Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện "tự diễn biến", "tự chuyển hóa".

Báo cáo viên cũng quán triệt lại Quy định 08-QĐi/TW về trách nhiệm nêu gương của cán bộ, đảng viên, nhấn mạnh yêu cầu người đứng đầu cấp ủy, cơ quan, đơn vị phải gương mẫu trước, nói đi đôi với làm.

## Yêu cầu sau hội nghị

- Mỗi tổ chức cơ sở đảng xây dựng kế hoạch thực hiện Kết luận số 21-KL/TW sát với thực tiễn cơ quan, đơn vị, doanh nghiệp;
- 100% cán bộ, đảng viên viết bài thu hoạch và đăng ký nội dung làm theo;
- Gắn việc thực hiện với kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên cuối năm.

Phát biểu kết luận hội nghị, đồng chí Phó Bí thư Thường trực Đảng ủy Khối đề nghị các cấp ủy tổ chức học tập nghiêm túc, kịp thời, bảo đảm chất lượng; không để xảy ra tình trạng học tập hình thức, chiếu lệ.`,
    displayDate: '2021-12-08T10:15:00+07:00',
    category: 'cong-tac-tuyen-giao',
    bylines: [{ name: TUYEN_GIAO }],
    cover: {
      key: 'hoc-tap-ket-luan-21-kl-tw',
      label: 'Hội nghị học tập Kết luận 21',
      hue: 260,
      alt: 'Cán bộ, đảng viên dự hội nghị học tập, quán triệt Kết luận số 21-KL/TW',
    },
    coverCaption: 'Cán bộ, đảng viên dự hội nghị tại điểm cầu Đảng ủy Khối.',
    coverCredit: TUYEN_GIAO,
    relatedDocuments: ['21-KL/TW', '08-QĐi/TW'],
    status: 'published',
  },
  {
    title: 'Trao Huy hiệu 30 năm tuổi Đảng nhân kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam',
    summary:
      'Sáng 3/2, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh tổ chức lễ trao Huy hiệu 30 năm tuổi Đảng cho 21 đảng viên nhân kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2022).',
    body: `Thay mặt Ban Thường vụ Đảng ủy Khối, đồng chí Phó Bí thư Thường trực Đảng ủy Khối chúc mừng các đảng viên vinh dự được nhận Huy hiệu Đảng; ghi nhận những đóng góp của các đồng chí đối với sự nghiệp xây dựng và phát triển của cơ quan, đơn vị và của Đảng bộ.

Các đảng viên được trao Huy hiệu Đảng đợt này đều là những cán bộ có nhiều năm công tác, gương mẫu, tận tụy, luôn giữ vững phẩm chất chính trị, đạo đức, lối sống, là tấm gương sáng cho các thế hệ đảng viên trẻ noi theo.

Năm 2021, công tác phát triển đảng viên của Đảng bộ Khối tiếp tục đạt kết quả tích cực: toàn Đảng bộ kết nạp 158 đảng viên mới, đạt 105% kế hoạch; trong đó có 41 đảng viên là người dân tộc thiểu số, 12 đảng viên làm việc trong doanh nghiệp ngoài nhà nước.

Thay mặt các đảng viên được trao Huy hiệu, một đảng viên bày tỏ niềm vinh dự, tự hào và hứa tiếp tục rèn luyện, giữ gìn tư cách người đảng viên, hoàn thành tốt nhiệm vụ được giao.`,
    displayDate: '2022-02-03T09:30:00+07:00',
    category: 'cong-tac-to-chuc',
    bylines: [{ name: 'Hoàng Minh', department: 'Văn phòng Đảng ủy Khối' }],
    cover: {
      key: 'trao-huy-hieu-30-nam-tuoi-dang-2022',
      label: 'Trao Huy hiệu Đảng',
      hue: 50,
      alt: 'Lãnh đạo Đảng ủy Khối trao Huy hiệu 30 năm tuổi Đảng cho các đảng viên',
    },
    coverCaption: 'Lãnh đạo Đảng ủy Khối trao Huy hiệu 30 năm tuổi Đảng cho các đảng viên.',
    coverCredit: 'Hoàng Minh',
    status: 'published',
  },
  {
    title: 'Đảng bộ Sở Giáo dục và Đào tạo kết nạp 3 đảng viên mới',
    summary:
      'Chiều 20/9, Chi bộ Phòng Giáo dục trung học thuộc Đảng bộ Sở Giáo dục và Đào tạo tỉnh tổ chức lễ kết nạp đảng viên mới cho 3 quần chúng ưu tú.',
    body: `Dự buổi lễ có đại diện Ban Tổ chức Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh, lãnh đạo Đảng ủy Sở Giáo dục và Đào tạo cùng toàn thể đảng viên trong chi bộ.

Tại buổi lễ, đồng chí Bí thư Chi bộ công bố quyết định kết nạp đảng viên của Ban Thường vụ Đảng ủy Khối; các quần chúng ưu tú được kết nạp đã đọc lời tuyên thệ dưới cờ Đảng, hứa tuyệt đối trung thành với Đảng, phấn đấu thực hiện tốt nhiệm vụ của người đảng viên.

Ba đảng viên mới được kết nạp đều là cán bộ trẻ, có trình độ chuyên môn cao, nhiệt tình trong công tác và tích cực tham gia hoạt động Đoàn. Chi bộ đã phân công đảng viên chính thức giúp đỡ đảng viên mới trong thời gian dự bị.

Từ đầu năm đến nay, Đảng bộ Sở Giáo dục và Đào tạo đã kết nạp 7 đảng viên mới, hoàn thành 140% chỉ tiêu Đảng ủy Khối giao.`,
    displayDate: '2022-09-20T16:45:00+07:00',
    category: 'tin-co-so',
    bylines: [{ name: 'Lò Thị Mai', department: 'Đảng bộ Sở Giáo dục và Đào tạo' }],
    status: 'published',
  },
  {
    title: 'Tọa đàm kỷ niệm 92 năm Ngày truyền thống công tác dân vận của Đảng',
    summary:
      'Nhân kỷ niệm 92 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2022), sáng 14/10, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh tổ chức tọa đàm biểu dương các mô hình "Dân vận khéo".',
    body: `Tại tọa đàm, các đại biểu đã chia sẻ kinh nghiệm triển khai các mô hình "Dân vận khéo" trong cải cách thủ tục hành chính, chăm lo đời sống người lao động, hỗ trợ các xã đặc biệt khó khăn xây dựng nông thôn mới.

Nhiều mô hình được đánh giá cao như "Một cửa thân thiện" tại bộ phận tiếp nhận và trả kết quả của các sở, ngành; "Đỡ đầu học sinh nghèo vượt khó" của Công đoàn Viên chức tỉnh; "Doanh nghiệp đồng hành cùng bản nghèo" của các doanh nghiệp trong Khối.

Năm 2022, toàn Đảng bộ Khối có 96 mô hình "Dân vận khéo" được công nhận, trong đó 14 mô hình được Ban Dân vận Tỉnh ủy biểu dương.

Dịp này, Đảng ủy Khối đã tặng Giấy khen cho 10 tập thể và 12 cá nhân có thành tích tiêu biểu trong thực hiện phong trào thi đua "Dân vận khéo" năm 2022.`,
    displayDate: '2022-10-14T11:00:00+07:00',
    category: 'cong-tac-dan-van',
    bylines: [{ name: 'Ngọc Lan' }],
    status: 'published',
  },
  {
    title: 'Tổng kết công tác kiểm tra, giám sát năm 2022',
    summary:
      'Ngày 12/1, Ủy ban Kiểm tra Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2022, triển khai nhiệm vụ năm 2023.',
    body: `Năm 2022, cấp ủy các cấp trong Đảng bộ Khối đã kiểm tra 86 tổ chức đảng và 142 đảng viên, giám sát chuyên đề 64 tổ chức đảng và 118 đảng viên. Ủy ban kiểm tra các cấp kiểm tra 9 tổ chức đảng và 25 đảng viên khi có dấu hiệu vi phạm; kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật đảng đối với 31 tổ chức đảng.

Nội dung kiểm tra, giám sát tập trung vào việc thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng; việc thực hiện Quy định 08-QĐi/TW về trách nhiệm nêu gương; việc chấp hành nguyên tắc tập trung dân chủ, quy chế làm việc và công tác quản lý tài chính, tài sản.

Qua kiểm tra, giám sát đã kịp thời nhắc nhở, chấn chỉnh những hạn chế, thiếu sót; các tổ chức đảng và đảng viên vi phạm đã được xử lý nghiêm, đúng nguyên tắc, thủ tục, góp phần giữ vững kỷ luật, kỷ cương trong Đảng bộ.

Năm 2023, Ủy ban Kiểm tra Đảng ủy Khối xác định tập trung kiểm tra, giám sát những lĩnh vực nhạy cảm, dễ phát sinh sai phạm; nâng cao chất lượng giám sát thường xuyên, chủ động phát hiện sớm để ngăn ngừa vi phạm từ khi còn manh nha.`,
    displayDate: '2023-01-12T15:00:00+07:00',
    category: 'cong-tac-kiem-tra-giam-sat',
    bylines: [{ name: 'Quàng Văn Thành', position: 'Ủy viên Ủy ban Kiểm tra Đảng ủy Khối' }],
    relatedDocuments: ['21-KL/TW', '08-QĐi/TW'],
    status: 'published',
  },
  {
    title: 'Triển khai học tập chuyên đề năm 2023 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    summary:
      'Sáng 14/3, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh tổ chức hội nghị triển khai học tập chuyên đề năm 2023 cho hơn 300 đồng chí là bí thư, phó bí thư cấp ủy cơ sở và báo cáo viên trong Đảng bộ.',
    body: `Hội nghị nằm trong kế hoạch thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gắn với chuyên đề toàn khóa "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc".

Các đại biểu đã được nghe giới thiệu những nội dung cốt lõi của chuyên đề, liên hệ với thực tiễn của tỉnh Điện Biên và của các cơ quan, đơn vị, doanh nghiệp trong Khối.

Đảng ủy Khối yêu cầu các cấp ủy cơ sở:

1. Tổ chức học tập chuyên đề đến 100% cán bộ, đảng viên trong quý II/2023;
2. Hướng dẫn đảng viên xây dựng kế hoạch làm theo, đưa vào nội dung kiểm điểm cuối năm;
3. Phát hiện, biểu dương, nhân rộng các gương điển hình tiên tiến, các mô hình "Dân vận khéo".

Phát biểu tại hội nghị, đồng chí Phó Bí thư Thường trực Đảng ủy Khối nhấn mạnh: học tập và làm theo Bác phải bắt đầu từ những việc làm cụ thể, thiết thực hằng ngày ở mỗi cơ quan, đơn vị; người đứng đầu phải thực sự là tấm gương để cán bộ, đảng viên noi theo.`,
    displayDate: '2023-03-14T10:30:00+07:00',
    category: 'hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh',
    bylines: [{ name: TUYEN_GIAO }],
    cover: {
      key: 'trien-khai-chuyen-de-2023',
      label: 'Chuyên đề năm 2023',
      hue: 100,
      alt: 'Hội nghị triển khai học tập chuyên đề năm 2023 của Đảng ủy Khối',
    },
    coverCaption: 'Quang cảnh hội nghị triển khai học tập chuyên đề năm 2023.',
    coverCredit: TUYEN_GIAO,
    relatedDocuments: ['05-CT/TW'],
    status: 'published',
  },
  {
    title: 'Trao giải Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2023',
    summary:
      'Sáng 26/9, Ban Tổ chức Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng trong Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh tổ chức lễ tổng kết và trao giải năm 2023.',
    body: `Cuộc thi được tổ chức nhằm tiếp tục triển khai thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới.

Sau hơn 4 tháng phát động, Ban Tổ chức đã nhận được 215 tác phẩm của cán bộ, đảng viên, đoàn viên thuộc 48 tổ chức cơ sở đảng. Các tác phẩm bám sát thể lệ, có tính chiến đấu, lập luận chặt chẽ, dẫn chứng sinh động từ thực tiễn tỉnh Điện Biên; nhiều bài viết phản bác thuyết phục các luận điệu xuyên tạc về công cuộc xây dựng, chỉnh đốn Đảng và phòng, chống tham nhũng.

Ban Giám khảo đã chọn 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích. Các tác phẩm đạt giải cao được Đảng ủy Khối lựa chọn gửi tham dự cuộc thi cấp tỉnh.

Phát biểu tại lễ trao giải, lãnh đạo Ban Tuyên giáo Đảng ủy Khối đề nghị các cấp ủy tiếp tục củng cố, nâng cao chất lượng hoạt động của lực lượng nòng cốt bảo vệ nền tảng tư tưởng của Đảng; mỗi cán bộ, đảng viên là một tuyên truyền viên tích cực trên không gian mạng.`,
    displayDate: '2023-09-26T11:20:00+07:00',
    category: 'cong-tac-tuyen-giao',
    bylines: [{ name: 'Thu Hà' }],
    relatedDocuments: ['35-NQ/TW'],
    status: 'published',
  },
  {
    title: 'Mang Tết ấm đến với hộ nghèo xã Mường Phăng',
    summary:
      'Hưởng ứng phong trào "Tết vì người nghèo", ngày 31/1, đoàn công tác Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh đã đến thăm, tặng 150 suất quà Tết Giáp Thìn 2024 cho hộ nghèo, gia đình chính sách tại xã Mường Phăng.',
    body: `Mỗi suất quà gồm tiền mặt, gạo, dầu ăn, bánh kẹo và chăn ấm, trị giá 700 nghìn đồng, tổng giá trị 105 triệu đồng. Kinh phí được trích từ nguồn đóng góp tự nguyện của cán bộ, đảng viên, công chức, viên chức, người lao động và sự hỗ trợ của các doanh nghiệp trong Khối.

Cùng với trao quà, đoàn công tác đã thăm hỏi, động viên các hộ gia đình vượt khó, chăm lo sản xuất, cho con em đến trường; tặng 50 bộ quần áo ấm và 200 cuốn vở cho học sinh trên địa bàn xã.

Thay mặt Đảng ủy, chính quyền xã, đồng chí Bí thư Đảng ủy xã Mường Phăng cảm ơn sự quan tâm, chia sẻ của Đảng ủy Khối; khẳng định món quà là nguồn động viên để bà con đón Tết đầm ấm, vững tin vào sự lãnh đạo của Đảng.

Dịp Tết Nguyên đán Giáp Thìn 2024, các tổ chức cơ sở đảng, công đoàn và đoàn thanh niên trong Khối đã trao hơn 1.200 suất quà cho hộ nghèo, gia đình chính sách và người lao động có hoàn cảnh khó khăn, tổng trị giá trên 800 triệu đồng.`,
    displayDate: '2024-01-31T14:00:00+07:00',
    category: 'cong-tac-dan-van',
    bylines: [{ name: 'Hoàng Minh' }],
    cover: {
      key: 'tet-vi-nguoi-ngheo-muong-phang-2024',
      label: 'Tết vì người nghèo',
      hue: 300,
      alt: 'Đoàn công tác Đảng ủy Khối trao quà Tết cho người dân xã Mường Phăng',
    },
    coverCaption: 'Đoàn công tác Đảng ủy Khối trao quà Tết cho các hộ nghèo xã Mường Phăng.',
    coverCredit: 'Hoàng Minh',
    status: 'published',
  },
  {
    title: 'Đoàn Khối ra quân Tháng Thanh niên năm 2024',
    summary:
      'Sáng 2/3, Đoàn Thanh niên Khối Cơ quan và Doanh nghiệp tỉnh tổ chức lễ ra quân Tháng Thanh niên năm 2024 với chủ đề "Thanh niên tiên phong chuyển đổi số, xây dựng cơ quan, đơn vị văn minh".',
    body: `Tham gia lễ ra quân có hơn 300 đoàn viên, thanh niên đến từ các chi đoàn, đoàn cơ sở trực thuộc.

Ngay sau lễ ra quân, các đoàn viên đã tham gia dọn vệ sinh, trồng cây xanh tại các tuyến phố trên địa bàn phường Mường Thanh; hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử VNeID và các dịch vụ công trực tuyến.

Trong Tháng Thanh niên, Đoàn Khối đặt mục tiêu mỗi chi đoàn thực hiện ít nhất một công trình, phần việc thanh niên; giới thiệu 30 đoàn viên ưu tú cho Đảng xem xét kết nạp; tổ chức hiến máu tình nguyện và các hoạt động an sinh xã hội tại các xã vùng cao.

Phát biểu tại lễ ra quân, đại diện Ban Thường vụ Đảng ủy Khối đề nghị tuổi trẻ trong Khối phát huy vai trò xung kích, sáng tạo, tích cực tham gia chuyển đổi số và cải cách hành chính tại cơ quan, đơn vị.`,
    displayDate: '2024-03-02T10:00:00+07:00',
    category: 'doan-the',
    bylines: [{ name: 'Đoàn Thanh niên Khối Cơ quan và Doanh nghiệp tỉnh' }],
    cover: {
      key: 'doan-khoi-ra-quan-thang-thanh-nien-2024',
      label: 'Tháng Thanh niên 2024',
      hue: 120,
      alt: 'Đoàn viên thanh niên Khối trồng cây xanh trong lễ ra quân Tháng Thanh niên',
    },
    coverCaption: 'Đoàn viên thanh niên Khối ra quân Tháng Thanh niên năm 2024.',
    coverCredit: 'Đoàn Khối',
    status: 'published',
  },
  {
    title: 'Cựu chiến binh Khối dâng hương tưởng niệm các anh hùng liệt sĩ nhân kỷ niệm 70 năm Chiến thắng Điện Biên Phủ',
    summary:
      'Hướng tới kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024), sáng 6/5, Hội Cựu chiến binh Khối Cơ quan và Doanh nghiệp tỉnh phối hợp với Đoàn Thanh niên Khối tổ chức dâng hương, dâng hoa tại Nghĩa trang liệt sĩ Đồi A1.',
    body: `Trong không khí trang nghiêm, các đại biểu đã dành phút mặc niệm, tưởng nhớ công lao to lớn của các anh hùng liệt sĩ đã anh dũng chiến đấu, hy sinh trong chiến dịch Điện Biên Phủ "lừng lẫy năm châu, chấn động địa cầu".

Sau lễ dâng hương, các hội viên cựu chiến binh đã cùng đoàn viên thanh niên ôn lại truyền thống hào hùng của chiến dịch; nhắc nhở thế hệ trẻ phát huy truyền thống cách mạng, ra sức học tập, rèn luyện, cống hiến xây dựng quê hương Điện Biên.

Dịp này, Hội Cựu chiến binh Khối đã trao 20 suất quà cho hội viên có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng.`,
    displayDate: '2024-05-06T09:40:00+07:00',
    category: 'doan-the',
    bylines: [{ name: 'Hoàng Minh' }],
    cover: {
      key: 'ccb-khoi-dang-huong-doi-a1-2024',
      label: 'Dâng hương Đồi A1',
      hue: 80,
      alt: 'Hội viên cựu chiến binh và đoàn viên dâng hương tại Nghĩa trang liệt sĩ Đồi A1',
    },
    coverCaption: 'Hội viên cựu chiến binh và đoàn viên thanh niên dâng hương tại Nghĩa trang liệt sĩ Đồi A1.',
    coverCredit: 'Hoàng Minh',
    status: 'published',
  },
  // --- seed 002 -----------------------------------------------------------------
  {
    title: `Hội nghị Ban Chấp hành Đảng bộ khối Cơ quan-Doanh nghiệp tỉnh (lần thứ 20)`,
    summary: `Ngày 27/6, Đảng bộ Khối Cơ quan-Doanh nghiệp tỉnh (Đảng bộ Khối) tổ chức Hội nghị Ban Chấp hành Đảng bộ Khối (lần thứ 20) đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm, triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2024.`,
    body: `Trong 6 tháng đầu năm, công tác lãnh đạo, chỉ đạo, tổ chức thực hiện nhiệm vụ của Ban Chấp hành, Ban Thường vụ, Thường trực Đảng ủy Khối tiếp tục đổi mới, nâng cao về chất lượng, đảm bảo tính thiết thực, hiệu quả, phù hợp với yêu cầu, nhiệm vụ của Đảng bộ Khối. Triển khai thực hiện và tổ chức học tập quán triệt Chuyên đề 2024 “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về thi đua yêu nước, quyết tâm thực hiện thắng lợi các mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV”. Lãnh đạo cán bộ, đảng viên, công chức, viên chức và người lao động tích cực hưởng ứng phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế- xã hội năm 2024, xây dựng Đảng, giữ vững ổn định an ninh, chính trị, trật tự an toàn xã hội trên địa bàn tỉnh. Triển khai giám sát chuyên đề đối với một số cấp ủy trong việc thực hiện Quy định số 38-QĐ/TU, ngày 08/4/2019 của Ban Thường vụ Tỉnh ủy về đánh giá chất lượng sinh hoạt chi bộ, công tác quản lý hồ sơ cán bộ đảng viên; công tác đảng vụ.

Trong 6 tháng cuối năm, bên cạnh việc tiếp tục đẩy mạnh thực hiện có hiệu quả các chỉ tiêu, nhiệm vụ, giải pháp được xác định trong nghị quyết của Ban Chấp hành Đảng bộ Khối về phương hướng, nhiệm vụ năm 2024. Đảng bộ Khối tiếp tục triển khai đầy đủ các chỉ thị, nghị quyết của Trung ương, Tỉnh ủy, Đảng bộ Khối đến cán bộ, đảng viên, công chức, viên chức trong Khối. Tiếp tục đẩy mạnh phong trào thi đua yêu nước góp phần thực hiện thắng lợi các chỉ tiêu phát triển kinh tế-xã hội năm 2024. Tiếp tục triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với thực hiện Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.

*Lãnh đạo Đảng ủy Khối Cơ quan-Doanh nghiệp tỉnh phát biểu tại hội nghị.*

Tiếp tục tuyên truyền, quán triệt Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới. Tăng cường công tác tổ chức xây dựng Đảng, nâng cao chất lượng đội ngũ đảng viên, thực hiện tốt công tác kết nạp đảng viên mới và công tác bảo vệ chính trị nội bộ. Tiếp tục thực hiện Chương trình công tác kiểm tra, giám sát của cấp ủy và ủy ban kiểm tra năm 2024 đã đề ra. Thực hiện tốt công tác dân vận, gắn với lãnh đạo xây dựng cơ quan, đơn vị, doanh nghiệp và các tổ chức đoàn thể vững mạnh. Ban hành Kế hoạch xây dựng văn kiện Đại hội đại biểu Đảng bộ khối và Quy chế hoạt động của Tiểu ban Nội dung Đại hội đại biểu Đảng bộ khối lần thứ VIII, nhiệm kỳ 2025-2030. Quyết định thành lập các Tổ chuyên đề và Xây dựng kế hoạch, hướng dẫn tổ chức đảng chuẩn bị Đại hội chi, đảng bộ cơ sở tiến tới Đại hội Đại biểu Đảng bộ khối khóa VIII, nhiệm kỳ 2025-2030. Chuẩn bị và thông qua các nội dung văn kiện trình Đại hội Đại biểu Đảng bộ khối khóa VIII, nhiệm kỳ 2025- 2030. Tiến hành thẩm định, kết quả đánh giá chất lượng tổ chức cơ sở đảng, đảng viên cuối năm và tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2024.`,
    displayDate: '2024-06-27T15:10:00+07:00',
    category: 'hoat-dong-dang-bo-khoi',
    cover: {
      key: 'hoi-nghi-bch-lan-20',
      label: 'Hội nghị BCH lần thứ 20',
      hue: 210,
      alt: 'Lãnh đạo Đảng ủy Khối dự Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 20',
    },
    coverCaption: `Lãnh đạo Đảng ủy Khối Cơ quan-Doanh nghiệp tỉnh dự hội nghị.`,
    relatedDocuments: ['38-QĐ/TU', '05-CT/TW', '21-KL/TW', '35-NQ/TW', '186-BC/ĐUK'],
    featured: true,
    gallery: 'hoi-nghi-ban-chap-hanh-dang-bo-khoi-lan-thu-20',
    status: 'published',
  },
  {
    title: 'Kỷ niệm 5 năm thành lập Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh (17/7/2019 - 17/7/2024)',
    kicker: 'Chào mừng 5 năm thành lập Đảng bộ Khối',
    summary:
      'Sáng 17/7, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh tổ chức lễ kỷ niệm 5 năm Ngày thành lập Đảng bộ Khối (17/7/2019 - 17/7/2024).',
    body: `Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh được thành lập theo Đề án số 09-ĐA/TU ngày 14/01/2019 của Ban Thường vụ Tỉnh ủy, trên cơ sở hợp nhất Đảng bộ Khối Cơ quan tỉnh và Đảng bộ Khối Doanh nghiệp tỉnh, thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả.

## Những kết quả nổi bật

Sau 5 năm, tổ chức bộ máy của Đảng bộ Khối từng bước được kiện toàn, hoạt động ổn định, nền nếp. Các cấp ủy, tổ chức đảng đã lãnh đạo các cơ quan, đơn vị, doanh nghiệp hoàn thành tốt nhiệm vụ chính trị; tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên hằng năm đạt trên 90%.

Công tác phát triển đảng viên luôn đạt và vượt chỉ tiêu: giai đoạn 2019 - 2024, toàn Đảng bộ kết nạp 812 đảng viên, vượt chỉ tiêu Nghị quyết Đại hội đề ra. Hoạt động của Công đoàn, Đoàn Thanh niên, Hội Cựu chiến binh Khối ngày càng thiết thực, hiệu quả.

## Phương hướng thời gian tới

Phát biểu tại lễ kỷ niệm, đồng chí Bí thư Đảng ủy Khối đề nghị các cấp ủy tiếp tục đổi mới phương thức lãnh đạo, nâng cao chất lượng sinh hoạt chi bộ; chuẩn bị chu đáo đại hội chi bộ, đảng bộ cơ sở tiến tới Đại hội đại biểu Đảng bộ Khối lần thứ VIII, nhiệm kỳ 2025 - 2030.

Nhân dịp này, Đảng ủy Khối tặng Giấy khen cho 20 tập thể, 35 cá nhân có thành tích xuất sắc trong 5 năm xây dựng và phát triển Đảng bộ.`,
    displayDate: '2024-07-17T10:30:00+07:00',
    category: 'hoat-dong-dang-bo-khoi',
    bylines: [{ name: TUYEN_GIAO }],
    cover: {
      key: 'ky-niem-5-nam-thanh-lap-dang-bo-khoi',
      label: '5 năm thành lập Đảng bộ Khối',
      hue: 40,
      alt: 'Các đại biểu dự lễ kỷ niệm 5 năm thành lập Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh',
    },
    coverCaption: 'Các đại biểu dự lễ kỷ niệm 5 năm thành lập Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh.',
    coverCredit: 'Thu Hà',
    relatedDocuments: ['09-ĐA/TU', '18-NQ/TW'],
    featured: true,
    status: 'published',
  },
  {
    title: 'Tiểu ban Nội dung Đại hội đại biểu Đảng bộ Khối lần thứ VIII họp phiên thứ nhất',
    summary:
      'Chiều 25/7, Tiểu ban Nội dung Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VIII, nhiệm kỳ 2025 - 2030 tổ chức phiên họp thứ nhất.',
    body: `Tiểu ban Nội dung được thành lập theo Quyết định số 2045-QĐ/ĐUK ngày 15/7/2024 của Đảng ủy Khối, gồm 11 đồng chí do đồng chí Bí thư Đảng ủy Khối làm Trưởng Tiểu ban.

Tại phiên họp, Tiểu ban đã thảo luận, thống nhất Quy chế hoạt động, phân công nhiệm vụ cho các thành viên và các Tổ chuyên đề; cho ý kiến vào đề cương Báo cáo chính trị trình Đại hội theo Kế hoạch số 112-KH/ĐUK của Ban Thường vụ Đảng ủy Khối.

Theo kế hoạch, dự thảo Báo cáo chính trị sẽ được hoàn thành trong tháng 12/2024 để xin ý kiến các tổ chức cơ sở đảng, cán bộ, đảng viên và gửi đại hội chi bộ, đảng bộ cơ sở thảo luận, góp ý.

Kết luận phiên họp, đồng chí Trưởng Tiểu ban yêu cầu các thành viên đề cao trách nhiệm; văn kiện Đại hội phải đánh giá đúng thực chất kết quả nhiệm kỳ 2020 - 2025, xác định mục tiêu, chỉ tiêu vừa có tính kế thừa, vừa khả thi, phù hợp với định hướng phát triển của tỉnh.`,
    displayDate: '2024-07-25T17:05:00+07:00',
    category: 'dai-hoi-dang',
    bylines: [{ name: 'Văn phòng Đảng ủy Khối' }],
    relatedDocuments: ['2045-QĐ/ĐUK', '112-KH/ĐUK'],
    status: 'published',
  },
  {
    title: 'Giám sát chuyên đề việc đánh giá chất lượng sinh hoạt chi bộ theo Quy định số 38-QĐ/TU',
    summary:
      'Từ ngày 3 đến 10/9, Đoàn giám sát của Ban Thường vụ Đảng ủy Khối đã giám sát chuyên đề việc thực hiện Quy định số 38-QĐ/TU ngày 08/4/2019 của Ban Thường vụ Tỉnh ủy về đánh giá chất lượng sinh hoạt chi bộ tại 6 đảng bộ cơ sở.',
    body: `Đoàn giám sát đã nghe báo cáo, kiểm tra sổ ghi biên bản sinh hoạt chi bộ, hồ sơ đảng viên và công tác đảng vụ; trực tiếp dự sinh hoạt tại một số chi bộ trực thuộc.

Kết quả giám sát cho thấy các cấp ủy đã quan tâm lãnh đạo nâng cao chất lượng sinh hoạt chi bộ; nội dung sinh hoạt thường kỳ bám sát nhiệm vụ chính trị của cơ quan, đơn vị; sinh hoạt chuyên đề được tổ chức ít nhất mỗi quý một lần. Việc đánh giá chất lượng sinh hoạt chi bộ được thực hiện theo đúng tiêu chí, thang điểm của Quy định 38-QĐ/TU.

Bên cạnh đó, đoàn giám sát chỉ ra một số hạn chế:

- Một số chi bộ ghi biên bản sinh hoạt còn sơ sài, chưa phản ánh đầy đủ ý kiến thảo luận;
- Việc lưu trữ, quản lý hồ sơ đảng viên ở một vài nơi chưa khoa học;
- Tính chiến đấu, tự phê bình và phê bình trong sinh hoạt chưa cao.

Đoàn giám sát đề nghị các đảng bộ cơ sở khắc phục ngay những hạn chế đã chỉ ra, báo cáo kết quả về Ban Thường vụ Đảng ủy Khối trước ngày 30/10/2024.`,
    displayDate: '2024-09-11T15:30:00+07:00',
    category: 'cong-tac-kiem-tra-giam-sat',
    bylines: [{ name: 'Quàng Văn Thành', position: 'Ủy viên Ủy ban Kiểm tra Đảng ủy Khối' }],
    cover: {
      key: 'giam-sat-sinh-hoat-chi-bo-2024',
      label: 'Giám sát chuyên đề',
      hue: 170,
      alt: 'Đoàn giám sát của Ban Thường vụ Đảng ủy Khối làm việc tại một đảng bộ cơ sở',
    },
    coverCaption: 'Đoàn giám sát của Ban Thường vụ Đảng ủy Khối làm việc tại đảng bộ cơ sở.',
    coverCredit: 'Quàng Văn Thành',
    relatedDocuments: ['38-QĐ/TU'],
    status: 'published',
  },
  {
    title: 'Đảng bộ Trường Cao đẳng Y tế Điện Biên tổ chức đại hội điểm nhiệm kỳ 2025 - 2030',
    summary:
      'Ngày 21/3, Đảng bộ Trường Cao đẳng Y tế Điện Biên tổ chức Đại hội Đảng bộ nhiệm kỳ 2025 - 2030, là đại hội điểm cấp cơ sở của Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh.',
    body: `Dự Đại hội có đồng chí Phó Bí thư Thường trực Đảng ủy Khối, đại diện các ban xây dựng Đảng của Đảng ủy Khối cùng 58 đảng viên đại diện cho 6 chi bộ trực thuộc.

Nhiệm kỳ 2020 - 2025, Đảng bộ Nhà trường đã lãnh đạo hoàn thành tốt nhiệm vụ đào tạo nguồn nhân lực y tế cho tỉnh; 5 năm liền được đánh giá hoàn thành tốt nhiệm vụ; kết nạp 19 đảng viên mới, trong đó có 9 đảng viên là học sinh, sinh viên.

Đại hội được tổ chức theo đúng Hướng dẫn số 15-HD/ĐUK của Ban Thường vụ Đảng ủy Khối; thảo luận tập trung vào những vấn đề mới, khó để đề ra giải pháp sát thực tiễn.

Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2025 - 2030 gồm 7 đồng chí và đoàn đại biểu dự Đại hội đại biểu Đảng bộ Khối lần thứ VIII. Kinh nghiệm từ đại hội điểm sẽ được Đảng ủy Khối rút ra, hướng dẫn các tổ chức cơ sở đảng còn lại tổ chức đại hội trước ngày 30/4/2025.`,
    displayDate: '2025-03-21T16:15:00+07:00',
    category: 'tin-co-so',
    bylines: [{ name: 'Phạm Thu Trang', department: 'Đảng bộ Trường Cao đẳng Y tế Điện Biên' }],
    status: 'published',
  },
  {
    title: 'Khai mạc Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VIII, nhiệm kỳ 2025 - 2030',
    kicker: 'Đại hội đại biểu Đảng bộ Khối lần thứ VIII',
    summary:
      'Sáng 12/6, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VIII, nhiệm kỳ 2025 - 2030 long trọng khai mạc với sự tham dự của 200 đại biểu đại diện cho hơn 4.500 đảng viên trong toàn Đảng bộ.',
    body: `Dự Đại hội có đồng chí Phó Bí thư Thường trực Tỉnh ủy; đại diện lãnh đạo các ban xây dựng Đảng của Tỉnh ủy, các sở, ban, ngành, doanh nghiệp trong Khối.

Đại hội diễn ra trong không khí cả Đảng bộ thi đua lập thành tích chào mừng đại hội đảng bộ các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Báo cáo chính trị trình Đại hội khẳng định: nhiệm kỳ 2020 - 2025, Đảng bộ Khối đã hoàn thành và hoàn thành vượt mức 11/12 chỉ tiêu chủ yếu; công tác xây dựng Đảng về chính trị, tư tưởng, đạo đức, tổ chức và cán bộ có nhiều chuyển biến tích cực.

## Những dấu ấn nhiệm kỳ 2020 - 2025

- Kết nạp 865 đảng viên mới, vượt 15% chỉ tiêu Nghị quyết;
- Hằng năm trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên;
- Thực hiện nghiêm Nghị quyết số 35-NQ/TW về bảo vệ nền tảng tư tưởng của Đảng, xây dựng lực lượng nòng cốt tại 100% tổ chức cơ sở đảng;
- Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05-CT/TW trở thành nền nếp ở tất cả các chi bộ.

Phát biểu chỉ đạo Đại hội, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận, biểu dương những kết quả Đảng bộ Khối đạt được; đề nghị Đại hội tập trung trí tuệ, thảo luận dân chủ, xác định đúng các khâu đột phá, lựa chọn những đồng chí thực sự tiêu biểu về phẩm chất, năng lực, uy tín vào Ban Chấp hành khóa mới.

Trong ngày làm việc đầu tiên, Đại hội đã nghe 9 tham luận về công tác xây dựng Đảng trong doanh nghiệp, chuyển đổi số trong công tác đảng vụ, phát triển đảng viên trong học sinh, sinh viên.`,
    displayDate: '2025-06-12T11:45:00+07:00',
    category: 'dai-hoi-dang',
    bylines: [{ name: 'Thu Hà', department: TUYEN_GIAO }],
    cover: {
      key: 'dh8-khai-mac',
      label: 'Khai mạc Đại hội VIII',
      hue: 0,
      alt: 'Quang cảnh phiên khai mạc Đại hội đại biểu Đảng bộ Khối lần thứ VIII',
    },
    coverCaption: 'Quang cảnh phiên khai mạc Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VIII.',
    coverCredit: TUYEN_GIAO,
    relatedDocuments: ['312-BC/ĐUK', '35-NQ/TW', '05-CT/TW'],
    featured: true,
    gallery: 'dai-hoi-dai-bieu-dang-bo-khoi-lan-thu-viii',
    status: 'published',
  },
  {
    title: 'Đại hội đại biểu Đảng bộ Khối lần thứ VIII thành công tốt đẹp',
    summary:
      'Chiều 13/6, sau hai ngày làm việc khẩn trương, dân chủ, trách nhiệm, Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VIII, nhiệm kỳ 2025 - 2030 đã hoàn thành toàn bộ chương trình đề ra và bế mạc.',
    body: `Đại hội đã bầu Ban Chấp hành Đảng bộ Khối khóa VIII, nhiệm kỳ 2025 - 2030 gồm 25 đồng chí; bầu đoàn đại biểu dự Đại hội đại biểu Đảng bộ tỉnh lần thứ XV. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 7 đồng chí, bầu Bí thư, Phó Bí thư và Ủy ban Kiểm tra Đảng ủy Khối.

Đại hội biểu quyết thông qua Nghị quyết số 01-NQ/ĐUK với các chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030, trong đó:

- Hằng năm có trên 90% tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên;
- Toàn Đảng bộ kết nạp từ 800 đảng viên trở lên;
- 100% tổ chức cơ sở đảng thực hiện số hóa hồ sơ, sổ sách công tác đảng vụ;
- 100% cán bộ, đảng viên đăng ký và thực hiện nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

## Ba khâu đột phá

Đại hội xác định ba khâu đột phá: nâng cao chất lượng sinh hoạt chi bộ; phát triển tổ chức đảng, đảng viên trong doanh nghiệp ngoài nhà nước; đẩy mạnh chuyển đổi số trong hoạt động của các cấp ủy, tổ chức đảng.

Phát biểu bế mạc Đại hội, đồng chí Bí thư Đảng ủy Khối khóa VIII cảm ơn sự tin tưởng của các đại biểu, khẳng định Ban Chấp hành khóa mới sẽ đoàn kết, nỗ lực lãnh đạo thực hiện thắng lợi Nghị quyết Đại hội, xây dựng Đảng bộ Khối trong sạch, vững mạnh toàn diện.`,
    displayDate: '2025-06-13T17:45:00+07:00',
    category: 'dai-hoi-dang',
    bylines: [{ name: 'Thu Hà', department: TUYEN_GIAO }],
    cover: {
      key: 'dh8-be-mac',
      label: 'Bế mạc Đại hội VIII',
      hue: 15,
      alt: 'Các đại biểu biểu quyết thông qua Nghị quyết Đại hội đại biểu Đảng bộ Khối lần thứ VIII',
    },
    coverCaption: 'Đại biểu biểu quyết thông qua Nghị quyết Đại hội.',
    coverCredit: TUYEN_GIAO,
    relatedDocuments: ['01-NQ/ĐUK', '312-BC/ĐUK'],
    status: 'published',
  },

  // --- draft: must never reach the public API, the site or its search index ----------
  {
    title: 'Bản thảo: dự thảo chương trình công tác năm 2026',
    summary: 'Bản thảo nội bộ, chưa duyệt đăng.',
    body: `Ghi chú soạn thảo (xyzbanthaoquyetdinh): bản thảo nội bộ của Văn phòng Đảng ủy Khối, chưa được Thường trực Đảng ủy Khối duyệt đăng.

Dự kiến chương trình công tác năm 2026 của Ban Chấp hành Đảng bộ Khối gồm các nội dung trọng tâm: học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; sơ kết 6 tháng thực hiện Nghị quyết Đại hội đại biểu Đảng bộ Khối lần thứ VIII; kiểm tra, giám sát theo Kế hoạch số 03-KH/ĐUK.

Các ban của Đảng ủy Khối gửi ý kiến góp ý về Văn phòng trước ngày 25/12/2025.`,
    displayDate: '2025-12-15T09:00:00+07:00',
    category: 'hoat-dong-dang-bo-khoi',
    bylines: [{ name: 'Văn phòng Đảng ủy Khối' }],
    relatedDocuments: ['03-KH/ĐUK'],
    status: 'draft',
  },
];
