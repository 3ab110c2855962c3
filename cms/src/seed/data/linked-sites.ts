import type { SeedLinkedSite } from '../types';

export const linkedSites: SeedLinkedSite[] = [
  { name: 'Báo điện tử Đảng Cộng sản Việt Nam', url: 'https://dangcongsan.vn', order: 1 },
  { name: 'Báo Nhân Dân', url: 'https://nhandan.vn', order: 2 },
  { name: 'Tạp chí Cộng sản', url: 'https://www.tapchicongsan.org.vn', order: 3 },
  { name: 'Cổng thông tin điện tử tỉnh Điện Biên', url: 'https://www.dienbien.gov.vn', order: 4 },
  { name: 'Báo Điện Biên Phủ', url: 'https://baodienbienphu.com.vn', order: 5 },
  { name: 'Đài Phát thanh - Truyền hình Điện Biên', url: 'https://dienbientv.vn', order: 6 },
  { name: 'Báo điện tử Chính phủ', url: 'https://baochinhphu.vn', order: 7 },
];
