import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { defineConfig, sharpImageService } from 'astro/config';
import { dataStoreFile } from './src/integrations/data-store-file.ts';
import { fastLane } from './src/integrations/fast-lane.ts';
import { fastLaneCacheDir } from './src/lib/fast-lane/cache-dir.ts';
import { presortedPages } from './src/integrations/presorted-pages.ts';
import { redirectPages } from './src/integrations/redirect-pages.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteUrlRequired } from './src/integrations/site-url-required.ts';
import { siteEnv } from './src/env.ts';

// Every setting from the environment, checked (src/env.ts): a malformed one stops here, named.
const env = siteEnv();

// Records every page's cache key (page-keys.json); with SITE_FAST_BASE renders only what changed.
const lane = fastLane(env.SITE_FAST_BASE);

// Remote images come from the CMS (or the CDN in MEDIA_URL): sharp processes them at build time.
const mediaHosts = [env.CMS_URL, env.MEDIA_URL]
  .filter(Boolean)
  .map((u) => new URL(u))
  .map((u) => ({ protocol: u.protocol.replace(':', ''), hostname: u.hostname, ...(u.port ? { port: u.port } : {}) }));

export default defineConfig({
  // Required by `astro build` (siteUrlRequired); the default serves `astro dev` and `astro check` only.
  site: env.SITE_URL ?? 'http://localhost:4321',
  outDir: env.SITE_OUT_DIR,
  // Transformed images and the content store persist here between builds (the rebuild service's
  // fresh release folders do not lose them). The benchmark gives each run its own to start cold.
  // A fast build (SITE_FAST_BASE) keeps a cache of its own beside it, sharing the transformed
  // images (src/lib/fast-lane/cache-dir.ts).
  cacheDir: env.SITE_FAST_BASE ? fastLaneCacheDir(env.ASTRO_CACHE_DIR) : env.ASTRO_CACHE_DIR,
  trailingSlash: 'ignore',
  // Every page is prerendered into <outDir>/client/, the static site. The one on-demand route, the
  // draft preview (src/pages/xem-truoc/), goes into <outDir>/server/entry.mjs, a Node server the
  // rebuild service runs next to the CMS; static hosting never sees it (README "Draft preview").
  adapter: node({ mode: 'standalone' }),
  // A publish re-renders only the pages whose data changed: article pages carry a cacheKey
  // (src/lib/data/page-keys.ts) and the others are copied from the previous build's cache in
  // cacheDir. SITE_INCREMENTAL=false renders everything (the site-build test compares the two).
  // A fast build (SITE_FAST_BASE) leaves that cache alone: it renders a few pages of the site, and
  // the next full build must still find the last full build's manifest.
  experimental: { incrementalBuild: env.SITE_INCREMENTAL && !env.SITE_FAST_BASE },
  // Two pages at a time: a page's render waits for its file to be written (and in an incremental
  // build a kept page for its copy out of the cache), so one page renders while the other's file is
  // written. At 10,000 articles on 2 cores (`npm run bench -- --steps gen,cold,warm,fast
  // --fast-change unpublish`): the render of a fast build that shifts 736 listing pages 6.7 s → 4.5 s,
  // of a warm build 22.5 → 18.3 s, of a cold one 103 → 87 s; 4 at a time was no faster and its cold
  // build peaked 250 MB higher. Pages must not depend on the order they are rendered in (the
  // site-build test compares incremental, fast and full builds byte for byte).
  build: { format: 'directory', concurrency: 2 },
  image: {
    remotePatterns: mediaHosts,
    // AVIF at sharp's effort 3 instead of its default 4: measured on a photo resized to 480/800/1200
    // px, 0.15/0.33/0.59 s per picture against 0.62/1.38/2.17 s, files within 1.5 % of the same size.
    // Effort 2 took 29 % off the AVIF encoding of the 10,000-article bench's cold build but made
    // files 5-6 % larger (photos, the bench's pictures), which every reader would pay: not taken.
    // WebP at effort 2 instead of 4: it is the fallback of browsers without AVIF only, 43 % less
    // encoding in that build (24.4 → 13.9 s for its 393 WebP files) for files 2.6-3 % larger.
    // Every width of a new cover is encoded in the publish that brings it, so this is seconds of
    // each publish with a new picture, and most of the cold build's image phase (README
    // "Performance").
    service: sharpImageService({ avif: { effort: 3 }, webp: { effort: 2 } }),
  },
  // Pages that say "not found" or "search" are not content to index. searchIndex writes /pagefind/
  // once the pages are built (see README, "Search"). The sitemap and the redirect pages cover the
  // whole site even when a fast build renders a few pages; the lane's own files come last, once
  // every other file of the build is written.
  integrations: [
    siteUrlRequired(env),
    // The content store is read from a file beside the bundle, not compiled into it (issue 15).
    dataStoreFile(),
    lane.wholeSite(presortedPages(sitemap({ filter: (page) => !/\/(404|tim-kiem)\/?$/.test(new URL(page).pathname) }))),
    searchIndex(),
    redirectPages(lane.sitePageFile),
    lane.integration,
  ],
});
