// Our own content types and components: the only models the bootstrap modules touch.
export const API_UIDS = [
  'api::article.article',
  'api::category.category',
  'api::party-document.party-document',
  'api::congress.congress',
  'api::anniversary.anniversary',
  'api::gallery.gallery',
  'api::video.video',
  'api::page.page',
  'api::linked-site.linked-site',
  'api::site-setting.site-setting',
] as const;

export type ApiUid = (typeof API_UIDS)[number];

export const COMPONENT_UIDS = [
  'content.byline',
  'content.seo',
  'content.photo',
  'site.menu-item',
  'site.menu-link',
  'site.key-figure',
] as const;

export const SINGLE_TYPES: readonly ApiUid[] = ['api::site-setting.site-setting'];
