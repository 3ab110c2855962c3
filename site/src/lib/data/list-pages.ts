// The page data of the article listings: the news list, a category, a month and a year of the
// archive. Each listing page renders only from its data, and its cache key (page-keys.ts pageKey)
// digests that same object. Pure (no astro:content), so a test can check keys and numbering.
import type { ArticleVM, CategoryVM } from '../cms/view-models';
import { urls } from '../urls';
import { stablePages } from './stable-pages';

/** The path segment below a listing's address: none for its front, "trang-3" for page 3. */
const pageSegment = (page: number) => (page === 0 ? undefined : `trang-${page}`);

/** /tin-tuc/, /tin-tuc/trang-1/ (the oldest articles), ... */
export function newsPages(articles: ArticleVM[]) {
  return stablePages(articles, (p) => urls.news(p)).map(({ number, items, pager }) => ({
    params: { page: pageSegment(number) },
    data: { number, items, pager },
  }));
}

/** A category with its sub-categories' articles: /chuyen-muc/<slug>/, /chuyen-muc/<slug>/trang-1/, ... */
export function categoryPages(category: CategoryVM, categories: CategoryVM[], articles: ArticleVM[]) {
  const children = categories.filter((c) => c.parent?.slug === category.slug);
  return stablePages(articles, (p) => urls.category(category.slug, p)).map(({ number, items, pager }) => ({
    params: { path: [category.slug, pageSegment(number)].filter(Boolean).join('/') },
    data: { category, children, number, items, pager },
  }));
}

/** A month of the archive: /luu-tru/2024/08/, /luu-tru/2024/08/trang-1/, ... */
export function monthPages(year: number, month: number, articles: ArticleVM[]) {
  const mm = String(month).padStart(2, '0');
  return stablePages(articles, (p) => urls.archiveMonth(year, month, p)).map(({ number, items, pager }) => ({
    params: { year: String(year), month: [mm, pageSegment(number)].filter(Boolean).join('/') },
    data: { year, month, number, items, pager },
  }));
}

/** How many latest titles a year's page lists under each month. */
const LATEST_PER_MONTH = 5;

/** A year of the archive: each month, newest first, with its count and latest titles. */
export function yearPageData(year: number, months: Map<number, ArticleVM[]>) {
  return {
    year,
    months: [...months.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([month, list]) => ({
        month,
        count: list.length,
        latest: list.slice(0, LATEST_PER_MONTH).map((a) => ({ slug: a.slug, title: a.title })),
      })),
  };
}
