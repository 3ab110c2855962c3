import type { Core } from '@strapi/strapi';

type Configuration = {
  settings?: Record<string, unknown>;
  metadatas?: Record<string, { edit?: Record<string, unknown>; list?: Record<string, unknown> }>;
  layouts?: { list?: string[] };
};
type ConfigService = {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, configuration: Configuration): Promise<unknown>;
};

const UID = 'api::comment.comment';

// [label, description, editable]: staff moderate (moderation) and may tidy a comment, but which
// article it belongs to is the reader's choice.
export const COMMENT_LABELS: Record<string, readonly [string, string, boolean?]> = {
  articleId: ['Mã tin bài', 'Mã (documentId) của tin bài được bình luận', false],
  articleTitle: ['Tin bài', 'Tiêu đề tin bài lúc bạn đọc gửi bình luận', false],
  name: ['Người gửi', 'Họ tên bạn đọc nhập'],
  email: ['Thư điện tử', 'Chỉ ban biên tập thấy; không bao giờ hiện trên trang'],
  text: ['Nội dung', 'Văn bản thuần, hiện đúng như bạn đọc gõ (liên kết không bấm được)'],
  moderation: ['Trạng thái duyệt', 'Chờ duyệt: chưa hiện · Đã duyệt: hiện trên trang ngay · Từ chối: không hiện'],
  createdAt: ['Ngày gửi', ''],
};

/**
 * The moderation list in Vietnamese: newest first, with the moderation column the list filters by
 * (the menu link "Bình luận chờ duyệt" opens it filtered on Chờ duyệt; see cms/src/admin). Written at every
 * bootstrap, like the other types' labels (admin-labels.ts), so a fresh install needs no clicks.
 */
export async function applyCommentAdminLabels(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as ConfigService;
  const model = { uid: UID };
  const configuration = await service.findConfiguration(model);
  const metadatas = { ...(configuration.metadatas ?? {}) };
  for (const [field, [label, description, editable]] of Object.entries(COMMENT_LABELS)) {
    const current = metadatas[field] ?? {};
    metadatas[field] = {
      ...current,
      edit: { ...current.edit, label, description, ...(editable === false ? { editable: false } : {}) },
      list: { ...current.list, label },
    };
  }
  const settings = { ...configuration.settings, mainField: 'name', defaultSortBy: 'createdAt', defaultSortOrder: 'DESC' };
  const layouts = { ...configuration.layouts, list: ['id', 'name', 'text', 'articleTitle', 'moderation', 'createdAt'] };
  await service.updateConfiguration(model, { ...configuration, settings, metadatas, layouts });
}
