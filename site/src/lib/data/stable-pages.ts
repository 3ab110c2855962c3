// Listing pages numbered from the OLDEST article, so that a new article changes the front page
// and nothing deeper: page 1 always holds the 20 oldest articles, page 2 the next 20, and so on,
// whatever is published later. The front page (/tin-tuc/, a category's or a month's first
// address) shows everything newer than the highest numbered page: between PAGE_SIZE and
// 2 × PAGE_SIZE − 1 articles, the newest first, each article on exactly one page of the listing.
// When the front reaches 2 × PAGE_SIZE, its oldest PAGE_SIZE become the next numbered page.
// A deep page's links never depend on how many pages there are (it shows "Mới nhất" instead of the
// last number), so it stays byte-identical until an article older than its own is added or removed.
// Pure: the listing pages build their page data and cache keys from it (list-pages.ts).

/** Articles per numbered page. */
export const PAGE_SIZE = 20;

/** One link of a pager; `href` null is the page the reader is on. */
export interface PagerLink {
  label: string;
  /** what a screen reader announces ("Trang 3", "Trang mới nhất") */
  ariaLabel: string;
  href: string | null;
  /** pages are skipped between this link and the one before it */
  gapBefore: boolean;
}

/** A page's pager, newest first, as the listing itself reads. */
export interface Pager {
  /** the page with the next newer articles (null on the front) */
  newer: string | null;
  /** the page with the next older articles (null on page 1, or on a front with no numbered pages) */
  older: string | null;
  links: PagerLink[];
}

export interface ListPage<T> {
  /** 0 for the front page, k ≥ 1 for numbered page k (1 = the oldest articles) */
  number: number;
  /** newest first */
  items: T[];
  /** null when the listing has a single page */
  pager: Pager | null;
}

/** How many numbered pages a listing of `count` articles has (the front holds the rest). */
export function numberedPageCount(count: number, size = PAGE_SIZE): number {
  return Math.max(0, Math.floor(count / size) - 1);
}

/** The links shown, newest first: the front, the page's near neighbours, and page 1. */
function pagerLinks(current: number, numbered: number, href: (page: number) => string): PagerLink[] {
  // On the front, the highest numbers are the near ones; elsewhere only pages already certain to
  // exist count, so that the links of a deep page never change when the listing grows.
  const near = current === 0 ? [numbered, numbered - 1, numbered - 2] : [current + 2, current + 1, current, current - 1, current - 2];
  const pages = [...new Set([0, ...near.filter((p) => p >= 1 && p <= numbered), ...(numbered > 0 ? [1] : [])])];
  return pages.map((p, i) => ({
    label: p === 0 ? 'Mới nhất' : String(p),
    ariaLabel: p === 0 ? 'Trang mới nhất' : `Trang ${p}`,
    href: p === current ? null : href(p),
    gapBefore: i > 1 && pages[i - 1]! - p > 1,
  }));
}

/**
 * The pages of a listing given newest first. `href(0)` is the front page's address, `href(k)` that
 * of numbered page k. An empty listing still has its front page.
 */
export function stablePages<T>(newestFirst: readonly T[], href: (page: number) => string, size = PAGE_SIZE): ListPage<T>[] {
  const numbered = numberedPageCount(newestFirst.length, size);
  const oldestFirst = [...newestFirst].reverse();
  const frontItems = oldestFirst.slice(numbered * size).reverse();
  const pager = (current: number): Pager | null =>
    numbered === 0
      ? null
      : {
          newer: current === 0 ? null : href(current === numbered ? 0 : current + 1),
          older: current === 0 ? href(numbered) : current > 1 ? href(current - 1) : null,
          links: pagerLinks(current, numbered, href),
        };
  const pages: ListPage<T>[] = [{ number: 0, items: frontItems, pager: pager(0) }];
  for (let k = numbered; k >= 1; k--) {
    pages.push({ number: k, items: oldestFirst.slice((k - 1) * size, k * size).reverse(), pager: pager(k) });
  }
  return pages;
}
