import { PREVIEW_SECRET_MIN_LENGTH } from '@dbk/shared-types';
import path from 'node:path';
import { ROOT } from '../lib/paths.ts';
import { readScriptEnv } from '../lib/settings.ts';

export interface RebuildConfig {
  /** holds releases/ and the live symlink */
  dataDir: string;
  host: string;
  port: number;
  secret: string;
  /** debounce of a change the full build serves (no fast lane possible) */
  quietMs: number;
  maxWaitMs: number;
  /** take the fast lane for CMS changes when the live release allows it (README "Two lanes") */
  fastLane: boolean;
  /** debounce of a change the fast lane serves */
  fastQuietMs: number;
  /** the full build follows fast releases after this long without a change */
  fullQuietMs: number;
  keepReleases: number;
  minArticleRatio: number;
  allowShrink: boolean;
  buildTimeoutMs: number;
  /** a failed build is tried again after retryBaseMs, doubling up to retryMaxMs (retry.ts) */
  retryBaseMs: number;
  retryMaxMs: number;
  /** local time of the daily rebuild, null when disabled */
  dailyAt: { hour: number; minute: number } | null;
  timeZone: string;
  buildOnStart: boolean;
  /** serve the live folder over HTTP (off when nginx or caddy serves it) */
  serve: { host: string; port: number } | null;
  /** run the live release's draft-preview server (on when PREVIEW_SECRET is set) */
  preview: { host: string; port: number } | null;
  quietBuild: boolean;
  /** environment of the site build: CMS_URL, STRAPI_BUILD_TOKEN, SITE_URL, PATH... */
  buildEnv: NodeJS.ProcessEnv;
}

function dailyAt(value: string): RebuildConfig['dailyAt'] {
  if (['off', 'false', 'tat'].includes(value.toLowerCase())) return null;
  const m = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new Error(`REBUILD_DAILY_AT phải có dạng HH:MM hoặc "off", nhận được "${value}"`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** Where the static server of the live folder listens (`npm run serve-site`, or the service itself). */
export const siteServeFrom = (env: NodeJS.ProcessEnv) => {
  const { SITE_HOST: host, SITE_PORT: port } = readScriptEnv(env);
  return { host, port };
};

/** The folder holding releases/ and live (var/ at the root unless REBUILD_DATA_DIR says otherwise). */
export const dataDirFrom = (env: NodeJS.ProcessEnv) => path.resolve(ROOT, readScriptEnv(env).REBUILD_DATA_DIR);

/** Reads the service's settings; a missing secret or CMS address is an error, never a default. */
export function rebuildConfig(env: NodeJS.ProcessEnv): RebuildConfig {
  const settings = readScriptEnv(env);
  const secret = settings.REBUILD_WEBHOOK_SECRET ?? '';
  if (secret.length < 16)
    throw new Error('REBUILD_WEBHOOK_SECRET chưa đặt hoặc ngắn hơn 16 ký tự: dịch vụ dựng lại không chạy khi không xác thực được yêu cầu.');
  if (!settings.CMS_URL) throw new Error('Thiếu CMS_URL: bản dựng không biết lấy nội dung từ đâu.');
  if (!settings.STRAPI_BUILD_TOKEN) throw new Error('Thiếu STRAPI_BUILD_TOKEN: bản dựng cần token chỉ đọc của CMS.');
  return {
    dataDir: dataDirFrom(env),
    host: settings.REBUILD_HOST,
    port: settings.REBUILD_PORT,
    secret,
    // Why 3 s / 30 s: see debouncer.ts and the README.
    quietMs: settings.REBUILD_DEBOUNCE_MS,
    maxWaitMs: settings.REBUILD_MAX_WAIT_MS,
    // 1 s: a bulk publish still arrives as one batch (the CMS notifier batches for 1 s), and a
    // fast build costs seconds, so waiting longer than the notifier would only delay readers.
    fastLane: settings.REBUILD_FAST_LANE,
    fastQuietMs: settings.REBUILD_FAST_DEBOUNCE_MS,
    // 10 min: see README "Two lanes" (a burst of edits is over; the full build reconciles it once).
    fullQuietMs: settings.REBUILD_FULL_QUIET_MS,
    keepReleases: settings.REBUILD_KEEP_RELEASES,
    minArticleRatio: settings.REBUILD_MIN_ARTICLE_RATIO,
    allowShrink: settings.REBUILD_ALLOW_SHRINK,
    buildTimeoutMs: settings.REBUILD_TIMEOUT_MS,
    // 5 s: a CMS restart is over by then; 5 min: an outage of hours costs one build every 5 minutes.
    retryBaseMs: settings.REBUILD_RETRY_BASE_MS,
    retryMaxMs: settings.REBUILD_RETRY_MAX_MS,
    dailyAt: dailyAt(settings.REBUILD_DAILY_AT),
    timeZone: settings.REBUILD_TIMEZONE,
    buildOnStart: settings.REBUILD_ON_START,
    serve: settings.REBUILD_SERVE ? siteServeFrom(env) : null,
    preview:
      (settings.PREVIEW_SECRET?.length ?? 0) >= PREVIEW_SECRET_MIN_LENGTH && settings.REBUILD_PREVIEW
        ? { host: settings.PREVIEW_HOST, port: settings.PREVIEW_PORT }
        : null,
    quietBuild: settings.REBUILD_QUIET_BUILD,
    buildEnv: env,
  };
}
