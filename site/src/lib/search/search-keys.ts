// search-keys.json: what each URL's search record was in a build, so a fast build can tell which
// records changed without indexing the archive again. Written by every build next to client/
// (the build directory's layout: FAST-LANE-CONTRACT in the project notes, README "Search").
//
//   { "version": 1,
//     "records": { "<url>": "<key>" },                 this build's records
//     "main": { "<url>": { "key": "<key>", "page": "<Pagefind page id>" } } }
//
// `main` describes /pagefind/, the index the last full build wrote: a full build fills it from its
// own records, a fast build copies it forward from its base unchanged, so every delta is taken
// against the main index the release really serves (not against the previous fast release).
// The page id is the name Pagefind gives the record's fragment, which is also the `id` of its
// search results: the browser hides replaced and removed records of the main index by it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';

export const SEARCH_KEYS_FILE = 'search-keys.json';

export interface MainEntry {
  key: string;
  page: string;
}

export interface SearchKeys {
  version: 1;
  records: Record<string, string>;
  main: Record<string, MainEntry>;
}

/** The key of a record: a hash of the exact HTML Pagefind is given (its text, meta, filters and sort). */
export function recordKey(html: string): string {
  return createHash('sha256').update(html).digest('hex').slice(0, 20);
}

export function readSearchKeys(file: string): SearchKeys {
  const keys = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SearchKeys>;
  if (keys.version !== 1 || typeof keys.records !== 'object' || typeof keys.main !== 'object' || !keys.records || !keys.main)
    throw new Error(`${file} không phải tệp khóa tìm kiếm phiên bản 1.`);
  return keys as SearchKeys;
}

export function writeSearchKeys(file: string, keys: SearchKeys): void {
  fs.writeFileSync(file, JSON.stringify(keys));
}
