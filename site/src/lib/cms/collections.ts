// Which Strapi collection feeds which site collection, and how each entry is mapped.
import {
  anniversarySchema,
  articleSchema,
  categorySchema,
  congressSchema,
  gallerySchema,
  linkedSiteSchema,
  pageSchema,
  partyDocumentSchema,
  publicCommentSchema,
  siteSettingSchema,
  videoSchema,
} from '@dbk/shared-types';
import type { CollectionSpec } from './fetch-all';
import type { Mapper } from './mappers';
import type { AnniversaryVM, CommentVM, LinkedSiteVM } from './view-models';
import { POPULATE } from './populate';

export interface SiteCollection<Raw, VM> {
  spec: CollectionSpec<Raw>;
  /** the store id: slugs are unique per type, so pages can look entries up by URL */
  id(vm: VM): string;
  map(mapper: Mapper, raw: Raw): VM;
}

const define = <Raw, VM>(c: SiteCollection<Raw, VM>) => c;
// Newest row first by primary key, not by date: the order readers see is made by lib/data/content.ts
// (a stable sort by date, so entries of the same date keep this newest-first order, as before). Sorting
// by a date in the database sorts every row, bodies included, for each page: 10,000 articles took
// 30 s to read that way, 9 s this way.
const BY_ROW = ['id:desc'];
const bySlug = (vm: { slug: string }) => vm.slug;

export const COLLECTIONS = {
  articles: define({
    spec: { path: 'articles', label: 'tin bài', schema: articleSchema, populate: POPULATE.articles, sort: BY_ROW },
    id: bySlug,
    map: (m, raw) => m.article(raw),
  }),
  categories: define({
    spec: { path: 'categories', label: 'chuyên mục', schema: categorySchema, populate: POPULATE.categories },
    id: bySlug,
    map: (m, raw) => m.category(raw),
  }),
  documents: define({
    spec: { path: 'party-documents', label: 'văn bản', schema: partyDocumentSchema, populate: POPULATE.documents, sort: BY_ROW },
    id: bySlug,
    map: (m, raw) => m.document(raw),
  }),
  congresses: define({
    spec: { path: 'congresses', label: 'đại hội', schema: congressSchema, populate: POPULATE.congresses, sort: ['ordinal:desc'] },
    id: bySlug,
    map: (m, raw) => m.congress(raw),
  }),
  galleries: define({
    spec: { path: 'galleries', label: 'thư viện ảnh', schema: gallerySchema, populate: POPULATE.galleries, sort: BY_ROW },
    id: bySlug,
    map: (m, raw) => m.gallery(raw),
  }),
  videos: define({
    spec: { path: 'videos', label: 'video', schema: videoSchema, populate: POPULATE.videos, sort: BY_ROW },
    id: bySlug,
    map: (m, raw) => m.video(raw),
  }),
  pages: define({
    spec: { path: 'pages', label: 'trang', schema: pageSchema, populate: POPULATE.pages },
    id: bySlug,
    map: (m, raw) => m.page(raw),
  }),
  linkedSites: define({
    spec: { path: 'linked-sites', label: 'website liên kết', schema: linkedSiteSchema, populate: POPULATE.linkedSites },
    id: (vm: LinkedSiteVM) => vm.id,
    map: (m, raw) => m.linkedSite(raw),
  }),
  anniversaries: define({
    spec: { path: 'anniversaries', label: 'ngày kỷ niệm', schema: anniversarySchema, populate: POPULATE.anniversaries },
    id: (vm: AnniversaryVM) => vm.id,
    map: (m, raw) => m.anniversary(raw),
  }),
  comments: define({
    // Approved comments only (the endpoint never returns pending ones, emails or statuses).
    spec: { path: 'interactions/comments', label: 'bình luận', schema: publicCommentSchema, populate: {} },
    id: (vm: CommentVM) => vm.id,
    map: (_m, raw) => ({ id: raw.documentId, articleId: raw.articleId, name: raw.name, text: raw.text, date: new Date(raw.createdAt) }),
  }),
};

export const SITE_SETTING: CollectionSpec<unknown> & { schema: typeof siteSettingSchema } = {
  path: 'site-setting',
  label: 'cài đặt trang',
  schema: siteSettingSchema,
  populate: POPULATE.siteSetting,
};
