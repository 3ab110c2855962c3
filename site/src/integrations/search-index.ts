// Indexes search at the end of every `astro build` (npm start, the rebuild service, CI), so no
// release can go out without its index or with one from another build.
//
// The pages emit /search-records.json from the same view models they render
// (src/pages/search-records.json.ts); this hook turns it into /pagefind/ and deletes it: the full
// records are build input, not something to publish. Every build also writes
// <outDir>/search-keys.json (lib/search/search-keys.ts). A fast build (SITE_FAST_BASE) leaves
// /pagefind/ to its base and writes only /pagefind-delta/ (lib/search/write-delta.ts).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearch } from '../lib/search/build-search.ts';
import type { RecordsFile } from '../lib/search/record-reuse.ts';
import { siteEnv } from '../env.ts';

export const RECORDS_FILE = 'search-records.json';

/** The base build of a fast build, or null for a full build. */
export const fastBase = (): string | null => siteEnv().SITE_FAST_BASE ?? null;

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
        const file = JSON.parse(fs.readFileSync(recordsPath, 'utf8')) as RecordsFile;
        fs.rmSync(recordsPath);
        logger.info(await buildSearch({ ...file, clientDir: fileURLToPath(dir), outDir: outDir!, cacheDir, fastBase: fastBase() }));
      },
    },
  };
}
