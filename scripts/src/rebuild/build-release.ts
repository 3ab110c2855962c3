import fs from 'node:fs';
import { buildSite } from '../lib/site.ts';
import type { RebuildConfig } from './config.ts';
import { log, logError } from './log.ts';
import { liveLink, liveReleaseId, newReleaseId, pruneReleases, releaseDir, releasesDir, stagingDir, writeMeta } from './releases.ts';
import { swapLive } from './swap.ts';
import type { BuildInfo } from '@dbk/shared-types';
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
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  result: 'running' | 'success' | 'failure';
  error: string | null;
}

/**
 * One build: `astro build` into the staging folder, the checks, the rename into a release folder,
 * then the atomic swap and pruning. Whatever fails, the live site is not touched and the half-made
 * folder is removed. Never throws: the outcome says what happened.
 */
export async function buildRelease(
  config: RebuildConfig,
  reasons: string[],
  options: { allowShrink: boolean },
  onStart: (record: BuildRecord) => void,
): Promise<BuildRecord> {
  const started = new Date();
  const id = newReleaseId(started);
  const dir = releaseDir(config.dataDir, id);
  const staging = stagingDir(config.dataDir);
  const record: BuildRecord = {
    id,
    reasons,
    startedAt: started.toISOString(),
    finishedAt: null,
    durationMs: null,
    result: 'running',
    error: null,
  };
  onStart(record);
  log(`Bắt đầu dựng ${id} (lý do: ${reasons.join(', ')}).`);
  try {
    fs.mkdirSync(releasesDir(config.dataDir), { recursive: true });
    fs.rmSync(staging, { recursive: true, force: true });
    await buildSite(config.buildEnv, staging, { quiet: config.quietBuild, timeoutMs: config.buildTimeoutMs });
    const { info, problems } = verifyRelease(staging, liveBuildInfo(config.dataDir), {
      minArticleRatio: config.minArticleRatio,
      allowShrink: options.allowShrink || config.allowShrink,
    });
    if (problems.length > 0) throw new Error(`bản dựng không đạt kiểm tra: ${problems.join('; ')}`);
    fs.renameSync(staging, dir);
    const durationMs = Date.now() - started.getTime();
    writeMeta(config.dataDir, { id, builtAt: record.startedAt, durationMs, reasons, counts: info?.counts ?? null });
    swapLive(config.dataDir, id);
    Object.assign(record, { result: 'success', finishedAt: new Date().toISOString(), durationMs });
    log(`Đã đưa ${id} lên trang công khai sau ${(durationMs / 1000).toFixed(1)} giây${info ? ` (${info.counts.articles} tin bài)` : ''}.`);
  } catch (e) {
    // Only a folder that never went live may go.
    fs.rmSync(staging, { recursive: true, force: true });
    if (liveReleaseId(config.dataDir) !== id) fs.rmSync(dir, { recursive: true, force: true });
    Object.assign(record, {
      result: 'failure',
      finishedAt: new Date().toISOString(),
      durationMs: Date.now() - started.getTime(),
      error: (e as Error).message,
    });
    logError(`Dựng ${id} thất bại, trang công khai giữ nguyên bản ${liveReleaseId(config.dataDir) ?? '(chưa có)'}: ${record.error}`);
  }
  try {
    const removed = pruneReleases(config.dataDir, config.keepReleases);
    if (removed.length) log(`Đã xóa bản phát hành cũ: ${removed.join(', ')}.`);
  } catch (e) {
    logError(`Không dọn được bản phát hành cũ: ${(e as Error).message}`);
  }
  return record;
}
