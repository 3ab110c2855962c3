// search-keys.json: what each URL's search record was in a build, so a fast build can tell which
// records changed without indexing the archive again. Written by every build next to client/
// (the build directory's layout: FAST-LANE-CONTRACT in the project notes, README "Search").
//
//   { "version": 1,
//     "recipe": "<hash>",                               how records become Pagefind HTML (below)
//     "records": { "<url>": "<key>" },                 this build's records
//     "main": { "<url>": { "key": "<key>", "page": "<Pagefind page id>" } },
//     "sources": { "<url>": "<digest of the record's inputs>" } }     (record-reuse.ts)
//
// `main` describes /pagefind/, the index the last full build wrote: a full build fills it from its
// own records, a fast build copies it forward from its base unchanged, so every delta is taken
// against the main index the release really serves (not against the previous fast release).
// The page id is the name Pagefind gives the record's fragment, which is also the `id` of its
// search results: the browser hides replaced and removed records of the main index by it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { recordHtml, type SearchRecord } from './record-html.ts';

export { SEARCH_KEYS_FILE } from '@dbk/shared-types';

export interface MainEntry {
  key: string;
  page: string;
}

export interface SearchKeys {
  version: 1;
  recipe: string;
  records: Record<string, string>;
  main: Record<string, MainEntry>;
  /** url → digest of what the record is made from (record-reuse.ts); absent in older files */
  sources?: Record<string, string>;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 20);

/**
 * The key of a record: a hash of the record itself, from which recordHtml makes the HTML Pagefind is
 * given (text, meta, filters, sort). Not of that HTML: making it costs about a millisecond per
 * record (folding, toned and pair words), which a fast build must not spend on 10,000 unchanged
 * articles. What the HTML would be for the same record is pinned by `recipe`.
 */
export const recordKey = (record: SearchRecord): string => hash(JSON.stringify(record));

// A record that goes through every step of recordHtml: tones, đ, a document number, a date,
// categories, repeated words.
const PROBE: SearchRecord = {
  url: '/van-ban/mau/',
  kind: 'van-ban',
  title: 'Nghị quyết số 35-NQ/TW về Đảng bộ',
  date: '2020-08-17T08:33',
  categories: ['van-ban', 'nghi-quyet'],
  excerpt: 'Ðảng bộ Khối “tăng cường” bảo vệ nền tảng tư tưởng',
  body: 'Đảng bộ đang họp, đang họp, đang họp, đang họp. Quy định số 08 - QĐi/TW. Hội nghị & hồi ký <b>.',
  documentNumbers: ['35-NQ/TW'],
};

/**
 * How this code turns records into Pagefind HTML: a hash of the probe record's HTML. A fast build
 * whose recipe differs from its base's (the code changed) cannot take the base's keys as they are.
 */
export const recipe = (): string => hash(recordHtml(PROBE));

export function readSearchKeys(file: string): SearchKeys {
  const keys = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SearchKeys>;
  if (
    keys.version !== 1 ||
    typeof keys.recipe !== 'string' ||
    typeof keys.records !== 'object' ||
    typeof keys.main !== 'object' ||
    !keys.records ||
    !keys.main
  )
    throw new Error(`${file} không phải tệp khóa tìm kiếm phiên bản 1.`);
  return keys as SearchKeys;
}

export function writeSearchKeys(file: string, keys: SearchKeys): void {
  fs.writeFileSync(file, JSON.stringify(keys));
}
