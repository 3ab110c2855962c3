// How the loaders read the CMS: "full" reads every entry of every collection, "delta" only what
// changed since the previous sync (lib/cms/delta-sync.ts). SITE_CONTENT_SYNC=auto (the default)
// gives a fast build (SITE_FAST_BASE) a delta and every other build a full read: the full build
// behind the fast lane reconciles anything a delta could miss (media edits, writes that bypass
// Strapi). A fast build keeps its own cacheDir (astro.config.mjs), so its store is synced against
// its own previous sync.
import { siteEnv, type SiteEnv } from '../../env';

export type ContentSyncMode = 'full' | 'delta';

export function contentSyncMode(env: Pick<SiteEnv, 'SITE_CONTENT_SYNC' | 'SITE_FAST_BASE'> = siteEnv()): ContentSyncMode {
  const { SITE_CONTENT_SYNC: mode, SITE_FAST_BASE: fastBase } = env;
  if (mode !== 'auto') return mode;
  return fastBase ? 'delta' : 'full';
}
