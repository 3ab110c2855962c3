// Lines of the old sites' page furniture that text captures contain around the article: menus,
// banners, the comment and "other news" headings, the visitor counter. An operator adds a site's own
// with `boQua` in the capture profile; these are the ones seen in the seeds and their siblings.

/** A paragraph matching one of these is dropped wherever it is. */
export const CHROME_LINES: readonly RegExp[] = [
  /^main$/iu,
  /^in bài viết$/iu,
  /^(chia sẻ|gửi bài viết|quay lại|về đầu trang)$/iu,
  /^nhiệt liệt chào mừng\b/iu,
];

/** Everything from a paragraph matching one of these to the end of the capture is page footer. */
export const FOOTER_STARTS: readonly RegExp[] = [
  /^bình luận$/iu,
  /^tin khác$/iu,
  /^(các )?tin (liên quan|cùng chuyên mục)$/iu,
  /^thống kê truy cập$/iu,
  /^ý kiến bạn đọc$/iu,
];

/** "Lượt xem: 5717" on the date line or a line of its own. */
export const VIEW_COUNT = /lượt\s*xem\s*:?\s*([\d.,]+)/iu;
