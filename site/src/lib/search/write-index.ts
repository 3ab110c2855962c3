// Builds the Pagefind bundle from search records with Pagefind's Node API. The binary comes from
// the platform package npm installed next to `pagefind` (@pagefind/linux-x64 here): nothing is
// downloaded at build time.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexInputHash, restoreIndex, storeIndex } from './index-cache.ts';
import { mergeShards } from './merge-shards.ts';
import { recordHtml, SORT_DATE, type SearchRecord } from './record-html.ts';

// Pagefind also writes its ready-made UIs; the search page has its own, so they would only be
// dead weight in every release.
const UNUSED = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/u;

export interface IndexStats {
  records: number;
  files: number;
  /** bytes of the bundle as written (Pagefind's index files are gzip-compressed already) */
  bytes: number;
  /** taken from the cache: the input had not changed since the index stored there */
  reused: boolean;
}

const OPTIONS = { forceLanguage: 'vi' };
const IN_FLIGHT = 64;

/**
 * Records per Pagefind process. Pagefind holds each record in memory until it writes (about 0.45 MB
 * an article, so 4.4 GB at 10,000): more records than this are indexed in shards of this size, one
 * process after another, and joined into one index (merge-shards.ts). At 10,000 articles Pagefind
 * peaks at 0.46 GB instead of 4.6 GB, and the whole takes 81 s instead of 97 s
 * (`node scripts/src/search-memory.ts`; 1,500 per process: 0.8 GB).
 */
export const SHARD_RECORDS = 750;

/**
 * Writes the bundle to `outputPath` (replacing whatever was there). Throws on any Pagefind error.
 * With a cacheDir, an index made from the same input is reused (index-cache.ts).
 */
export async function writeSearchIndex(
  records: SearchRecord[],
  outputPath: string,
  cacheDir?: string,
  shardRecords = SHARD_RECORDS,
): Promise<IndexStats> {
  const files = records.map((record) => ({ url: record.url, content: recordHtml(record) }));
  const hash = cacheDir ? indexInputHash([OPTIONS, files]) : null;
  if (cacheDir && hash && restoreIndex(cacheDir, hash, outputPath))
    return { ...measure(outputPath), records: records.length, reused: true };
  if (files.length <= shardRecords) await indexFiles(files, outputPath);
  else {
    const shardsDir = `${outputPath}.shards`;
    fs.rmSync(shardsDir, { recursive: true, force: true });
    try {
      const shards: string[] = [];
      for (let start = 0; start < files.length; start += shardRecords) {
        shards.push(path.join(shardsDir, String(shards.length)));
        await indexFiles(files.slice(start, start + shardRecords), shards.at(-1)!);
      }
      await mergeShards(shards, outputPath, (key, page) => {
        const value = key === SORT_DATE ? records[page]?.date : undefined;
        if (!value) throw new Error(`Chỉ mục tìm kiếm: trang ${page} không có khóa sắp xếp ${key}.`);
        return value;
      });
    } finally {
      fs.rmSync(shardsDir, { recursive: true, force: true });
    }
  }
  for (const entry of fs.readdirSync(outputPath, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && UNUSED.test(entry.name)) fs.rmSync(path.join(entry.parentPath, entry.name));
  }
  if (cacheDir && hash) storeIndex(cacheDir, hash, outputPath);
  return { ...measure(outputPath), records: records.length, reused: false };
}

/**
 * One Pagefind process indexes `files` into `outputPath` (replacing it), then ends: its memory goes
 * with it. (Two shards at once in one process took as long: Pagefind already writes on both cores.)
 */
async function indexFiles(files: { url: string; content: string }[], outputPath: string): Promise<void> {
  const fail = (what: string, errors: string[]) => {
    throw new Error(`Không lập được chỉ mục tìm kiếm (${what}): ${errors.join('; ')}`);
  };
  const created = await pagefind.createIndex(OPTIONS);
  if (!created.index) fail('createIndex', created.errors);
  const index = created.index!;
  try {
    // Several records in flight: in a full build the main thread is rendering pages meanwhile
    // (records-hand-off.ts), and one round trip at a time would wait for it at every record.
    // Pagefind still numbers them in the order sent.
    let next = 0;
    const send = async () => {
      while (next < files.length) {
        const file = files[next++]!;
        const { errors } = await index.addHTMLFile(file);
        if (errors.length > 0) fail(file.url, errors);
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, files.length) }, send));
    fs.rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
}

function measure(outputPath: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(outputPath, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
