// How big a request body the CMS accepts: one number for Strapi's JSON, form and text parsers
// (config/middlewares.ts), the Vietnamese refusal (middlewares/body-too-large.ts) and the README's
// proxy samples (nginx client_max_body_size must be at least this). A full congress document pasted
// into "Nội dung" runs to a few megabytes; the admin sends the whole form as JSON, so 10 MB leaves
// room for at least a 5 MB body with its other fields and the JSON escaping of quotes and newlines.
export const BODY_LIMIT_MB = 10;
export const BODY_LIMIT = `${BODY_LIMIT_MB}mb`;
/** The same limit in bytes, as the parser counts it ('10mb' is 10 × 1024 × 1024): the admin checks a save against it before sending. */
export const BODY_LIMIT_BYTES = BODY_LIMIT_MB * 1024 * 1024;

export const BODY_TOO_LARGE_MESSAGE =
  `Nội dung quá lớn để lưu (giới hạn ${BODY_LIMIT_MB} MB cho mỗi lần lưu). Nội dung vẫn còn trong trình soạn thảo: ` +
  'hãy chia bài thành nhiều phần hoặc đưa toàn văn thành tệp đính kèm rồi lưu lại.';
