// Build input for the search index: the integration in src/integrations/search-index.ts reads this
// file at the end of the build, indexes it into /pagefind/ (or /pagefind-delta/ in a fast build)
// and deletes it. A fast build makes only the records that may have changed (record-reuse.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { siteEnv } from '../env';
import { getArticles, getCategories, getDocuments, getGalleries, getPages } from '../lib/data/content';
import { recordsFile } from '../lib/search/record-reuse';
import { searchEntries } from '../lib/search/records';
import { readSearchKeys, SEARCH_KEYS_FILE } from '../lib/search/search-keys';

/** The search keys of a fast build's base, when it has them (write-delta.ts says what is missing). */
function baseKeys() {
  const base = siteEnv().SITE_FAST_BASE;
  const file = base ? path.join(base, SEARCH_KEYS_FILE) : null;
  return file && fs.existsSync(file) ? readSearchKeys(file) : null;
}

export const GET: APIRoute = async () => {
  const [articles, categories, documents, pages, galleries] = await Promise.all([
    getArticles(),
    getCategories(),
    getDocuments(),
    getPages(),
    getGalleries(),
  ]);
  const entries = searchEntries({ articles, categories, documents, pages, galleries });
  return new Response(JSON.stringify(recordsFile(entries, baseKeys())), { headers: { 'Content-Type': 'application/json' } });
};
