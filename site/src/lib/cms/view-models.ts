// What pages and components receive: clean, typed, absolute URLs, parsed dates, no nulls to guard.
// Each type is the output of its collection's schema (schemas/): the transform there is the only
// place that says what a view model holds.
import type { ArticleVM } from './schemas/article';
import type { SiteSettingVM } from './schemas/site-setting';
import type { CategoryVM } from './schemas/category';
import type { PartyDocumentVM } from './schemas/party-document';
import type { GalleryVM } from './schemas/gallery';

export type { FileVM, ImageVM, SeoVM } from './media';
export type { AnniversaryVM } from './schemas/anniversary';
export type { ArticleVM } from './schemas/article';
export type { CategoryVM } from './schemas/category';
export type { CommentVM } from './schemas/comment';
export type { CongressVM } from './schemas/congress';
export type { GalleryVM } from './schemas/gallery';
export type { LinkedSiteVM } from './schemas/linked-site';
export type { PageVM } from './schemas/page';
export type { PartyDocumentVM } from './schemas/party-document';
export type { SiteSettingVM } from './schemas/site-setting';
export type { VideoVM } from './schemas/video';

export type BylineVM = ArticleVM['bylines'][number];
export type CategoryRefVM = NonNullable<CategoryVM['parent']>;
export type DocumentRefVM = ArticleVM['relatedDocuments'][number];
export type GalleryRefVM = NonNullable<ArticleVM['gallery']>;
export type CongressRefVM = NonNullable<PartyDocumentVM['congress']>;
export type PhotoVM = GalleryVM['photos'][number];
export type MenuItemVM = SiteSettingVM['menu'][number];
