// The site's prerendered pages as getStaticPaths gave them, in Astro's order: what page-keys.json
// records, what a fast build chooses from, and what the whole-site outputs (sitemap, redirect
// pages) are computed from even when a fast build renders only a few of them. Pure.
import type { PageKeys } from '@dbk/shared-types';

export interface SitePage {
  /** as Astro gives it: "/", "/bai-viet/x", "/rss.xml", "/404" */
  pathname: string;
  /** getStaticPaths' cacheKey; null when the route gives none (rendered by every fast build) */
  key: string | null;
  /** Astro's route type: "page" pages go into the sitemap, "endpoint"s are files such as rss.xml */
  type: string;
}

const normalized = (pathname: string) => pathname.replace(/\/$/, '');

/**
 * One entry per output, as Astro's generatePages keeps them: when two routes give the same
 * pathname (with or without its trailing slash) the first wins and the other is never rendered.
 */
export function sitePages(paths: readonly { pathname: string; route: { type: string }; cacheKey?: string }[]): SitePage[] {
  const seen = new Set<string>();
  const pages: SitePage[] = [];
  for (const { pathname, route, cacheKey } of paths) {
    if (seen.has(normalized(pathname))) continue;
    seen.add(normalized(pathname));
    pages.push({ pathname, key: cacheKey ?? null, type: route.type });
  }
  return pages;
}

export function pageKeys(pages: readonly SitePage[]): PageKeys {
  return { version: 1, pages: Object.fromEntries(pages.map((p) => [p.pathname, p.key])) };
}

/**
 * What a fast build renders: a page whose key differs from the base's, a page the base did not have,
 * and a page without a key (lists, feeds, build-info.json: whole-site outputs are always rendered
 * whole). `removed` are the base's pages the site no longer has.
 */
export function selectChanged(pages: readonly SitePage[], base: PageKeys['pages']): { render: SitePage[]; removed: string[] } {
  const render = pages.filter((p) => p.key === null || base[p.pathname] !== p.key);
  const current = new Set(pages.map((p) => p.pathname));
  const removed = Object.keys(base).filter((pathname) => !current.has(pathname));
  return { render, removed };
}

/** Whether the site has exactly the base's pages (by pathname; keys may differ). */
export function samePages(pages: readonly SitePage[], base: PageKeys['pages']): boolean {
  return pages.length === Object.keys(base).length && pages.every((p) => Object.hasOwn(base, p.pathname));
}
