// Every message a reader can see from the interaction endpoints, in one place.
import { COMMENTS_MAX_PAGE_SIZE } from '@dbk/shared-types';
import { formatNumber } from '@dbk/shared-types/vi-display';

export const MESSAGES = {
  badArticleId: 'Mã bài viết không hợp lệ.',
  badArticleIds: 'Danh sách mã bài viết không hợp lệ: tối đa 100 mã, cách nhau bằng dấu phẩy.',
  articleNotFound: 'Không tìm thấy bài viết.',
  badBody: 'Dữ liệu gửi lên không hợp lệ.',
  badPage: `Số trang hoặc số mục mỗi trang không hợp lệ (tối đa ${COMMENTS_MAX_PAGE_SIZE} mục mỗi trang).`,
  nameRequired: 'Vui lòng nhập họ tên.',
  nameTooLong: (max: number) => `Họ tên không được dài quá ${max} ký tự.`,
  emailInvalid: 'Địa chỉ thư điện tử không hợp lệ.',
  textRequired: 'Vui lòng nhập nội dung bình luận.',
  textTooLong: (max: number) => `Nội dung bình luận không được dài quá ${formatNumber(max)} ký tự.`,
  formTokenMissing: 'Biểu mẫu thiếu mã xác nhận hoặc mã không hợp lệ; vui lòng tải lại trang rồi gửi lại.',
  formTokenExpired: 'Biểu mẫu đã mở quá lâu nên mã xác nhận đã hết hạn; vui lòng gửi lại.',
  tooFast: 'Bạn gửi quá nhanh. Vui lòng đọc lại bình luận và gửi lại sau vài giây.',
  rejected: 'Không gửi được bình luận.',
  received: 'Cảm ơn bạn! Bình luận đã được gửi và đang chờ ban biên tập duyệt.',
  tooMany: 'Bạn thao tác quá nhiều lần. Vui lòng thử lại sau ít phút.',
} as const;
