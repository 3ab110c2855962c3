import { PREVIEW_SECRET_MIN_LENGTH } from '@dbk/shared-types';
import path from 'node:path';
import { ROOT } from '../lib/paths.ts';

export interface RebuildConfig {
  /** holds releases/ and the live symlink */
  dataDir: string;
  host: string;
  port: number;
  secret: string;
  quietMs: number;
  maxWaitMs: number;
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

function number(env: NodeJS.ProcessEnv, key: string, fallback: number, min = 0): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new Error(`${key} phải là số ≥ ${min}, nhận được "${raw}"`);
  return n;
}

// An unknown word is an error, not `false`: "ture" or "có" must not silently turn a feature off.
const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];
const bool = (env: NodeJS.ProcessEnv, key: string, fallback: boolean) => {
  const raw = env[key]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (TRUE_WORDS.includes(raw)) return true;
  if (FALSE_WORDS.includes(raw)) return false;
  throw new Error(`${key} phải là một trong ${[...TRUE_WORDS, ...FALSE_WORDS].join(', ')}; nhận được "${env[key]}"`);
};

function dailyAt(raw: string | undefined): RebuildConfig['dailyAt'] {
  const value = raw?.trim() || '00:01';
  if (['off', 'false', 'tat'].includes(value.toLowerCase())) return null;
  const m = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new Error(`REBUILD_DAILY_AT phải có dạng HH:MM hoặc "off", nhận được "${value}"`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** Where the static server of the live folder listens (`npm run serve-site`, or the service itself). */
export const siteServeFrom = (env: NodeJS.ProcessEnv) => ({ host: env.SITE_HOST || '0.0.0.0', port: number(env, 'SITE_PORT', 4321) });

/** The folder holding releases/ and live (var/ at the root unless REBUILD_DATA_DIR says otherwise). */
export const dataDirFrom = (env: NodeJS.ProcessEnv) => path.resolve(ROOT, env.REBUILD_DATA_DIR || 'var');

/** Reads the service's settings; a missing secret or CMS address is an error, never a default. */
export function rebuildConfig(env: NodeJS.ProcessEnv): RebuildConfig {
  const secret = env.REBUILD_WEBHOOK_SECRET?.trim() ?? '';
  if (secret.length < 16)
    throw new Error('REBUILD_WEBHOOK_SECRET chưa đặt hoặc ngắn hơn 16 ký tự: dịch vụ dựng lại không chạy khi không xác thực được yêu cầu.');
  if (!env.CMS_URL) throw new Error('Thiếu CMS_URL: bản dựng không biết lấy nội dung từ đâu.');
  if (!env.STRAPI_BUILD_TOKEN) throw new Error('Thiếu STRAPI_BUILD_TOKEN: bản dựng cần token chỉ đọc của CMS.');
  const serve = bool(env, 'REBUILD_SERVE', true);
  return {
    dataDir: dataDirFrom(env),
    host: env.REBUILD_HOST || '127.0.0.1',
    port: number(env, 'REBUILD_PORT', 4322),
    secret,
    // Why 3 s / 30 s: see debouncer.ts and the README.
    quietMs: number(env, 'REBUILD_DEBOUNCE_MS', 3000),
    maxWaitMs: number(env, 'REBUILD_MAX_WAIT_MS', 30_000),
    keepReleases: number(env, 'REBUILD_KEEP_RELEASES', 5, 1),
    minArticleRatio: number(env, 'REBUILD_MIN_ARTICLE_RATIO', 0.5),
    allowShrink: bool(env, 'REBUILD_ALLOW_SHRINK', false),
    buildTimeoutMs: number(env, 'REBUILD_TIMEOUT_MS', 30 * 60_000, 1000),
    // 5 s: a CMS restart is over by then; 5 min: an outage of hours costs one build every 5 minutes.
    retryBaseMs: number(env, 'REBUILD_RETRY_BASE_MS', 5000, 1),
    retryMaxMs: number(env, 'REBUILD_RETRY_MAX_MS', 5 * 60_000, 1),
    dailyAt: dailyAt(env.REBUILD_DAILY_AT),
    timeZone: env.REBUILD_TIMEZONE || 'Asia/Ho_Chi_Minh',
    buildOnStart: bool(env, 'REBUILD_ON_START', true),
    serve: serve ? siteServeFrom(env) : null,
    preview:
      (env.PREVIEW_SECRET?.length ?? 0) >= PREVIEW_SECRET_MIN_LENGTH && bool(env, 'REBUILD_PREVIEW', true)
        ? { host: env.PREVIEW_HOST || '0.0.0.0', port: number(env, 'PREVIEW_PORT', 4323) }
        : null,
    quietBuild: bool(env, 'REBUILD_QUIET_BUILD', false),
    buildEnv: env,
  };
}
