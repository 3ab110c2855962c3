// Cache keys for incremental builds (astro.config.mjs, experimental.incrementalBuild): when a
// page's key and its code are unchanged since the previous build, Astro copies that build's HTML
// instead of rendering the page again. A key must therefore cover everything the page shows; what
// it leaves out would go stale. The site-build test compares an incremental rebuild with a full one.
import { createHash } from 'node:crypto';
import type { ArticleVM } from '../cms/view-models';
import { publicCmsUrl } from '../public-cms-url';
import { siteContext } from '../site-context';
import { getArticles, getCommentsByArticle, getDocuments, memo } from './content';
import { otherArticles } from './indexes';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/**
 * What every page shows around its own content: settings, menu, footer, the banner of the build
 * day, the address its scripts call; and every document, since any body may mention any of them
 * (automatic links, "Văn bản liên quan").
 */
const chromeKey = () =>
  memo('key:chrome', async () => {
    const [{ setting, anniversaries, today }, documents] = await Promise.all([siteContext(), getDocuments()]);
    return digest([setting, anniversaries, today, documents, publicCmsUrl() ?? null]);
  });

const articleDigests = () => memo('key:articles', async () => new Map((await getArticles()).map((a) => [a.slug, digest(a)])));

/** An article's page: the chrome, the article, its approved comments and its "Tin khác". */
export async function articlePageKey(article: ArticleVM): Promise<string> {
  const [chrome, digests, comments, others] = await Promise.all([
    chromeKey(),
    articleDigests(),
    getCommentsByArticle(),
    otherArticles(article),
  ]);
  return digest([chrome, digests.get(article.slug), comments.get(article.id) ?? [], others.map((a) => digests.get(a.slug))]);
}
