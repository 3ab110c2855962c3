// Where a page lands in client/ and what Astro calls it in astro:build:done, for pages a fast build
// does not render (Astro only tells about the ones it did). The site builds with
// build.format "directory" and trailingSlash "ignore" (astro.config.mjs); these follow Astro 7's
// getOutputFilename and addPageName for that setting. The fast-lane test checks every page of a full
// build against the files that build wrote.
import type { SitePage } from './site-pages';

const STATUS_PAGES = new Set(['/404', '/500']);

/** The page's file, relative to client/: "bai-viet/x/index.html", "rss.xml", "404.html". */
export function pageFile(page: Pick<SitePage, 'pathname' | 'type'>): string {
  const bare = page.pathname.replace(/^\/+/, '').replace(/\/+$/, '');
  if (page.type === 'endpoint') return bare;
  if (STATUS_PAGES.has(`/${bare}`)) return `${bare}.html`;
  return bare === '' ? 'index.html' : `${bare}/index.html`;
}

/** The name astro:build:done's `pages` gives a page ("bai-viet/x/", "" for the home page's "/"). */
export function pageName(pathname: string): string {
  return pathname.replace(/\/?$/, '/').replace(/^\//, '');
}
