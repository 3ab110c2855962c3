// Builds the Pagefind bundle from search records with Pagefind's Node API. The binary comes from
// the platform package npm installed next to `pagefind` (@pagefind/linux-x64 here): nothing is
// downloaded at build time.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexCodeIdentity, indexInputHash, pruneShards, restoreIndex, storeIndex, storedShard, storeShard } from './index-cache.ts';
import { mergeShards } from './merge-shards.ts';
import { recordHtml, SORT_DATE, type SearchRecord } from './record-html.ts';
import { shardRanges, shardSizes } from './shard-bounds.ts';

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
  /** the shards the records were cut into (shard-bounds.ts) */
  shards: number;
  /** of them, those Pagefind indexed in this build (the others were kept from the last one) */
  indexed: number;
}

const OPTIONS = { forceLanguage: 'vi' };
const IN_FLIGHT = 64;

/**
 * Records per Pagefind process, on average (shard-bounds.ts: 0.85 × this, at most 4/3). Pagefind
 * holds each record in memory until it writes (about 0.45 MB an article, so 4.4 GB at 10,000): more
 * records than one shard holds are indexed in shards, one process after another, and joined into one
 * index (merge-shards.ts). At 10,000 articles Pagefind peaks at 0.38 GB instead of 4.6 GB in one
 * process (`node scripts/src/search-memory.ts`; 750 per process: 0.54 GB, 1,500: 0.8 GB), in the
 * same time. Shards are kept from one full build to the next, so this is also about what a full
 * build after a publish indexes again: 5.7 s at 500, 10.4 s at 750 (README "Performance").
 */
export const SHARD_RECORDS = 500;

/**
 * Writes the bundle to `outputPath` (replacing whatever was there). Throws on any Pagefind error.
 * With a cacheDir, an index made from the same input is reused, and so is each shard made from the
 * same records as a shard of the last build (index-cache.ts).
 */
export async function writeSearchIndex(
  records: SearchRecord[],
  outputPath: string,
  cacheDir?: string,
  shardRecords = SHARD_RECORDS,
): Promise<IndexStats> {
  // Up to one shard's worth (the sample site, a fast build's delta) goes to one process.
  const ranges: [number, number][] =
    records.length <= shardRecords
      ? [[0, records.length]]
      : shardRanges(
          records.map((record) => record.url),
          shardSizes(shardRecords),
        );
  const parts = ranges.map(([start, end]) => records.slice(start, end));
  // A shard is known by its records and the code that indexes them, not by the HTML made of them:
  // making that HTML is most of the JavaScript time of a full build's index, spent only on the
  // shards Pagefind has to index.
  const hashes = cacheDir ? parts.map((part) => indexInputHash([indexCodeIdentity(), OPTIONS, part])) : null;
  const hash = hashes ? indexInputHash(hashes) : null;
  const counts = { records: records.length, shards: parts.length };
  if (cacheDir && hash && restoreIndex(cacheDir, hash, outputPath)) return { ...measure(outputPath), ...counts, reused: true, indexed: 0 };
  const html = (part: SearchRecord[]) => part.map((record) => ({ url: record.url, content: recordHtml(record) }));
  let indexed = parts.length;
  if (parts.length <= 1) await indexFiles(html(records), outputPath);
  else {
    const shardsDir = `${outputPath}.shards`;
    fs.rmSync(shardsDir, { recursive: true, force: true });
    try {
      const shards: string[] = [];
      for (const [i, part] of parts.entries()) {
        const stored = cacheDir && hashes ? storedShard(cacheDir, hashes[i]!) : null;
        if (stored && fs.existsSync(stored)) {
          shards.push(stored);
          indexed--;
          continue;
        }
        const dir = path.join(shardsDir, String(i));
        await indexFiles(html(part), dir);
        shards.push(cacheDir && hashes ? storeShard(cacheDir, hashes[i]!, dir) : dir);
      }
      await mergeShards(
        shards,
        outputPath,
        (key, page) => {
          const value = key === SORT_DATE ? records[page]?.date : undefined;
          if (!value) throw new Error(`Chỉ mục tìm kiếm: trang ${page} không có khóa sắp xếp ${key}.`);
          return value;
        },
        { keep: Boolean(cacheDir) },
      );
      if (cacheDir && hashes) pruneShards(cacheDir, new Set(hashes));
    } finally {
      fs.rmSync(shardsDir, { recursive: true, force: true });
    }
  }
  for (const entry of fs.readdirSync(outputPath, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && UNUSED.test(entry.name)) fs.rmSync(path.join(entry.parentPath, entry.name));
  }
  if (cacheDir && hash) storeIndex(cacheDir, hash, outputPath);
  return { ...measure(outputPath), ...counts, reused: false, indexed };
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
