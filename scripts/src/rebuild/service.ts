import type http from 'node:http';
import { holdSiteBuild, webRoot } from '../lib/site.ts';
import { listenOrExplain, serveStatic } from '../lib/static-server.ts';
import { durationVi } from '../lib/vi-duration.ts';
import { buildRelease, type BuildRecord } from './build-release.ts';
import { createBuildRunner, type Lane } from './build-runner.ts';
import { systemClock, type Clock } from './clock.ts';
import { codeIdentity } from './code-identity.ts';
import type { RebuildConfig } from './config.ts';
import { scheduleDaily } from './daily-schedule.ts';
import { createDebouncer } from './debouncer.ts';
import { fastLaneBase, type SiteBuilder } from './fast-lane.ts';
import { createHeldBuilds, type SiteHolder } from './held-build.ts';
import { log, logError } from './log.ts';
import { createPreviewServer } from './preview-server.ts';
import { listReleases, liveLink, liveReleaseId, readMeta, releaseDir } from './releases.ts';
import { createRetry } from './retry.ts';
import { readBuildInfo } from './verify-release.ts';
import { createWebhookServer } from './webhook-server.ts';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export interface ServiceOptions {
  /** hold builds until resume() (`npm start` while the CMS starts) */
  paused?: boolean;
  /** the site build; tests of the service's decisions put a stand-in here */
  site?: SiteBuilder;
  /** starts a fast build ahead, held until a publish (held-build.ts); by default the real one
   * when `site` is the real build, none beside a stand-in */
  hold?: SiteHolder;
  clock?: Clock;
}

/**
 * The rebuild service: webhook and status endpoint, the two lanes (README "Two lanes": a CMS change
 * goes through the fast lane after a short debounce, the full build follows after a quiet period
 * and nightly), one build at a time, retries of a failed build, the draft-preview server, and (for
 * small hosts; `npm start` runs `serve-site` as a process of its own instead) the static server of
 * the live folder.
 */
export async function startRebuildService(config: RebuildConfig, options: ServiceOptions = {}) {
  const clock = options.clock ?? systemClock;
  let lastBuild: BuildRecord | null = null;
  let lastSuccess: BuildRecord | null = null;
  const builds = { started: 0, succeeded: 0, failed: 0 };
  let allowShrinkNext = false;
  let nextDailyAt: number | null = null;
  const preview = config.preview ? createPreviewServer({ ...config.preview, env: config.buildEnv, dataDir: config.dataDir }) : null;
  // Assigned below: a retry asks the runner, the runner's builds report to the retry.
  let requestRetry: (reasons: string[]) => void = () => {};
  const retry = createRetry({ baseMs: config.retryBaseMs, maxMs: config.retryMaxMs }, clock, (reasons) => requestRetry(reasons));
  // Assigned below: the full build that follows fast releases once changes have stopped.
  let followFast = () => {};
  let settled = () => {};

  // Real builds keep the next fast build held ready; beside a stand-in `site`, only a stand-in `hold`.
  const hold = options.hold ?? (options.site ? null : holdSiteBuild);
  const held = hold ? createHeldBuilds(config, hold) : null;

  const runner = createBuildRunner(async (reasons, lane) => {
    // Read when the build starts: an override sent during a build applies to the follow-up.
    const allowShrink = allowShrinkNext;
    allowShrinkNext = false;
    builds.started++;
    const record = await buildRelease(config, reasons, { allowShrink, lane }, (r) => (lastBuild = r), options.site, held ?? undefined);
    if (record.result === 'success') {
      // The next publish's build, up to its first read from the CMS, while nobody waits.
      held?.prepare();
      builds.succeeded++;
      lastSuccess = record;
      retry.succeeded();
      if (record.lane === 'fast') followFast();
      else settled();
      void preview?.start(releaseDir(config.dataDir, record.id));
    } else {
      builds.failed++;
      retry.failed(reasons, record.error ?? 'không rõ lỗi');
      const { attempts, nextTryAt } = retry.state();
      logError(`Các thay đổi chưa lên trang (${reasons.join(', ')}) được giữ lại; thử dựng lại lần ${attempts + 1} lúc ${iso(nextTryAt)}.`);
    }
    return record;
  }, options);
  requestRetry = (reasons) => {
    log(`Thử dựng lại sau ${retry.state().attempts} lần thất bại (${reasons.join(', ')}).`);
    void runner.request(reasons);
  };

  // Both ask for the fast lane: whether it can run is decided again when the build starts (the
  // live release may have changed meanwhile), and /status then says why it did not.
  const changesArrived = (lane: Lane) => (count: number) => {
    const reason = `${count} thay đổi từ CMS`;
    // While a retry waits, a build now would most likely fail the same way: the changes join it.
    if (retry.waiting()) {
      retry.merge([reason]);
      log(`${reason} gộp vào lần thử dựng lại lúc ${iso(retry.state().nextTryAt)}.`);
    } else void runner.request(reason, lane);
  };
  // A change the fast lane can serve waits only for its short debounce; one that needs a full
  // build (no live release from the same code yet) keeps the longer one, which merges more.
  const fastChanges = createDebouncer({ quietMs: config.fastQuietMs, maxWaitMs: config.maxWaitMs }, clock, changesArrived('fast'));
  const fullChanges = createDebouncer({ quietMs: config.quietMs, maxWaitMs: config.maxWaitMs }, clock, changesArrived('fast'));
  const fastPossible = () => {
    if (!config.fastLane) return false;
    const base = fastLaneBase(config.dataDir, codeIdentity(config.buildEnv));
    return !('why' in base);
  };
  // After fast releases, the full build once changes have stopped for fullQuietMs (README "Two
  // lanes": it reconciles what page keys do not see and folds the search delta back in).
  const quietAfterFast = createDebouncer({ quietMs: config.fullQuietMs, maxWaitMs: Number.POSITIVE_INFINITY }, clock, () => {
    const live = liveReleaseId(config.dataDir);
    if (live && readMeta(config.dataDir, live)?.kind === 'fast')
      void runner.request(`dựng đầy đủ sau ${durationVi(config.fullQuietMs)} không có thay đổi`, 'full');
  });
  followFast = () => quietAfterFast.touch();
  settled = () => quietAfterFast.cancel();
  // A restart while a fast release is live must not forget the full build it owes.
  const liveAtStartId = liveReleaseId(config.dataDir);
  if (liveAtStartId && readMeta(config.dataDir, liveAtStartId)?.kind === 'fast') followFast();

  const status = async () => {
    const live = liveReleaseId(config.dataDir);
    const info = live ? readBuildInfo(liveLink(config.dataDir)) : null;
    const fastPending = fastChanges.pending();
    const fullPending = fullChanges.pending();
    const dueAt = [fastPending.dueAt, fullPending.dueAt].filter((t): t is number => t !== null);
    return {
      live: {
        release: live,
        kind: live ? (readMeta(config.dataDir, live)?.kind ?? 'full') : null,
        builtAt: typeof info === 'object' ? (info?.builtAt ?? null) : null,
        counts: typeof info === 'object' ? (info?.counts ?? null) : null,
        // Entries left out of the live site as invalid: staff must fix them in the CMS.
        skipped: typeof info === 'object' ? (info?.skipped ?? []) : [],
      },
      lastBuild,
      lastSuccess,
      preview: config.preview && preview ? { port: config.preview.port, ...(await preview.health()) } : null,
      queue: {
        ...runner.state(),
        pendingChanges: fastPending.count + fullPending.count,
        buildDueAt: iso(dueAt.length ? Math.min(...dueAt) : null),
        // the full build that follows fast releases, if no change postpones it
        fullBuildDueAt: iso(quietAfterFast.pending().dueAt),
        // the next fast build, started ahead (held-build.ts); ready once it waits for a change
        heldBuild: held?.state() ?? null,
        nextDailyAt: iso(nextDailyAt),
      },
      // Changes whose build failed, kept until a build succeeds (retry.ts).
      retry: (({ pending: reasons, attempts, lastError, nextTryAt }) => ({
        pending: reasons,
        attempts,
        lastError,
        nextTryAt: iso(nextTryAt),
      }))(retry.state()),
      builds,
      releases: listReleases(config.dataDir).map((r) => r.id),
      settings: {
        debounceMs: config.quietMs,
        maxWaitMs: config.maxWaitMs,
        fastLane: config.fastLane,
        fastDebounceMs: config.fastQuietMs,
        fullQuietMs: config.fullQuietMs,
        keepReleases: config.keepReleases,
        timeZone: config.timeZone,
        retryBaseMs: config.retryBaseMs,
        retryMaxMs: config.retryMaxMs,
      },
    };
  };

  const webhook = await listenOrExplain(
    createWebhookServer(config.secret, {
      onHook(hook) {
        if (hook.allowShrink) allowShrinkNext = true;
        const fast = fastPossible();
        const wait = durationVi(fast ? config.fastQuietMs : config.quietMs);
        log(`Nhận thông báo "${hook.event}" (${hook.changes} thay đổi); dựng ${fast ? 'nhanh' : 'đầy đủ'} sau ${wait} yên lặng.`);
        (fast ? fastChanges : fullChanges).touch(Math.max(1, hook.changes));
        // A change postpones the full build that follows fast releases: it waits for quiet.
        if (quietAfterFast.pending().dueAt !== null) quietAfterFast.touch();
      },
      status,
    }),
    config.port,
    config.host,
    'dịch vụ dựng lại',
  );
  const site = config.serve ? await serveStatic(webRoot(liveLink(config.dataDir)), config.serve.port, config.serve.host) : null;
  const liveAtStart = liveReleaseId(config.dataDir);
  if (liveAtStart) void preview?.start(releaseDir(config.dataDir, liveAtStart));
  if (liveAtStart && !config.buildOnStart) held?.prepare();
  const stopDaily = config.dailyAt
    ? scheduleDaily(
        config.dailyAt,
        config.timeZone,
        clock,
        () => void runner.request('dựng lại hằng ngày', 'full'),
        (next) => (nextDailyAt = next),
      )
    : () => {};
  if (config.buildOnStart) void runner.request('khởi động');

  return {
    status,
    /** a build now (skipping the debounce), resolved with its record */
    requestBuild: (reason: string) => runner.request(reason),
    resume: () => runner.resume(),
    /** the live link was moved by someone else (`npm run rollback`): the preview follows it */
    liveChanged(): void {
      const live = liveReleaseId(config.dataDir);
      log(`Bản đang chạy đổi thành ${live ?? '(không có)'} từ bên ngoài; khởi động lại máy chủ xem trước.`);
      if (live) void preview?.start(releaseDir(config.dataDir, live));
      else void preview?.stop();
      // The held build was started onto the release that was live: start it again onto this one,
      // unless a build runs (it uses the staging folder; the next one prepares when it is done).
      void held?.cancel('bản đang chạy đổi từ bên ngoài').then(() => {
        if (!runner.state().building) held.prepare();
      });
    },
    idle: () => runner.idle(),
    async stop(): Promise<void> {
      stopDaily();
      fastChanges.cancel();
      fullChanges.cancel();
      quietAfterFast.cancel();
      retry.cancel();
      await held?.cancel('dịch vụ dừng');
      await preview?.stop();
      const closing = [webhook, site]
        .filter((s): s is http.Server => s !== null)
        .map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        );
      await Promise.all(closing);
    },
  };
}

export type RebuildService = Awaited<ReturnType<typeof startRebuildService>>;
