import type { SeedSiteSetting } from '../types';

export const siteSetting: SeedSiteSetting = {
  siteName: 'Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Điện Biên',
  provinceName: 'Điện Biên',
  shortName: 'Đảng bộ Khối CQ&DN tỉnh',
  description:
    'Trang thông tin điện tử của Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Điện Biên: tin hoạt động, văn bản, nghị quyết của Đảng, công tác xây dựng Đảng.',
  address: 'Tầng 3, Nhà B, Khu liên cơ quan tỉnh, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
  phone: '0215 3825 468',
  email: 'dangbokhoi@dienbien.gov.vn',
  responsibleAgency: 'Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Điện Biên',
  editorInChief: 'Chịu trách nhiệm nội dung: đồng chí Lò Thị Thanh Hương, Phó Bí thư Thường trực Đảng ủy Khối',
  licence: 'Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Điện Biên cấp ngày 20/9/2019',
  bannerPrefix: 'Nhiệt liệt chào mừng kỷ niệm',
  menu: [
    { label: 'Trang chủ', url: '/' },
    {
      label: 'Giới thiệu',
      url: '/trang/gioi-thieu',
      children: [
        { label: 'Lịch sử truyền thống', url: '/trang/lich-su-truyen-thong' },
        { label: 'Cơ cấu tổ chức', url: '/trang/co-cau-to-chuc' },
      ],
    },
    {
      label: 'Tin tức',
      url: '/tin-tuc',
      children: [
        { label: 'Tin tức - Sự kiện', url: '/chuyen-muc/tin-tuc-su-kien' },
        { label: 'Xây dựng Đảng', url: '/chuyen-muc/xay-dung-dang' },
        {
          label: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
          url: '/chuyen-muc/hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh',
        },
        { label: 'Đoàn thể', url: '/chuyen-muc/doan-the' },
        { label: 'Đại hội Đảng', url: '/chuyen-muc/dai-hoi-dang' },
      ],
    },
    { label: 'Văn bản', url: '/van-ban' },
    { label: 'Đại hội', url: '/dai-hoi' },
    { label: 'Thư viện ảnh', url: '/thu-vien-anh' },
    { label: 'Video', url: '/video' },
    { label: 'Liên hệ', url: '/trang/lien-he' },
  ],
  keyFigures: [
    { label: 'Tổ chức cơ sở đảng', value: 112 },
    { label: 'Chi bộ trực thuộc đảng bộ cơ sở', value: 385 },
    { label: 'Đảng viên', value: 4521 },
    { label: 'Đảng viên kết nạp năm 2024', value: 163, unit: 'đảng viên' },
  ],
};
