import fs from 'node:fs';
import path from 'node:path';
import type { buildSite } from '../lib/site.ts';
import { assembleFastRelease } from './assemble-release.ts';
import type { RebuildConfig } from './config.ts';
import type { HeldBuilds } from './held-build.ts';
import { log } from './log.ts';
import { liveReleaseId, readMeta, releaseDir, releasesDir, stagingDir } from './releases.ts';
import { verifyFastRelease } from './verify-fast-release.ts';

export type SiteBuilder = typeof buildSite;

/**
 * The live release a fast build may start from, or why a publish must be a full build. The fast
 * lane keeps every page whose key did not change, so the live release must come from the same
 * code, settings and day (code-identity.ts); a release without that record (made before the fast
 * lane existed) never qualifies.
 */
export function fastLaneBase(dataDir: string, codeHash: string): { id: string; dir: string } | { why: string } {
  const id = liveReleaseId(dataDir);
  if (!id) return { why: 'chưa có bản đang chạy' };
  const meta = readMeta(dataDir, id);
  if (!meta?.codeHash) return { why: `bản đang chạy ${id} không ghi mã nhận diện mã nguồn` };
  if (meta.codeHash !== codeHash) return { why: `mã nguồn, thư viện, cấu hình hoặc ngày dựng đã khác bản đang chạy ${id}` };
  return { id, dir: releaseDir(dataDir, id) };
}

/**
 * The fast lane up to a release folder: `astro build` with SITE_FAST_BASE = the live release, into
 * the usual staging folder (its path is part of the build's code, see releases.ts), then the
 * release assembled from the live one and that output, and its own checks. The build is the held
 * one when it fits (held-build.ts), else started now. Throws on any problem; the caller removes
 * what was made and falls back to a full build. Returns the ids it depends on and whether the
 * build was a held one.
 */
export async function makeFastRelease(
  config: RebuildConfig,
  site: SiteBuilder,
  base: { id: string; dir: string; codeHash: string },
  dir: string,
  held?: HeldBuilds,
): Promise<{ dependsOn: string[]; heldStart: boolean }> {
  const staging = stagingDir(config.dataDir);
  const ready = await held?.take(base.id, base.codeHash);
  if (ready) await ready.go();
  else {
    fs.rmSync(staging, { recursive: true, force: true });
    await site(config.buildEnv, staging, { quiet: config.quietBuild, timeoutMs: config.buildTimeoutMs, fastBase: base.dir });
  }
  const started = Date.now();
  const assembled = assembleFastRelease(base.dir, staging, dir);
  fs.rmSync(staging, { recursive: true, force: true });
  const problems = verifyFastRelease(dir);
  if (problems.length > 0) throw new Error(`bản ghép không đạt kiểm tra: ${problems.join('; ')}`);
  // A rollback during the build moved live elsewhere: publishing this would undo it silently.
  if (liveReleaseId(config.dataDir) !== base.id) throw new Error(`bản đang chạy đã đổi khỏi ${base.id} trong khi dựng`);
  const root = fs.realpathSync(releasesDir(config.dataDir));
  const dependsOn = assembled.dependsOn.map((d) => {
    if (path.dirname(d) !== root) throw new Error(`bản ghép liên kết tới ${d}, ngoài ${root}`);
    return path.basename(d);
  });
  log(
    `Ghép bản nhanh${ready ? ' (dựng bằng tiến trình đã khởi động sẵn)' : ''} trong ${Date.now() - started} ms: ${assembled.taken} mục mới hoặc đổi, ${assembled.removed} trang gỡ, ` +
      `${assembled.sharedDirs} thư mục và ${assembled.sharedFiles} tệp dùng chung với ${dependsOn.join(', ')}.`,
  );
  return { dependsOn, heldStart: Boolean(ready) };
}
