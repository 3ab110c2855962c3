import { envChoice, envDay, envReader, envSwitch, envText, envUrl } from '@dbk/shared-types/env';
import path from 'node:path';
import { z } from 'zod';

/** The fast lane's base build: an absolute folder, so the same value means the same build wherever
 * `astro build` runs from (its cwd is site/, the rebuild service's is the repository). */
const absoluteDir = () =>
  envText().transform((value, ctx) => {
    if (value === undefined || path.isAbsolute(value)) return value;
    ctx.addIssue({
      code: 'custom',
      message: `phải là đường dẫn tuyệt đối tới thư mục bản dựng gốc (có client/ và page-keys.json), nhận được "${value}"`,
    });
    return z.NEVER;
  });

/**
 * Every setting of the site build and the preview server, read from the environment in this one
 * place (as notum-cz/strapi-next-monorepo-starter's apps/ui/src/env.mjs). A malformed value stops
 * the build naming the variable; unset takes the default. Build-time and server only: the browser
 * scripts never import it (they get what they need as data attributes of the built pages).
 */
export const SITE_ENV = z.object({
  /** the public address; `astro build` requires it (integrations/site-url-required.ts) */
  SITE_URL: envUrl(),
  SITE_OUT_DIR: envText('./dist'),
  /** transformed images and the content store between builds; the benchmark gives each run its own */
  ASTRO_CACHE_DIR: envText('./node_modules/.astro'),
  /** off: every page is rendered again (the site-build test compares both) */
  SITE_INCREMENTAL: envSwitch(true),
  /** fast lane (integrations/fast-lane.ts): render only the pages whose key differs from this
   * build's page-keys.json; unset: a full build */
  SITE_FAST_BASE: absoluteDir(),
  /** set by the rebuild service for a build it starts ahead of a publish: the loaders wait for
   * "go" on stdin before reading the CMS (lib/cms/held-start.ts) */
  SITE_HOLD_START: envSwitch(false),
  /** how the loaders read the CMS (lib/cms/sync-mode.ts): auto = delta in a fast build, full otherwise */
  SITE_CONTENT_SYNC: envChoice(['auto', 'full', 'delta'], 'auto'),
  /** set by `npm run check`: the loaders leave the store empty instead of asking a CMS */
  SITE_TYPES_ONLY: envSwitch(false),
  /** pins the day pages are built for (tests, reproducible builds); unset: today in Việt Nam */
  SITE_TODAY: envDay(),
  // The CMS as the build reaches it, and as readers' browsers do (view counts, comments).
  CMS_URL: envUrl(),
  PUBLIC_CMS_URL: envUrl(),
  /** media from a CDN instead of the CMS */
  MEDIA_URL: envUrl(),
  STRAPI_BUILD_TOKEN: envText(),
  STRAPI_PREVIEW_TOKEN: envText(),
  /** checks the signed links of the draft-preview server */
  PREVIEW_SECRET: envText(),
});

export type SiteEnv = z.output<typeof SITE_ENV>;

/** Reads a given environment (tests); `siteEnv()` is the process's. */
export const readSiteEnv = envReader(SITE_ENV);

export const siteEnv = (): SiteEnv => readSiteEnv(process.env);
