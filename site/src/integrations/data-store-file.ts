// The content store as a file beside the bundle, not inside it (issue 15).
//
// Astro 7 puts the whole content store into the bundle as one module,
// `export default JSON.parse("<the store>")`: at 10,000 articles a 36 MB string literal that Vite
// carries through both bundles (the prerenderer's and the preview server's), and that Node then
// compiles for about 7 s before the first page renders, in every build, fast or full (measured with
// `npm run bench -- --steps gen,cold,fast --profile-fast`: compileSourceTextModule 7.1 s of a 40 s
// fast build; importing such a module on its own takes 7–9 s where reading and parsing the same
// JSON takes 1 s).
//
// In `astro build` this plugin answers for that module first: it copies the store Astro wrote
// (<cacheDir>/data-store.json, the single-file format) next to each bundle as data-store.json
// and gives a module that reads it when first imported. Same data, same parse (JSON, then devalue
// in Astro's ImmutableDataStore.fromModule), so pages come out the same; the release's preview
// server reads the copy inside its own server/ folder, never the cache a later build rewrites.
// The build itself does not read the copy: its loaders ran in the same process a moment before and
// the module takes their store from memory (lib/cms/live-store.ts), the same map the file gives.
// `astro dev` keeps Astro's module (it reloads it when the store changes).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildStoreFile } from '../lib/cms/build-store-file.ts';

/** Astro's id for the store's module (astro/dist/content/consts.js, RESOLVED_DATA_STORE_VIRTUAL_ID). */
const STORE_MODULE = '\0astro:data-layer-content';
/** The copy's name in each bundle's folder. */
export const STORE_FILE = 'data-store.json';
/** What the store module imports to take the loaders' store in memory. */
const LIVE_STORE_MODULE = fileURLToPath(new URL('../lib/cms/live-store.ts', import.meta.url));
/** Replaced in each chunk by the copy's path relative to that chunk. */
const PLACEHOLDER = '__DBK_DATA_STORE_PATH__';

export function dataStoreFile(): AstroIntegration {
  let store = '';
  const plugin = {
    name: 'dbk-data-store-file',
    enforce: 'pre' as const,
    load: {
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(id: string) {
        if (id !== STORE_MODULE) return null;
        // A store that cannot be read must stop the build: Astro turns any error of this module
        // into an empty store (ImmutableDataStore.fromModule's catch), i.e. an empty site.
        // The build's own loaders' store when they ran in this process (lib/cms/live-store.ts),
        // the file otherwise (the release's preview server).
        const code = [
          `import { readFileSync } from 'node:fs';`,
          `import { liveStore } from ${JSON.stringify(LIVE_STORE_MODULE)};`,
          `let data = liveStore();`,
          `if (!data) {`,
          `  try { data = JSON.parse(readFileSync(new URL(${JSON.stringify(PLACEHOLDER)}, import.meta.url), 'utf8')); }`,
          `  catch (e) { console.error('Không đọc được kho nội dung ${STORE_FILE}: ' + e.message); process.exit(1); }`,
          `}`,
          `export default data;`,
        ].join('\n');
        // Content data, as Astro marks its own module: incremental builds track content by page
        // keys, not by this module's code (astro/dist/core/build/incremental-metadata.js).
        return { code, meta: { astroIncremental: { kind: 'content-data' } } };
      },
    },
    renderChunk(code: string, chunk: { fileName: string }) {
      if (!code.includes(PLACEHOLDER)) return null;
      const rel = path.posix.relative(path.posix.dirname(chunk.fileName), STORE_FILE);
      return { code: code.replaceAll(PLACEHOLDER, rel.startsWith('.') ? rel : `./${rel}`), map: null };
    },
    writeBundle(options: { dir?: string }, bundle: Record<string, { type: string; code?: string }>) {
      const uses = Object.values(bundle).some((c) => c.type === 'chunk' && c.code?.includes(STORE_FILE));
      if (!uses || !options.dir) return;
      if (!fs.existsSync(store)) throw new Error(`Không có kho nội dung ${store} để chép vào bản dựng.`);
      // A hard link, not a 35 MB copy per bundle: Astro replaces the cache's store by a rename
      // (writeFileAtomic), never in place, so the release keeps the text it was built from.
      const copy = path.join(options.dir, STORE_FILE);
      fs.rmSync(copy, { force: true });
      try {
        fs.linkSync(store, copy);
      } catch {
        fs.copyFileSync(store, copy); // another file system
      }
    },
  };
  return {
    name: 'dbk-data-store-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        store = buildStoreFile(config.cacheDir);
        const storage = config.experimental.collectionStorage;
        if (storage && storage !== 'single-file') throw new Error('dbk-data-store-file cần experimental.collectionStorage "single-file".');
      },
      // First among the build's plugins: Astro's own plugin answers for the same module, and the
      // first answer wins (a plugin added through updateConfig would come after Astro's).
      'astro:build:setup': ({ vite }) => {
        vite.plugins = [plugin, ...(vite.plugins ?? [])];
      },
    },
  };
}
