// Build input for the search index: the integration in src/integrations/search-index.ts reads this
// file at the end of the build, indexes it into /pagefind/ and deletes it.
import type { APIRoute } from 'astro';
import { getArticles, getCategories, getDocuments, getGalleries, getPages } from '../lib/data/content';
import { searchRecords } from '../lib/search/records';

export const GET: APIRoute = async () => {
  const [articles, categories, documents, pages, galleries] = await Promise.all([
    getArticles(),
    getCategories(),
    getDocuments(),
    getPages(),
    getGalleries(),
  ]);
  const records = searchRecords({ articles, categories, documents, pages, galleries });
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
