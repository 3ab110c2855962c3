import { envChoice, envNumber, envReader, envSwitch, envText, envUrl, envWhole } from '@dbk/shared-types/env';
import { HCM_TIME_ZONE } from '@dbk/shared-types/vi-display';
import { z } from 'zod';

/**
 * Every setting the scripts read, in this one place (documented in .env.example and the README).
 * lib/env.ts only gathers the variables (.env, then the real environment); this reads them: a
 * malformed value stops the command naming the variable, unset takes the default.
 */
export const SCRIPT_ENV = z.object({
  /** another .env file (tests, a second install on one machine) */
  ENV_FILE: envText(),
  // Where the CMS is and the tokens that read or write it.
  CMS_URL: envUrl(),
  STRAPI_BUILD_TOKEN: envText(),
  CMS_IMPORT_TOKEN: envText(),
  // The rebuild service (rebuild/config.ts; why these defaults: debouncer.ts, retry.ts, README).
  REBUILD_WEBHOOK_SECRET: envText(),
  REBUILD_DATA_DIR: envText('var'),
  REBUILD_HOST: envText('127.0.0.1'),
  REBUILD_PORT: envWhole(4322),
  REBUILD_DEBOUNCE_MS: envWhole(3000),
  /** the fast lane: its own short debounce, and the quiet after which the full build follows it */
  REBUILD_FAST_LANE: envSwitch(true),
  REBUILD_FAST_DEBOUNCE_MS: envWhole(300),
  REBUILD_FULL_QUIET_MS: envWhole(10 * 60_000, 1),
  REBUILD_MAX_WAIT_MS: envWhole(30_000),
  REBUILD_KEEP_RELEASES: envWhole(5, 1),
  REBUILD_MIN_ARTICLE_RATIO: envNumber(0.5),
  REBUILD_ALLOW_SHRINK: envSwitch(false),
  REBUILD_TIMEOUT_MS: envWhole(30 * 60_000, 1000),
  REBUILD_RETRY_BASE_MS: envWhole(5000, 1),
  REBUILD_RETRY_MAX_MS: envWhole(5 * 60_000, 1),
  /** HH:MM, or off / false / tat (rebuild/config.ts reads the form) */
  REBUILD_DAILY_AT: envText('00:01'),
  REBUILD_TIMEZONE: envText(HCM_TIME_ZONE),
  REBUILD_ON_START: envSwitch(true),
  REBUILD_SERVE: envSwitch(true),
  REBUILD_PREVIEW: envSwitch(true),
  REBUILD_QUIET_BUILD: envSwitch(false),
  /** set by `npm start`, which starts the service before the CMS */
  REBUILD_WAIT_FOR_CMS: envSwitch(false),
  // The static server of the live release and the draft-preview server.
  SITE_HOST: envText('0.0.0.0'),
  SITE_PORT: envWhole(4321),
  PREVIEW_SECRET: envText(),
  PREVIEW_HOST: envText('0.0.0.0'),
  PREVIEW_PORT: envWhole(4323),
  // Benchmarks (`npm run bench`, bench-views.ts, search-weight.ts).
  BENCH_CONNECTIONS: envWhole(50, 1),
  BENCH_REQUESTS: envWhole(5000, 1),
  BENCH_DB: envChoice(['sqlite', 'postgres'], 'sqlite'),
  BENCH_INSTANCES: envWhole(1, 1),
  BENCH_PORT: envWhole(1347),
  BENCH_REDIS_URL: envText('redis://127.0.0.1:6379'),
  TEST_PG_ADMIN_URL: envText('postgres://postgres@127.0.0.1:5432/postgres'),
  CHROMIUM_PATH: envText('/usr/bin/chromium'),
  // The first super admin, which the test harness puts in the environment of a benchmark's CMS.
  ADMIN_EMAIL: envText(),
  ADMIN_PASSWORD: envText(),
});

export type ScriptEnv = z.output<typeof SCRIPT_ENV>;

/** Reads a gathered environment (loadEnv's, or a test's object). */
export const readScriptEnv = envReader(SCRIPT_ENV);

/** This process's own settings. */
export const scriptEnv = (): ScriptEnv => readScriptEnv(process.env);
