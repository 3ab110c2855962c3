import type { Core } from '@strapi/strapi';

/**
 * Our content types, classified from what Strapi loaded (each type's schema.json) instead of hand
 * lists that drift: a type added later is on the site, rebuilds it and, if it has a schedule
 * field, is published on time, unless it is named below with the reason it must stay off.
 */

/** `api::` types that never change the public site, and why. Everything else does. */
export const NEVER_ON_SITE: Readonly<Record<string, string>> = {
  'api::comment.comment':
    'bình luận của bạn đọc: trang đọc danh sách đã duyệt trực tiếp từ CMS; mỗi bình luận mới không được dựng lại trang',
  'api::audit-log.audit-log': 'nhật ký xuất bản: chỉ quản trị viên đọc trong trang quản trị',
};

/** The attribute a draft carries its "Hẹn giờ xuất bản" time in. */
export const SCHEDULE_FIELD = 'publishAt';

type Schema = {
  kind?: string;
  options?: { draftAndPublish?: boolean };
  attributes?: Record<string, unknown>;
};

export interface ModelRegistry {
  /** Types with drafts whose publish, unpublish and delete change the site. */
  readonly published: readonly string[];
  /** Types without drafts: every saved change is live at once (menus, banner, links, settings). */
  readonly live: readonly string[];
  /** Single types (one entry, read with find, never findOne). */
  readonly single: readonly string[];
  /** Draft types whose drafts may carry a publication time. */
  readonly scheduled: readonly string[];
  /** `published` and `live` together: every type the site is built from. */
  readonly site: readonly string[];
}

export function classifyModels(contentTypes: Readonly<Record<string, Schema>>): ModelRegistry {
  const site = Object.keys(contentTypes)
    .filter((uid) => uid.startsWith('api::') && !(uid in NEVER_ON_SITE))
    .sort();
  const drafts = (uid: string) => contentTypes[uid]?.options?.draftAndPublish === true;
  const published = site.filter(drafts);
  return {
    published,
    live: site.filter((uid) => !drafts(uid)),
    single: site.filter((uid) => contentTypes[uid]?.kind === 'singleType'),
    scheduled: published.filter((uid) => SCHEDULE_FIELD in (contentTypes[uid]?.attributes ?? {})),
    site,
  };
}

/** The registry of a running Strapi: cheap to derive, so derived where it is needed. */
export function modelRegistry(strapi: Core.Strapi): ModelRegistry {
  return classifyModels(strapi.contentTypes as unknown as Record<string, Schema>);
}
