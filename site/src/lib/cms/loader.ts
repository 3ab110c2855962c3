// Astro content-layer loaders over the Strapi REST API. Each load makes the collection's store
// exactly what the CMS publishes now, so unpublished or deleted entries disappear: by reading
// everything (SITE_CONTENT_SYNC=full, the default) or only what changed since the previous build
// (delta, the fast lane's): lib/cms/delta-sync.ts. The entries stored are already parsed by the
// collection's schema (the one content.config.ts declares with it), so they are what
// `getCollection` returns, typed by that schema.
import type { Loader } from 'astro/loaders';
import { forgetPreviousStore } from './build-store-file';
import { cmsConfig } from './client';
import type { SiteCollection } from './collections';
import { SITE_SETTING } from './collections';
import { syncCollection, syncSingle } from './delta-sync';
import { heldStart } from './held-start';
import { shareCollection } from './live-store';
import { joinSync } from './sync-barrier';
import { contentSyncMode } from './sync-mode';
import { siteEnv } from '../../env';

/**
 * `npm run typecheck` runs `astro sync` only for the types it generates; it sets SITE_TYPES_ONLY
 * so the loaders leave the store empty instead of asking a CMS that a type check does not need.
 */
const typesOnly = () => siteEnv().SITE_TYPES_ONLY;

export function strapiLoader<VM extends Record<string, unknown>>(collection: SiteCollection<VM>): Loader {
  return {
    name: `strapi:${collection.spec.path}`,
    async load({ collection: name, store, meta, logger, generateDigest, config }) {
      if (typesOnly()) return;
      shareCollection(name, store);
      const barrier = joinSync();
      try {
        await heldStart();
        forgetPreviousStore(config.cacheDir, Boolean(siteEnv().SITE_FAST_BASE));
        const mode = contentSyncMode();
        const result = await syncCollection({
          collection,
          store,
          meta,
          logger,
          generateDigest,
          config: cmsConfig(),
          mode,
          beforeWrite: barrier.ready,
        });
        if (mode === 'delta' && result.how === 'full') logger.info(`${collection.spec.label}: đọc lại toàn bộ (${result.reason})`);
        logger.info(`${store.keys().length} ${collection.spec.label}`);
      } finally {
        barrier.leave();
      }
    },
  };
}

export function siteSettingLoader(): Loader {
  return {
    name: 'strapi:site-setting',
    async load({ collection: name, store, generateDigest }) {
      if (typesOnly()) return;
      shareCollection(name, store);
      const barrier = joinSync();
      try {
        await heldStart();
        await syncSingle({ spec: SITE_SETTING, id: 'site', store, generateDigest, config: cmsConfig(), beforeWrite: barrier.ready });
      } finally {
        barrier.leave();
      }
    },
  };
}
