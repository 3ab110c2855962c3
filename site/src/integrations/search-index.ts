// Indexes search at the end of every `astro build` (npm start, the rebuild service, CI), so no
// release can go out without its index or with one from another build.
//
// The pages emit /search-records.json from the same view models they render
// (src/pages/search-records.json.ts); this hook turns it into /pagefind/ and deletes it: the full
// records are build input, not something to publish. Every build also writes
// <outDir>/search-keys.json (lib/search/search-keys.ts). A fast build (SITE_FAST_BASE) leaves
// /pagefind/ to its base and writes only /pagefind-delta/ (lib/search/write-delta.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DELTA_DIR } from '../lib/search/delta-changes.ts';
import { readPageIds } from '../lib/search/page-ids.ts';
import type { SearchRecord } from '../lib/search/record-html.ts';
import { recordKey, SEARCH_KEYS_FILE, writeSearchKeys, type MainEntry } from '../lib/search/search-keys.ts';
import { writeSearchDelta } from '../lib/search/write-delta.ts';
import { indexFiles, writeIndexFiles } from '../lib/search/write-index.ts';

export const RECORDS_FILE = 'search-records.json';

/**
 * The base build of a fast build, or null for a full build.
 * TODO(merge): read SITE_FAST_BASE through site/src/env.ts (helper fastbuild adds it there).
 */
export const fastBase = (): string | null => process.env['SITE_FAST_BASE'] || null;

export function searchIndex(): AstroIntegration {
  let cacheDir: string | undefined;
  let outDir: string | undefined;
  return {
    name: 'dbk-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const recordsPath = fileURLToPath(new URL(RECORDS_FILE, dir));
        if (!fs.existsSync(recordsPath)) throw new Error(`Thiếu ${RECORDS_FILE} trong bản dựng: không lập được chỉ mục tìm kiếm.`);
        const records = JSON.parse(fs.readFileSync(recordsPath, 'utf8')) as SearchRecord[];
        fs.rmSync(recordsPath);
        const started = Date.now();
        const files = indexFiles(records);
        const keys = Object.fromEntries(files.map((f) => [f.url, recordKey(f.content)]));
        const keysFile = path.join(outDir!, SEARCH_KEYS_FILE);
        const base = fastBase();
        if (base) {
          const delta = await writeSearchDelta(files, keys, base, fileURLToPath(new URL(`${DELTA_DIR}/`, dir)));
          writeSearchKeys(keysFile, delta.keys);
          const { indexed, replaced, removed } = delta.stats;
          logger.info(
            `Chỉ mục tìm kiếm bổ sung: ${indexed} mục mới hoặc đã sửa (${replaced} thay bản trong chỉ mục chính), ${removed} mục đã gỡ (${Date.now() - started} ms)`,
          );
          return;
        }
        const bundle = fileURLToPath(new URL('pagefind/', dir));
        const stats = await writeIndexFiles(files, bundle, cacheDir);
        const ids = readPageIds(bundle);
        const main: Record<string, MainEntry> = {};
        for (const [url, key] of Object.entries(keys)) {
          const page = ids.get(url);
          if (!page) throw new Error(`Chỉ mục tìm kiếm thiếu trang ${url}.`);
          main[url] = { key, page };
        }
        writeSearchKeys(keysFile, { version: 1, records: keys, main });
        logger.info(
          `Chỉ mục tìm kiếm: ${stats.records} mục, ${stats.files} tệp, ${(stats.bytes / 1024).toFixed(0)} KB (${Date.now() - started} ms` +
            `${stats.reused ? ', dùng lại bản của lần dựng trước: nội dung tìm kiếm không đổi' : ''})`,
        );
      },
    },
  };
}
