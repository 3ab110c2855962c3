import { envReader, envSwitch, envText, envUrl, envWhole } from '@dbk/shared-types/env';
import { z } from 'zod';

/**
 * Every setting the project itself adds to the CMS, read from the environment in this one place
 * (documented in .env.example). A malformed value stops the start naming the variable; unset
 * takes the default. Strapi's own settings (HOST, PORT, DATABASE_*, APP_KEYS, the secrets) stay in
 * config/*.ts with Strapi's `env()` helper, the way Strapi documents them.
 */
export const CMS_ENV = z.object({
  // First start: sample content and the first super admin (written into .env by `npm start`).
  SEED_SAMPLE_CONTENT: envSwitch(true),
  ADMIN_EMAIL: envText(),
  ADMIN_PASSWORD: envText(),
  // Strapi's limit on admin logins per e-mail and address in 5 minutes (the browser tests raise it).
  ADMIN_LOGIN_RATE_MAX: envWhole(5, 1),
  // One log line per request; unset: on in development only (config/middlewares.ts).
  REQUEST_LOG: envSwitch(undefined),
  CRON_PUBLISH_RULE: envText('0 * * * * *'),
  // Plaintexts of the content API tokens (lib/access.ts TOKENS).
  STRAPI_BUILD_TOKEN: envText(),
  STRAPI_PREVIEW_TOKEN: envText(),
  CMS_IMPORT_TOKEN: envText(),
  // Draft preview button (config/admin.ts).
  PREVIEW_URL: envUrl(),
  PREVIEW_SECRET: envText(),
  // Reader interactions (lib/interactions/settings.ts).
  READER_VIEW_WINDOW_MINUTES: envWhole(60, 1),
  READER_VISIT_SESSION_MINUTES: envWhole(30, 1),
  READER_COMMENT_MIN_SECONDS: envWhole(3, 0),
  READER_VISITS_BASE: envWhole(0, 0),
  // State shared by several instances (lib/shared-store.ts); redis:// is not an http address.
  REDIS_URL: envText(),
  REDIS_KEY_PREFIX: envText('dbk'),
  // Where a publish is announced (publish/targets.ts checks how they fit together).
  REBUILD_WEBHOOK_URL: envUrl(),
  REBUILD_WEBHOOK_SECRET: envText(),
  GITHUB_DISPATCH_REPO: envText(),
  GITHUB_DISPATCH_TOKEN: envText(),
  GITHUB_API_URL: envUrl(),
  GITHUB_DISPATCH_EVENT: envText(),
  // A comma-separated list: one bad entry is logged and skipped, the others still notified.
  BUILD_HOOK_URLS: envText(),
  // 1, 2, 4, 8, 16 s: a rebuild service restarting (as during `npm start`) is back in time.
  NOTIFY_RETRY_ATTEMPTS: envWhole(6, 1),
  NOTIFY_RETRY_BASE_MS: envWhole(1000),
  NOTIFY_TIMEOUT_MS: envWhole(10_000),
  // One admin action writes its rows within milliseconds; a burst spread wider still coalesces in
  // the rebuild service, which runs one build at a time (README "Two lanes").
  NOTIFY_BATCH_MS: envWhole(300),
  // Uploads in an S3-compatible bucket (lib/upload-storage.ts).
  UPLOAD_S3_BUCKET: envText(),
  UPLOAD_S3_REGION: envText(),
  UPLOAD_S3_ENDPOINT: envUrl(),
  UPLOAD_S3_BASE_URL: envUrl(),
  UPLOAD_S3_ROOT_PATH: envText(),
  UPLOAD_S3_ACL: envText(),
  UPLOAD_S3_FORCE_PATH_STYLE: envSwitch(false),
  UPLOAD_S3_ACCESS_KEY_ID: envText(),
  UPLOAD_S3_SECRET_ACCESS_KEY: envText(),
});

export type CmsEnv = z.output<typeof CMS_ENV>;

/** Parses a given environment (tests); `cmsEnv()` is the process's. */
export const readCmsEnv = envReader(CMS_ENV);

/** The CMS's settings from process.env. Read when asked, not at import: Strapi loads .env first. */
export const cmsEnv = (): CmsEnv => readCmsEnv(process.env);
