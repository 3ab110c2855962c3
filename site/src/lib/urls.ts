// Every public URL of the site, in one place (documented in the README). Vietnamese slugs, trailing slash.
import { slugify, type DocumentKind } from '@dbk/shared-types';

// Page 0 is a listing's front (its newest articles); numbered pages count from the oldest (lib/data/stable-pages.ts).
const paged = (base: string, page: number) => (page === 0 ? base : `${base}trang-${page}/`);
const pad = (n: number) => String(n).padStart(2, '0');

export const urls = {
  home: () => '/',
  news: (page = 0) => paged('/tin-tuc/', page),
  article: (slug: string) => `/bai-viet/${slug}/`,
  category: (slug: string, page = 0) => paged(`/chuyen-muc/${slug}/`, page),
  archive: () => '/luu-tru/',
  archiveYear: (year: number) => `/luu-tru/${year}/`,
  archiveMonth: (year: number, month: number, page = 0) => paged(`/luu-tru/${year}/${pad(month)}/`, page),
  documents: () => '/van-ban/',
  document: (slug: string) => `/van-ban/${slug}/`,
  /** the documents sharing one number ("01-NQ/ĐUK" of two terms): where an ambiguous citation links */
  documentNumber: (canonical: string) => `/van-ban/so/${slugify(canonical)}/`,
  documentsByKind: (kind: DocumentKind) => `/van-ban/loai/${kind.replace(/_/g, '-')}/`,
  documentsByYear: (year: number) => `/van-ban/nam/${year}/`,
  documentsByIssuer: (issuer: string) => `/van-ban/co-quan/${slugify(issuer)}/`,
  documentsByTerm: (term: string) => `/van-ban/nhiem-ky/${slugify(term)}/`,
  congresses: () => '/dai-hoi/',
  congress: (slug: string) => `/dai-hoi/${slug}/`,
  galleries: () => '/thu-vien-anh/',
  gallery: (slug: string) => `/thu-vien-anh/${slug}/`,
  videos: () => '/video/',
  video: (slug: string) => `/video/${slug}/`,
  page: (slug: string) => `/trang/${slug}/`,
  linkedSites: () => '/lien-ket/',
  search: () => '/tim-kiem/',
  rss: () => '/rss.xml',
};
