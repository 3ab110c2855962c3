import type http from 'node:http';
import { webRoot } from '../lib/site.ts';
import { serveStatic } from '../lib/static-server.ts';
import { buildRelease, type BuildRecord } from './build-release.ts';
import { createBuildRunner } from './build-runner.ts';
import { systemClock } from './clock.ts';
import type { RebuildConfig } from './config.ts';
import { scheduleDaily } from './daily-schedule.ts';
import { createDebouncer } from './debouncer.ts';
import { log } from './log.ts';
import { createPreviewServer } from './preview-server.ts';
import { listReleases, liveLink, liveReleaseId, releaseDir } from './releases.ts';
import { readBuildInfo } from './verify-release.ts';
import { createWebhookServer } from './webhook-server.ts';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const listen = (server: http.Server, port: number, host: string) =>
  new Promise<http.Server>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });

/**
 * The rebuild service: webhook and status endpoint, debounce, one build at a time, daily rebuild,
 * and (for `npm start` and small hosts) the static server of the live folder.
 */
export async function startRebuildService(config: RebuildConfig, options: { paused?: boolean } = {}) {
  let lastBuild: BuildRecord | null = null;
  let lastSuccess: BuildRecord | null = null;
  const builds = { started: 0, succeeded: 0, failed: 0 };
  let allowShrinkNext = false;
  let nextDailyAt: number | null = null;
  const preview = config.preview ? createPreviewServer({ ...config.preview, env: config.buildEnv }) : null;

  const runner = createBuildRunner(async (reasons) => {
    // Read when the build starts: an override sent during a build applies to the follow-up.
    const allowShrink = allowShrinkNext;
    allowShrinkNext = false;
    builds.started++;
    const record = await buildRelease(config, reasons, { allowShrink }, (r) => (lastBuild = r));
    if (record.result === 'success') {
      builds.succeeded++;
      lastSuccess = record;
      void preview?.start(releaseDir(config.dataDir, record.id));
    } else builds.failed++;
    return record;
  }, options);

  const debouncer = createDebouncer({ quietMs: config.quietMs, maxWaitMs: config.maxWaitMs }, systemClock, (count) => {
    void runner.request(`${count} thay đổi từ CMS`);
  });

  const status = () => {
    const live = liveReleaseId(config.dataDir);
    const info = live ? readBuildInfo(liveLink(config.dataDir)) : null;
    const pending = debouncer.pending();
    return {
      live: {
        release: live,
        builtAt: typeof info === 'object' ? (info?.builtAt ?? null) : null,
        counts: typeof info === 'object' ? (info?.counts ?? null) : null,
        // Entries left out of the live site as invalid: staff must fix them in the CMS.
        skipped: typeof info === 'object' ? (info?.skipped ?? []) : [],
      },
      lastBuild,
      lastSuccess,
      preview: config.preview ? { port: config.preview.port, release: preview?.release() ?? null } : null,
      queue: { ...runner.state(), pendingChanges: pending.count, buildDueAt: iso(pending.dueAt), nextDailyAt: iso(nextDailyAt) },
      builds,
      releases: listReleases(config.dataDir).map((r) => r.id),
      settings: { debounceMs: config.quietMs, maxWaitMs: config.maxWaitMs, keepReleases: config.keepReleases, timeZone: config.timeZone },
    };
  };

  const webhook = await listen(
    createWebhookServer(config.secret, {
      onHook(hook) {
        if (hook.allowShrink) allowShrinkNext = true;
        log(`Nhận thông báo "${hook.event}" (${hook.changes} thay đổi); dựng sau ${config.quietMs / 1000} giây yên lặng.`);
        debouncer.touch(Math.max(1, hook.changes));
      },
      status,
    }),
    config.port,
    config.host,
  );
  const site = config.serve ? await serveStatic(webRoot(liveLink(config.dataDir)), config.serve.port, config.serve.host) : null;
  const liveAtStart = liveReleaseId(config.dataDir);
  if (liveAtStart) void preview?.start(releaseDir(config.dataDir, liveAtStart));
  const stopDaily = config.dailyAt
    ? scheduleDaily(config.dailyAt, config.timeZone, systemClock, () => void runner.request('dựng lại hằng ngày'), (next) => (nextDailyAt = next))
    : () => {};
  if (config.buildOnStart) void runner.request('khởi động');

  return {
    status,
    /** a build now (skipping the debounce), resolved with its record */
    requestBuild: (reason: string) => runner.request(reason),
    resume: () => runner.resume(),
    idle: () => runner.idle(),
    async stop(): Promise<void> {
      stopDaily();
      debouncer.cancel();
      await preview?.stop();
      const closing = [webhook, site].filter((s): s is http.Server => s !== null).map(
        (s) => new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
      );
      await Promise.all(closing);
    },
  };
}

export type RebuildService = Awaited<ReturnType<typeof startRebuildService>>;
