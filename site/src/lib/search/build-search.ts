// What the search integration does with a build's records (integrations/search-index.ts): a full
// build indexes them all into client/pagefind/ (with an empty client/pagefind-delta/changes.json);
// a fast build (fastBase set) writes only client/pagefind-delta/ against its base. Both write <outDir>/search-keys.json. Returns the line
// to log.
import fs from 'node:fs';
import path from 'node:path';
import { CHANGES_FILE, DELTA_DIR, NO_CHANGES } from './delta-changes.ts';
import { readPageIds } from './page-ids.ts';
import type { SearchRecord } from './record-html.ts';
import { recipe, recordKey, SEARCH_KEYS_FILE, writeSearchKeys, type MainEntry } from './search-keys.ts';
import { writeSearchDelta } from './write-delta.ts';
import { writeSearchIndexOffThread } from './index-thread.ts';

export interface SearchBuild {
  /** the records this build made */
  records: SearchRecord[];
  /** url → key of the records a fast build did not make, unchanged since its base (record-reuse.ts) */
  reused: Record<string, string>;
  /** url → digest of every record's inputs, kept in search-keys.json for the next fast build */
  sources: Record<string, string>;
  /** the static site (<outDir>/client/) */
  clientDir: string;
  /** the build directory: search-keys.json goes there, outside the published files */
  outDir: string;
  /** Astro's cacheDir: a full build reuses an index made from the same input (index-cache.ts) */
  cacheDir?: string;
  /** the base build directory of a fast build; null for a full build */
  fastBase: string | null;
}

export async function buildSearch({ records, reused, sources, clientDir, outDir, cacheDir, fastBase }: SearchBuild): Promise<string> {
  const started = Date.now();
  const keys = { ...reused, ...Object.fromEntries(records.map((r) => [r.url, recordKey(r)])) };
  const keysFile = path.join(outDir, SEARCH_KEYS_FILE);
  if (fastBase) {
    const delta = await writeSearchDelta(records, keys, fastBase, path.join(clientDir, DELTA_DIR));
    writeSearchKeys(keysFile, { ...delta.keys, sources });
    const { indexed, replaced, removed } = delta.stats;
    return (
      `Chỉ mục tìm kiếm bổ sung: ${indexed} mục mới hoặc đã sửa (${replaced} thay bản trong chỉ mục chính), ` +
      `${removed} mục đã gỡ (${Date.now() - started} ms)`
    );
  }
  if (Object.keys(reused).length > 0) throw new Error('Bản dựng đầy đủ phải tự tạo mọi mục tìm kiếm.');
  const bundle = path.join(clientDir, 'pagefind');
  const stats = await writeSearchIndexOffThread(records, bundle, cacheDir);
  const ids = readPageIds(bundle);
  const main: Record<string, MainEntry> = {};
  for (const [url, key] of Object.entries(keys)) {
    const page = ids.get(url);
    if (!page) throw new Error(`Chỉ mục tìm kiếm thiếu trang ${url}.`);
    main[url] = { key, page };
  }
  writeSearchKeys(keysFile, { version: 1, recipe: recipe(), records: keys, main, sources });
  const delta = path.join(clientDir, DELTA_DIR);
  fs.rmSync(delta, { recursive: true, force: true });
  fs.mkdirSync(delta);
  fs.writeFileSync(path.join(delta, CHANGES_FILE), JSON.stringify(NO_CHANGES));
  return (
    `Chỉ mục tìm kiếm: ${stats.records} mục, ${stats.files} tệp, ${(stats.bytes / 1024).toFixed(0)} KB (${Date.now() - started} ms` +
    `${stats.reused ? ', dùng lại bản của lần dựng trước: nội dung tìm kiếm không đổi' : stats.shards > 1 ? `, ${stats.shards} phần, lập lại ${stats.indexed}` : ''})`
  );
}
