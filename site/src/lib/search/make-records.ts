// Makes the records file of a build (record-reuse.ts) from the content the pages render: every
// record in a full build, only the records that may have changed in a fast one.
import fs from 'node:fs';
import path from 'node:path';
import { siteEnv } from '../../env';
import { getArticles, getCategories, getDocuments, getGalleries, getPages } from '../data/content';
import { recordsFile, type RecordsFile } from './record-reuse';
import { searchEntries } from './records';
import { readSearchKeys, SEARCH_KEYS_FILE } from './search-keys';

/** The search keys of a fast build's base, when it has them (write-delta.ts says what is missing). */
function baseKeys() {
  const base = siteEnv().SITE_FAST_BASE;
  const file = base ? path.join(base, SEARCH_KEYS_FILE) : null;
  return file && fs.existsSync(file) ? readSearchKeys(file) : null;
}

export async function makeRecordsFile(): Promise<RecordsFile> {
  const [articles, categories, documents, pages, galleries] = await Promise.all([
    getArticles(),
    getCategories(),
    getDocuments(),
    getPages(),
    getGalleries(),
  ]);
  return recordsFile(searchEntries({ articles, categories, documents, pages, galleries }), baseKeys());
}
