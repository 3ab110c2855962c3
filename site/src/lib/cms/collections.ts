// Which Strapi collection feeds which site collection, with the schema that validates each entry
// and makes its view model (content.config.ts gives the same schema to Astro, which types the
// pages' data from it).
import { COMMENTS_MAX_PAGE_SIZE } from '@dbk/shared-types';
import { siteEnv } from '../../env';
import { cmsConfig } from './client';
import type { CollectionSpec } from './fetch-all';
import { Media } from './media';
import { POPULATE } from './populate';
import { anniversarySchema } from './schemas/anniversary';
import { articleSchema } from './schemas/article';
import { categorySchema } from './schemas/category';
import { commentSchema } from './schemas/comment';
import { congressSchema } from './schemas/congress';
import { gallerySchema } from './schemas/gallery';
import { linkedSiteSchema } from './schemas/linked-site';
import { pageSchema } from './schemas/page';
import { partyDocumentSchema } from './schemas/party-document';
import { siteSettingSchema, type SiteSettingVM } from './schemas/site-setting';
import { videoSchema } from './schemas/video';

/** Uploads are served by the CMS, or by a CDN in front of it (MEDIA_URL). */
export const media = new Media(() => siteEnv().MEDIA_URL ?? cmsConfig().url);

export interface SiteCollection<VM> {
  spec: CollectionSpec<VM>;
  /** the store id: slugs are unique per type, so pages can look entries up by URL */
  id(vm: NoInfer<VM>): string;
}

const define = <VM>(c: SiteCollection<VM>) => c;
// Newest row first by primary key, not by date: the order readers see is made by lib/data/content.ts
// (a stable sort by date, so entries of the same date keep this newest-first order, as before). Sorting
// by a date in the database sorts every row, bodies included, for each page: 10,000 articles took
// 30 s to read that way, 9 s this way.
const BY_ROW = ['id:desc'];
const bySlug = (vm: { slug: string }) => vm.slug;
const byId = (vm: { id: string }) => vm.id;

export const COLLECTIONS = {
  articles: define({
    spec: { path: 'articles', label: 'tin bài', schema: articleSchema(media), populate: POPULATE.articles, sort: BY_ROW },
    id: bySlug,
  }),
  categories: define({
    spec: { path: 'categories', label: 'chuyên mục', schema: categorySchema(), populate: POPULATE.categories },
    id: bySlug,
  }),
  documents: define({
    spec: { path: 'party-documents', label: 'văn bản', schema: partyDocumentSchema(media), populate: POPULATE.documents, sort: BY_ROW },
    id: bySlug,
  }),
  congresses: define({
    spec: { path: 'congresses', label: 'đại hội', schema: congressSchema(), populate: POPULATE.congresses, sort: ['ordinal:desc'] },
    id: bySlug,
  }),
  galleries: define({
    spec: { path: 'galleries', label: 'thư viện ảnh', schema: gallerySchema(media), populate: POPULATE.galleries, sort: BY_ROW },
    id: bySlug,
  }),
  videos: define({
    spec: { path: 'videos', label: 'video', schema: videoSchema(media), populate: POPULATE.videos, sort: BY_ROW },
    id: bySlug,
  }),
  pages: define({
    spec: { path: 'pages', label: 'trang', schema: pageSchema(media), populate: POPULATE.pages },
    id: bySlug,
  }),
  linkedSites: define({
    spec: { path: 'linked-sites', label: 'website liên kết', schema: linkedSiteSchema(media), populate: POPULATE.linkedSites },
    id: byId,
  }),
  anniversaries: define({
    spec: { path: 'anniversaries', label: 'ngày kỷ niệm', schema: anniversarySchema(), populate: POPULATE.anniversaries },
    id: byId,
  }),
  comments: define({
    // Approved comments only (the endpoint never returns pending ones, emails or statuses).
    spec: { path: 'interactions/comments', label: 'bình luận', schema: commentSchema(), populate: {}, pageSize: COMMENTS_MAX_PAGE_SIZE },
    id: byId,
  }),
};

export const SITE_SETTING: CollectionSpec<SiteSettingVM> = {
  path: 'site-setting',
  label: 'cài đặt trang',
  schema: siteSettingSchema(media),
  populate: POPULATE.siteSetting,
};
