// Indexes search at the end of every `astro build` (npm start, the rebuild service, CI), so no
// release can go out without its index or with one from another build.
//
// The pages emit /search-records.json from the same view models they render
// (src/pages/search-records.json.ts); this hook turns it into /pagefind/ and deletes it: the full
// records are build input, not something to publish.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SearchRecord } from '../lib/search/record-html.ts';
import { writeSearchIndex } from '../lib/search/write-index.ts';

export const RECORDS_FILE = 'search-records.json';

export function searchIndex(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'dbk-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const recordsPath = fileURLToPath(new URL(RECORDS_FILE, dir));
        if (!fs.existsSync(recordsPath)) throw new Error(`Thiếu ${RECORDS_FILE} trong bản dựng: không lập được chỉ mục tìm kiếm.`);
        const records = JSON.parse(fs.readFileSync(recordsPath, 'utf8')) as SearchRecord[];
        fs.rmSync(recordsPath);
        const started = Date.now();
        const stats = await writeSearchIndex(records, fileURLToPath(new URL('pagefind/', dir)), cacheDir);
        logger.info(
          `Chỉ mục tìm kiếm: ${stats.records} mục, ${stats.files} tệp, ${(stats.bytes / 1024).toFixed(0)} KB (${Date.now() - started} ms` +
            `${stats.reused ? ', dùng lại bản của lần dựng trước: nội dung tìm kiếm không đổi' : ''})`,
        );
      },
    },
  };
}
