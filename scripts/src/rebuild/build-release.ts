import fs from 'node:fs';
import type { BuildInfo } from '@dbk/shared-types';
import { buildSite } from '../lib/site.ts';
import type { Lane } from './build-runner.ts';
import { codeIdentity } from './code-identity.ts';
import type { RebuildConfig } from './config.ts';
import { fastLaneBase, makeFastRelease, type SiteBuilder } from './fast-lane.ts';
import type { HeldBuilds } from './held-build.ts';
import { log, logError } from './log.ts';
import { liveLink, liveReleaseId, newReleaseId, pruneReleases, releaseDir, releasesDir, stagingDir, writeMeta } from './releases.ts';
import { swapLive } from './swap.ts';
import { readBuildInfo, verifyRelease } from './verify-release.ts';

/** The live release's build info; a live release without one (older site) is not compared. */
function liveBuildInfo(dataDir: string): BuildInfo | null {
  if (!liveReleaseId(dataDir)) return null;
  const info = readBuildInfo(liveLink(dataDir));
  return typeof info === 'object' ? info : null;
}

export interface BuildRecord {
  id: string;
  reasons: string[];
  /** the lane that made (or failed to make) this release */
  lane: Lane;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  result: 'running' | 'success' | 'failure';
  error: string | null;
  /** why the fast lane was not taken or failed, when this full build stands in for it */
  fastLaneSkipped: string | null;
  /** a fast build that was started ahead and held until this publish (held-build.ts) */
  heldStart: boolean;
}

/** A release id not taken yet: two builds within a millisecond (tests) must not collide. */
function freshId(dataDir: string, at: Date): string {
  let ms = at.getTime();
  while (fs.existsSync(releaseDir(dataDir, newReleaseId(new Date(ms))))) ms++;
  return newReleaseId(new Date(ms));
}

/**
 * One release through one lane: made into its folder (`make`), checked, recorded, swapped in.
 * Whatever fails, the live site is not touched and the half-made folders are removed.
 */
async function attempt(
  config: RebuildConfig,
  record: BuildRecord,
  options: { allowShrink: boolean; codeHash: string },
  onStart: (record: BuildRecord) => void,
  make: (dir: string) => Promise<string[]>,
): Promise<BuildRecord> {
  const started = new Date(record.startedAt);
  const dir = releaseDir(config.dataDir, record.id);
  onStart(record);
  log(`Bắt đầu dựng ${record.id} theo làn ${record.lane === 'fast' ? 'nhanh' : 'đầy đủ'} (lý do: ${record.reasons.join(', ')}).`);
  try {
    fs.mkdirSync(releasesDir(config.dataDir), { recursive: true });
    const live = liveBuildInfo(config.dataDir);
    const dependsOn = await make(dir);
    const { info, problems } = verifyRelease(dir, live, {
      minArticleRatio: config.minArticleRatio,
      allowShrink: options.allowShrink || config.allowShrink,
    });
    if (problems.length > 0) throw new Error(`bản dựng không đạt kiểm tra: ${problems.join('; ')}`);
    const durationMs = Date.now() - started.getTime();
    writeMeta(config.dataDir, {
      id: record.id,
      builtAt: record.startedAt,
      durationMs,
      reasons: record.reasons,
      counts: info?.counts ?? null,
      kind: record.lane,
      dependsOn,
      codeHash: options.codeHash,
    });
    swapLive(config.dataDir, record.id);
    Object.assign(record, { result: 'success', finishedAt: new Date().toISOString(), durationMs });
    log(
      `Đã đưa ${record.id} lên trang công khai sau ${(durationMs / 1000).toFixed(1)} giây${info ? ` (${info.counts.articles} tin bài)` : ''}.`,
    );
  } catch (e) {
    // Only a folder that never went live may go.
    fs.rmSync(stagingDir(config.dataDir), { recursive: true, force: true });
    if (liveReleaseId(config.dataDir) !== record.id) fs.rmSync(dir, { recursive: true, force: true });
    Object.assign(record, {
      result: 'failure',
      finishedAt: new Date().toISOString(),
      durationMs: Date.now() - started.getTime(),
      error: (e as Error).message,
    });
  }
  return record;
}

/**
 * One build as the runner asks for it. The fast lane (when asked and the live release allows it)
 * renders only the changed pages onto the live release; when it cannot run or fails for any
 * reason, a full build (`astro build` of everything into the staging folder) follows at once, the
 * live site staying as it was meanwhile. Never throws: the record says what happened.
 */
export async function buildRelease(
  config: RebuildConfig,
  reasons: string[],
  options: { allowShrink: boolean; lane?: Lane },
  onStart: (record: BuildRecord) => void,
  site: SiteBuilder = buildSite,
  held?: HeldBuilds,
): Promise<BuildRecord> {
  const codeHash = codeIdentity(config.buildEnv);
  const newRecord = (lane: Lane, fastLaneSkipped: string | null): BuildRecord => {
    const started = new Date();
    return {
      id: freshId(config.dataDir, started),
      reasons,
      lane,
      startedAt: started.toISOString(),
      finishedAt: null,
      durationMs: null,
      result: 'running',
      error: null,
      fastLaneSkipped,
      heldStart: false,
    };
  };
  let skipped: string | null = null;
  if (options.lane === 'fast') {
    const base = config.fastLane ? fastLaneBase(config.dataDir, codeHash) : { why: 'làn nhanh đã tắt (REBUILD_FAST_LANE=false)' };
    if ('why' in base) skipped = base.why;
    else {
      const record = newRecord('fast', null);
      const fast = await attempt(config, record, { ...options, codeHash }, onStart, async (dir) => {
        const made = await makeFastRelease(config, site, { ...base, codeHash }, dir, held);
        record.heldStart = made.heldStart;
        return made.dependsOn;
      });
      if (fast.result === 'success') return prune(config, fast);
      skipped = `làn nhanh thất bại: ${fast.error}`;
      logError(
        `Làn nhanh ${fast.id} thất bại, trang công khai giữ nguyên bản ${liveReleaseId(config.dataDir) ?? '(chưa có)'}: ${fast.error}. Dựng đầy đủ ngay.`,
      );
    }
    if ('why' in base) log(`Dựng đầy đủ thay cho làn nhanh: ${base.why}.`);
  }
  // The full build needs the staging folder, and the machine to itself.
  await held?.cancel('dựng đầy đủ');
  const full = await attempt(config, newRecord('full', skipped), { ...options, codeHash }, onStart, async (dir) => {
    const staging = stagingDir(config.dataDir);
    fs.rmSync(staging, { recursive: true, force: true });
    await site(config.buildEnv, staging, { quiet: config.quietBuild, timeoutMs: config.buildTimeoutMs });
    fs.renameSync(staging, dir);
    return [];
  });
  if (full.result === 'failure')
    logError(`Dựng ${full.id} thất bại, trang công khai giữ nguyên bản ${liveReleaseId(config.dataDir) ?? '(chưa có)'}: ${full.error}`);
  return prune(config, full);
}

function prune(config: RebuildConfig, record: BuildRecord): BuildRecord {
  try {
    const removed = pruneReleases(config.dataDir, config.keepReleases);
    if (removed.length) log(`Đã xóa bản phát hành cũ: ${removed.join(', ')}.`);
  } catch (e) {
    logError(`Không dọn được bản phát hành cũ: ${(e as Error).message}`);
  }
  return record;
}
