import { PREVIEW_KINDS } from '@dbk/shared-types';
import type { ModelRegistry } from './model-registry';

/**
 * Every permission any token or role of the content API holds, each with the reason it is needed:
 * the single list the bootstrap applies (and removes anything else) and the README repeats. Types
 * come from the model registry, never from a hand list, so a new type is read by the build and by
 * nobody else.
 */

export interface Grant {
  action: string;
  reason: string;
}

export const BUILD_TOKEN_NAME = 'site-build (chỉ đọc bản đã xuất bản)';
export const PREVIEW_TOKEN_NAME = 'site-preview (đọc bản nháp để xem trước)';

/** The comments the build bakes into article pages (site/src/lib/cms/collections.ts `comments`). */
export const APPROVED_COMMENTS_ACTION = 'api::comment.comment.find';

/** find for every type, findOne for collection types (single types have no findOne). */
function reads(models: ModelRegistry, uids: readonly string[], why: (uid: string) => string): Grant[] {
  return uids.flatMap((uid) => {
    const actions = models.single.includes(uid) ? ['find'] : ['find', 'findOne'];
    return actions.map((a) => ({ action: `${uid}.${a}`, reason: why(uid) }));
  });
}

/**
 * The static site build: the published version of every type the site is made of, and the approved
 * comments. No drafts (the published-only middleware), no users, roles, upload listings or writes;
 * media arrive as fields of the content that uses them (Strapi does not ask upload permissions for
 * populated media).
 */
export function buildGrants(models: ModelRegistry): Grant[] {
  return [
    ...reads(models, models.site, (uid) => `bản dựng trang tĩnh đọc bản đã xuất bản của ${uid}`),
    {
      action: APPROVED_COMMENTS_ACTION,
      reason: 'bản dựng in sẵn các bình luận đã duyệt vào trang bài viết (GET /api/interactions/comments)',
    },
  ];
}

type Schemas = Readonly<Record<string, { attributes?: Record<string, { type?: string; target?: string }> }>>;

/**
 * The preview server: drafts of the types the admin's "Xem trước" button links to (PREVIEW_KINDS,
 * shared with the site) and of the types those drafts link to (category, documents, gallery...:
 * Strapi drops a populated relation whose target the token may not `find`). Only `find`: the
 * preview asks `?status=draft&filters[documentId]=...`, never findOne.
 */
export function previewGrants(models: ModelRegistry, schemas: Schemas): Grant[] {
  const previewed = Object.keys(PREVIEW_KINDS).filter((uid) => models.published.includes(uid));
  const linked = [
    ...new Set(
      previewed.flatMap((uid) =>
        Object.values(schemas[uid]?.attributes ?? {}).flatMap((a) => (a.type === 'relation' && a.target ? [a.target] : [])),
      ),
    ),
  ].filter((uid) => models.site.includes(uid) && !previewed.includes(uid));
  return [
    ...previewed.map((uid) => ({
      action: `${uid}.find`,
      reason: `máy chủ xem trước đọc bản nháp của ${uid} khi biên tập viên bấm "Xem trước"`,
    })),
    ...linked
      .sort()
      .map((uid) => ({ action: `${uid}.find`, reason: `bản nháp xem trước hiển thị nội dung liên kết (${uid}) như trang thật` })),
  ];
}

/**
 * Readers' browsers (users-permissions "public" role). Nothing: every reader endpoint (views,
 * visits, comments) is a custom route with `auth: false` and its own rate limit, and the site is
 * static, so no browser reads content through the generic API. Reader accounts are not used: the
 * users-permissions content API routes (sign-up, login, /api/users...) are unmounted at register.
 */
export const PUBLIC_GRANTS: readonly Grant[] = [];

/** The "authenticated" role: no reader can log in (routes unmounted), so it holds nothing either. */
export const AUTHENTICATED_GRANTS: readonly Grant[] = [];

export const IMPORT_TOKEN_NAME = 'nhap-du-lieu (trang cũ)';

/**
 * `npm run import` (scripts/src/import): it writes through REST so every rule of the CMS applies.
 * Articles read (found again by their old address) and written, categories read (the category
 * table), media listed (a photo found again by its content hash) and uploaded. Only when the
 * operator sets CMS_IMPORT_TOKEN; nothing else, no deletes, no publishing of other types.
 */
export function importGrants(): Grant[] {
  const article = 'api::article.article';
  return [
    { action: `${article}.find`, reason: 'tìm bài đã nhập theo địa chỉ cũ (legacyUrl), để chạy lại không tạo trùng' },
    { action: `${article}.findOne`, reason: 'đọc lại bài đã nhập để so sánh' },
    { action: `${article}.create`, reason: 'tạo bài từ trang cũ' },
    { action: `${article}.update`, reason: 'cập nhật bài đã nhập khi trang cũ đổi' },
    { action: 'api::category.category.find', reason: 'ánh xạ chuyên mục của trang cũ sang chuyên mục mới' },
    { action: 'plugin::upload.content-api.find', reason: 'tìm ảnh đã tải lên theo mã băm nội dung, để mỗi ảnh chỉ tải một lần' },
    { action: 'plugin::upload.content-api.upload', reason: 'tải ảnh trong bài lên thư viện' },
  ];
}

/**
 * The only content API tokens that may exist, created at every start from the environment. An
 * optional token is not announced when its variable is unset (the import is a one-off job).
 */
export const TOKENS = {
  build: {
    name: BUILD_TOKEN_NAME,
    env: 'STRAPI_BUILD_TOKEN',
    description: 'Bản dựng trang tĩnh: chỉ đọc bản đã xuất bản (tạo tự động từ STRAPI_BUILD_TOKEN)',
    grants: buildGrants,
  },
  preview: {
    name: PREVIEW_TOKEN_NAME,
    env: 'STRAPI_PREVIEW_TOKEN',
    description: 'Máy chủ xem trước: đọc bản nháp (tạo tự động từ STRAPI_PREVIEW_TOKEN)',
    grants: previewGrants,
  },
  import: {
    name: IMPORT_TOKEN_NAME,
    env: 'CMS_IMPORT_TOKEN',
    description: 'Nhập bài từ trang cũ (tạo tự động từ CMS_IMPORT_TOKEN)',
    grants: importGrants,
    optional: true,
  },
} as const;

/** Names Strapi gives the tokens it creates on a fresh install; deleted at start (bootstrap/api-tokens.ts). */
export const STRAPI_DEFAULT_TOKENS = ['Read Only', 'Full Access'] as const;
