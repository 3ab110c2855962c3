// Indexes search at the end of every `astro build` (npm start, the rebuild service, CI), so no
// release can go out without its index or with one from another build.
//
// The pages emit /search-records.json from the same view models they render
// (src/pages/search-records.json.ts); this integration turns the records into /pagefind/ and
// deletes the file: the full records are build input, not something to publish. Every build also
// writes <outDir>/search-keys.json (lib/search/search-keys.ts). A full build starts indexing while
// its pages render, as soon as the first page has made the records (lib/search/records-hand-off.ts),
// and waits for it at the end. A fast build (SITE_FAST_BASE) leaves /pagefind/ to its base and
// writes only /pagefind-delta/ (lib/search/write-delta.ts), from the file, at the end.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearch } from '../lib/search/build-search.ts';
import type { RecordsFile } from '../lib/search/record-reuse.ts';
import { listenForRecords } from '../lib/search/records-hand-off.ts';
import { siteEnv } from '../env.ts';

export const RECORDS_FILE = 'search-records.json';

/** The base build of a fast build, or null for a full build. */
export const fastBase = (): string | null => siteEnv().SITE_FAST_BASE ?? null;

export function searchIndex(): AstroIntegration {
  let cacheDir: string | undefined;
  let outDir: string | undefined;
  let clientDir: string | undefined;
  let indexing: Promise<string> | null = null;
  return {
    name: 'dbk-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        clientDir = fileURLToPath(config.build.client);
      },
      'astro:build:start': ({ logger }) => {
        indexing = null;
        if (fastBase()) return;
        listenForRecords((file) => {
          logger.info(`Lập chỉ mục tìm kiếm ${file.records.length} mục trong khi dựng các trang`);
          indexing = buildSearch({ ...file, clientDir: clientDir!, outDir: outDir!, cacheDir, fastBase: null });
          // Awaited at the end of the build; until then a failure must not end the process.
          indexing.catch(() => undefined);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const recordsPath = fileURLToPath(new URL(RECORDS_FILE, dir));
        if (!fs.existsSync(recordsPath)) throw new Error(`Thiếu ${RECORDS_FILE} trong bản dựng: không lập được chỉ mục tìm kiếm.`);
        if (indexing && fileURLToPath(dir) !== clientDir)
          throw new Error(`Chỉ mục tìm kiếm đã lập vào ${clientDir}, bản dựng ở ${fileURLToPath(dir)}.`);
        const file = indexing ? null : (JSON.parse(fs.readFileSync(recordsPath, 'utf8')) as RecordsFile);
        fs.rmSync(recordsPath);
        logger.info(
          await (indexing ?? buildSearch({ ...file!, clientDir: fileURLToPath(dir), outDir: outDir!, cacheDir, fastBase: fastBase() })),
        );
      },
    },
  };
}
