import fs from 'node:fs';
import type { holdSiteBuild, HeldSiteBuild } from '../lib/site.ts';
import { codeIdentity } from './code-identity.ts';
import type { RebuildConfig } from './config.ts';
import { fastLaneBase } from './fast-lane.ts';
import { log } from './log.ts';
import { stagingDir } from './releases.ts';

export type SiteHolder = typeof holdSiteBuild;

/** The fast build a held one was started for: it serves only a publish onto the same base. */
interface Held {
  baseId: string;
  codeHash: string;
  build: HeldSiteBuild;
}

/**
 * The next fast build, started ahead (lib/site.ts holdSiteBuild): once a release is live, the
 * service starts `astro build` for a fast build onto it, held before its first read from the CMS,
 * so a publish pays only the build's own work (README "Two lanes"). One at a time, in the staging
 * folder every build uses: any other build stops it first. A held build serves a publish only when
 * the live release and the code identity (code, settings, day) are still those it was started
 * with; otherwise it is stopped and the publish starts a build of its own, as without one.
 */
export function createHeldBuilds(config: RebuildConfig, hold: SiteHolder) {
  let held: Held | null = null;

  const stop = async (why: string) => {
    const current = held;
    held = null;
    if (!current) return;
    if (current.build.waiting()) log(`Dừng bản dựng nhanh giữ sẵn (${why}).`);
    await current.build.cancel();
  };

  return {
    /** starts the next fast build onto the live release, unless one waits already or none can be made */
    prepare(): void {
      if (!config.fastLane || held?.build.waiting()) return;
      const codeHash = codeIdentity(config.buildEnv);
      const base = fastLaneBase(config.dataDir, codeHash);
      if ('why' in base) return;
      const staging = stagingDir(config.dataDir);
      fs.rmSync(staging, { recursive: true, force: true });
      const build = hold(config.buildEnv, staging, { quiet: config.quietBuild, timeoutMs: config.buildTimeoutMs, fastBase: base.dir });
      held = { baseId: base.id, codeHash, build };
    },
    /**
     * The held build when it was started onto `baseId` with `codeHash` and still waits; otherwise
     * null, the unfit one stopped (its staging folder is then free for the caller's build).
     */
    async take(baseId: string, codeHash: string): Promise<HeldSiteBuild | null> {
      const current = held;
      if (!current) return null;
      if (current.build.waiting() && current.baseId === baseId && current.codeHash === codeHash) {
        held = null;
        return current.build;
      }
      const why = !current.build.waiting()
        ? 'đã dừng khi đang chờ'
        : current.baseId !== baseId
          ? `bản đang chạy đã đổi từ ${current.baseId} sang ${baseId}`
          : 'mã nguồn, cấu hình hoặc ngày dựng đã khác';
      await stop(why);
      return null;
    },
    /** stops the held build (a full build needs the staging folder; the service stops) */
    cancel: (why: string) => stop(why),
    /** for /status: the release the held build waits to build onto, and whether it has got there */
    state: (): { base: string; ready: boolean } | null => (held?.build.waiting() ? { base: held.baseId, ready: held.build.ready() } : null),
  };
}

export type HeldBuilds = ReturnType<typeof createHeldBuilds>;
