// Every public URL of the site, in one place (documented in the README). Vietnamese slugs, trailing slash.
import { slugify, type DocumentKind } from '@dbk/shared-types';

const paged = (base: string, page: number) => (page <= 1 ? base : `${base}trang-${page}/`);
const pad = (n: number) => String(n).padStart(2, '0');

export const urls = {
  home: () => '/',
  news: (page = 1) => paged('/tin-tuc/', page),
  article: (slug: string) => `/bai-viet/${slug}/`,
  category: (slug: string, page = 1) => paged(`/chuyen-muc/${slug}/`, page),
  archive: () => '/luu-tru/',
  archiveYear: (year: number) => `/luu-tru/${year}/`,
  archiveMonth: (year: number, month: number, page = 1) => paged(`/luu-tru/${year}/${pad(month)}/`, page),
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

export const PAGE_SIZE = 20;

/** Splits items into listing pages of PAGE_SIZE; an empty list still gets its first page. */
export function paginate<T>(items: T[], size = PAGE_SIZE): T[][] {
  if (items.length === 0) return [[]];
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}
