// The redirect map of imported articles, old path → new page; the redirect-pages integration
// writes static redirect pages from it once the site is built.
import type { APIRoute } from 'astro';
import { getArticles } from '../../lib/data/content';
import { legacyRedirects } from '../../lib/redirects';
import { urls } from '../../lib/urls';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(legacyRedirects(await getArticles(), urls.article), null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
