// What pages and components receive: clean, typed, absolute URLs, parsed dates, no nulls to guard.
import type { DocumentKind } from '@dbk/shared-types';

export interface ImageVM {
  /** absolute URL the build can fetch */
  src: string;
  /** null for images the CMS could not measure (e.g. SVG): the renderer then infers the size */
  width: number | null;
  height: number | null;
  alt: string;
  mime: string;
}

export interface FileVM {
  name: string;
  url: string;
  mime: string;
  /** bytes */
  size: number | null;
}

export interface SeoVM {
  title: string | null;
  description: string | null;
  image: ImageVM | null;
  noIndex: boolean;
}

export interface CategoryRefVM {
  name: string;
  slug: string;
}

export interface DocumentRefVM {
  documentNumber: string;
  slug: string;
  kind: DocumentKind;
  issuingBody: string;
  issueDate: string;
  excerpt: string;
}

export interface GalleryRefVM {
  title: string;
  slug: string;
}

export interface BylineVM {
  name: string;
  position: string | null;
  department: string | null;
}

export interface ArticleVM {
  id: string;
  slug: string;
  title: string;
  kicker: string | null;
  summary: string | null;
  body: string;
  date: Date;
  /** the content's last real edit, never before `date` (last-edit.ts), not the import's write */
  updatedAt: Date;
  cover: ImageVM | null;
  coverCaption: string | null;
  coverCredit: string | null;
  bylines: BylineVM[];
  source: string | null;
  category: CategoryRefVM | null;
  relatedDocuments: DocumentRefVM[];
  gallery: GalleryRefVM | null;
  featured: boolean;
  seo: SeoVM;
  /** the old site's address (imported articles): only the redirect map uses it, never the page */
  legacyUrl: string | null;
}

export interface CategoryVM {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  order: number;
  parent: CategoryRefVM | null;
}

export interface CongressRefVM {
  name: string;
  slug: string;
  ordinal: number;
  term: string;
}

export interface PartyDocumentVM {
  id: string;
  documentNumber: string;
  slug: string;
  kind: DocumentKind;
  title: string | null;
  issuingBody: string;
  issueDate: string;
  term: string | null;
  signer: string | null;
  excerpt: string;
  fullText: string | null;
  files: FileVM[];
  congress: CongressRefVM | null;
  /** the content's last real edit (last-edit.ts) */
  updatedAt: Date;
}

export interface CongressVM {
  id: string;
  name: string;
  slug: string;
  ordinal: number;
  term: string;
  startDate: string;
  endDate: string | null;
  place: string | null;
  summary: string | null;
  gallery: GalleryRefVM | null;
  updatedAt: Date;
}

export interface PhotoVM {
  image: ImageVM;
  caption: string | null;
  credit: string | null;
}

export interface GalleryVM {
  id: string;
  title: string;
  slug: string;
  date: Date;
  description: string | null;
  photos: PhotoVM[];
  updatedAt: Date;
}

export interface VideoVM {
  id: string;
  title: string;
  slug: string;
  date: Date;
  description: string | null;
  file: FileVM | null;
  externalUrl: string | null;
  poster: ImageVM | null;
  updatedAt: Date;
}

export interface PageVM {
  id: string;
  title: string;
  slug: string;
  summary: string | null;
  body: string;
  order: number;
  seo: SeoVM;
  updatedAt: Date;
}

export interface LinkedSiteVM {
  id: string;
  name: string;
  url: string;
  logo: ImageVM | null;
  order: number;
}

export interface AnniversaryVM {
  id: string;
  subject: string;
  originalDate: string;
  recurrence: 'moi_nam' | 'nam_chan';
  roundEvery: number | null;
  daysBefore: number | null;
  daysAfter: number | null;
  order: number | null;
  active: boolean | null;
}

export interface MenuItemVM {
  label: string;
  url: string;
  children: { label: string; url: string }[];
}

export interface SiteSettingVM {
  siteName: string;
  provinceName: string;
  shortName: string | null;
  description: string | null;
  logo: ImageVM | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  responsibleAgency: string;
  editorInChief: string;
  licence: string | null;
  bannerPrefix: string;
  menu: MenuItemVM[];
  keyFigures: { label: string; value: number; unit: string | null }[];
}

export interface CommentVM {
  id: string;
  /** documentId of the article */
  articleId: string;
  name: string;
  text: string;
  date: Date;
}
