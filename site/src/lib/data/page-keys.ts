// Cache keys for incremental builds (astro.config.mjs, experimental.incrementalBuild): when a
// page's key and its code are unchanged since the previous build, Astro copies that build's HTML
// instead of rendering the page again. A key must therefore cover everything the page shows; what
// it leaves out would go stale. So a key digests the very data its view renders from (for an
// article: articlePageData), never a second list of what the view reads. The site-build test
// compares an incremental rebuild with a full one.
import type { ArticleVM } from '../cms/view-models';
import { publicCmsUrl } from '../public-cms-url';
import { siteContext } from '../site-context';
import { articlePageData } from './article-page';
import { once } from './content';
import { articleSources } from './indexes';
import { digestOf } from './page-digest';

/** What every page shows around its own content (BaseLayout): settings, menu, footer, the banner
 * of the build day, the address its scripts call. */
export const chromeKey = once(async () => {
  const { setting, anniversaries, today } = await siteContext();
  return digestOf([setting, anniversaries, today, publicCmsUrl() ?? null]);
});

/** Any page: the chrome and the page data its view renders from (and nothing else). */
export async function pageKey(data: object): Promise<string> {
  return digestOf([await chromeKey(), data]);
}

/** An article's page: the chrome and everything articlePageData gives ArticleView. */
export async function articlePageKey(article: ArticleVM): Promise<string> {
  return pageKey(articlePageData(article, await articleSources()));
}
