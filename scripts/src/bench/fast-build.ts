// Step "fast": the fast lane's `astro build` on its own (issue 15), outside the rebuild service, so
// its phases can be read and profiled. After each edit of a published article (through the admin
// API, as an editor publishes), the site is built with SITE_FAST_BASE = the cold release, as the
// service's fast lane does, and the bench reads the phases of the build and how many pages it
// rendered. With `change: 'unpublish'` each run unpublishes an article instead (spread over the
// archive, so the listing pages newer than it shift: the slowest kind of publish). The first fast
// build starts with the fast lane's own cache empty (what the first publish after a full build
// pays); the rest are what every later publish pays.
import fs from 'node:fs';
import path from 'node:path';
import { readFastLane } from '../rebuild/fast-lane-files.ts';
import { publishEdit, unpublishArticle, type AdminCall, type ArticleFields } from './admin-client.ts';
import type { Progress } from './progress.ts';
import { spread, type Spread } from './publish.ts';
import type { BuildResult } from './site-build.ts';

export interface FastBuildRun {
  /** "first": the fast lane's cache was empty; "next": it holds the previous fast build */
  kind: 'first' | 'next';
  build: Omit<BuildResult, 'outDir' | 'siteDir'>;
  /** pages the fast build rendered (fast-lane.json) */
  rendered: number;
  /** pages of the base it removed (fast-lane.json): the unpublished article's, a listing's last */
  removed: number;
}

export interface FastBuildResult {
  runs: FastBuildRun[];
  /** build ms of the runs after the first */
  nextMs: Spread | null;
}

export interface FastBuildSetup {
  admin: AdminCall<ArticleFields>;
  /** the live (cold) release the fast builds start from */
  baseDir: string;
  /** what each run changes before its build */
  change: 'edit' | 'unpublish';
  /** published articles to edit or unpublish, one per run */
  targets: Array<{ documentId: string }>;
  /** fast builds after the first */
  runs: number;
  work: string;
  build: (label: string, outDir: string, env: NodeJS.ProcessEnv) => Promise<BuildResult>;
  buildEnv: NodeJS.ProcessEnv;
  /** NODE_OPTIONS for the last run (--cpu-prof), or null */
  profileOptions: string | null;
}

export async function measureFastBuilds(setup: FastBuildSetup, progress: Progress): Promise<FastBuildResult> {
  const runs: FastBuildRun[] = [];
  const total = setup.runs + 1;
  if (setup.targets.length < total) throw new Error(`Cần ${total} tin bài để sửa hoặc gỡ, chỉ có ${setup.targets.length}`);
  for (let i = 0; i < total; i++) {
    const target = setup.targets[i]!;
    if (setup.change === 'unpublish') await unpublishArticle(setup.admin, target.documentId);
    else
      await publishEdit(setup.admin, target.documentId, (current) => ({
        title: `${current.title} (sửa lần ${i + 1})`,
        body: `${current.body}\n\nCập nhật lần ${i + 1}.`,
      }));
    const last = i === total - 1;
    const env: NodeJS.ProcessEnv = {
      ...setup.buildEnv,
      SITE_FAST_BASE: setup.baseDir,
      ...(last && setup.profileOptions ? { NODE_OPTIONS: setup.profileOptions } : {}),
    };
    const outDir = path.join(setup.work, `fast-${i + 1}`);
    const { outDir: _o, siteDir: _s, ...build } = await setup.build(`fast-${i + 1}`, outDir, env);
    const lane = readFastLane(outDir);
    fs.rmSync(outDir, { recursive: true, force: true });
    runs.push({ kind: i === 0 ? 'first' : 'next', build, rendered: lane.rendered.length, removed: lane.removed.length });
    const what = setup.change === 'unpublish' ? `gỡ tin, bỏ ${lane.removed.length} trang, ` : '';
    progress.note(`làn nhanh ${i + 1}/${total}: ${(build.ms / 1000).toFixed(1)} s, ${what}dựng ${lane.rendered.length} trang`);
  }
  const next = runs.filter((r) => r.kind === 'next').map((r) => r.build.ms);
  return { runs, nextMs: next.length ? spread(next) : null };
}
