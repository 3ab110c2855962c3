// nginx configuration sending every imported article's old address to its new page (README, "Chuyển dữ liệu từ trang cũ").
import type { APIRoute } from 'astro';
import { getArticles } from '../../lib/data/content';
import { legacyRedirects, nginxConfig } from '../../lib/redirects';
import { urls } from '../../lib/urls';

export const GET: APIRoute = async () =>
  new Response(nginxConfig(legacyRedirects(await getArticles(), urls.article)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
