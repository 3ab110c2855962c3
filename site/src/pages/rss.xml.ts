// The 50 newest articles as RSS 2.0.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles, getSiteSetting } from '../lib/data/content';
import { urls } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const [articles, setting] = await Promise.all([getArticles(), getSiteSetting()]);
  return rss({
    title: setting.siteName,
    description: setting.description ?? setting.siteName,
    site: site!,
    // atom:link rel="self": where the feed lives, which feed readers and validators expect.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>vi</language><atom:link href="${new URL(urls.rss(), site).href}" rel="self" type="application/rss+xml"/>`,
    items: articles.slice(0, 50).map((a) => ({
      title: a.title,
      link: urls.article(a.slug),
      pubDate: a.date,
      description: a.summary ?? undefined,
      categories: a.category ? [a.category.name] : undefined,
    })),
  });
};
