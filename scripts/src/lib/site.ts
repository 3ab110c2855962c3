import fs from 'node:fs';
import path from 'node:path';
import { BIN, ROOT, SITE_DIR } from './paths.ts';
import { HELD_BUILD_READY_LINE } from '@dbk/shared-types/fast-lane-names';
import { completion, startNode } from './process.ts';

// A build folder holds (site/astro.config.mjs, @astrojs/node; README "Two lanes"):
//   client/            the static site readers get: web servers serve only this
//   server/entry.mjs   the draft-preview server, started from the live release (README "Draft preview")
//   page-keys.json     every page's cache key (fast and full builds)
//   fast-lane.json     a fast build only: its base, the pages it rendered and removed
export const webRoot = (buildDir: string) => path.join(buildDir, 'client');
export const previewServerEntry = (buildDir: string) => path.join(buildDir, 'server', 'entry.mjs');

/**
 * The server half of a build (server/, and the prerendering that runs from it) imports packages,
 * which Node looks for in node_modules folders above the importing file. A build folder outside the
 * repository (REBUILD_DATA_DIR=/var/lib/..., tests and benchmarks in /tmp) gets a link beside it.
 */
export function linkDependencies(outDir: string): void {
  const parent = path.dirname(path.resolve(outDir));
  const rel = path.relative(ROOT, parent);
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) return;
  fs.mkdirSync(parent, { recursive: true });
  try {
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(parent, 'node_modules'), 'dir');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}

export interface BuildSiteOptions {
  quiet?: boolean;
  timeoutMs?: number;
  /**
   * The fast lane (README "Two lanes"): the build folder or release whose client/ and
   * page-keys.json the build starts from; only pages whose key differs from it are rendered, and
   * the output holds just those plus fast-lane.json. Unset: a full build.
   */
  fastBase?: string;
}

/** `astro build` of the site from the CMS into outDir, started (see the layout above). */
function startSiteBuild(env: NodeJS.ProcessEnv, outDir: string, opts: BuildSiteOptions, held: { onLine(line: string): void } | null) {
  linkDependencies(outDir);
  // An inherited SITE_FAST_BASE must not turn a full build into a fast one.
  const { SITE_FAST_BASE: _inherited, SITE_HOLD_START: _held, ...rest } = env;
  const p = startNode(path.join(BIN, 'astro'), ['build'], {
    cwd: SITE_DIR,
    env: {
      ASTRO_TELEMETRY_DISABLED: '1',
      ...rest,
      SITE_OUT_DIR: outDir,
      ...(opts.fastBase ? { SITE_FAST_BASE: path.resolve(opts.fastBase) } : {}),
      ...(held ? { SITE_HOLD_START: 'true' } : {}),
    },
    prefix: '[site]',
    quiet: opts.quiet,
    ...(held ? { stdin: 'pipe' as const, onLine: held.onLine } : {}),
  });
  return { p, end: completion(p, 'astro build') };
}

/** Builds the site from the CMS into outDir (see the layout above). */
export async function buildSite(env: NodeJS.ProcessEnv, outDir: string, opts: BuildSiteOptions = {}): Promise<void> {
  const { end } = startSiteBuild(env, outDir, opts, null);
  if (opts.timeoutMs) end.limit(opts.timeoutMs);
  await end.done;
}

/** A build started ahead and held before its first read from the CMS (holdSiteBuild). */
export interface HeldSiteBuild {
  /** lets it read the CMS and build; resolves or rejects as buildSite does, its timeout counted from now */
  go(): Promise<void>;
  /** ends it unused */
  cancel(): Promise<void>;
  /** still waiting for go(): false once it was let go or has ended (a crash while it waited) */
  waiting(): boolean;
  /** it has done all it does before go() (go() before that is fine: it goes on when it gets there) */
  ready(): boolean;
}

/**
 * Starts `astro build` now and holds it before its content sync (SITE_HOLD_START, site/src/lib/cms/
 * held-start.ts) until go(): Node's start, Astro's configuration and integrations, the content
 * config's loading and the content store's reading (about 3.5 s of a 6 s fast build at 10,000
 * articles) are then paid before a publish instead of after it. Everything it reads from the CMS
 * it reads after go(), so the build is the one buildSite would make at that moment.
 */
export function holdSiteBuild(env: NodeJS.ProcessEnv, outDir: string, opts: BuildSiteOptions = {}): HeldSiteBuild {
  let atGate = false;
  const { p, end } = startSiteBuild(env, outDir, opts, { onLine: (line) => (atGate ||= line.trim() === HELD_BUILD_READY_LINE) });
  let released = false;
  let ended = false;
  const waiting = () => !released && !ended;
  // "go" written just as the process died (its exit not handled yet) fails on the pipe: that is
  // the build's failure, which `end` reports; the pipe's own error must not bring the service down.
  p.child.stdin?.on('error', () => {});
  // A held build that is cancelled or dies unused fails with nobody waiting for it.
  end.done.then(
    () => (ended = true),
    () => (ended = true),
  );
  return {
    go() {
      if (!waiting()) return Promise.reject(new Error(`astro build giữ sẵn đã dừng trước khi được dùng:\n${p.tail()}`));
      released = true;
      p.child.stdin?.end('go\n');
      if (opts.timeoutMs) end.limit(opts.timeoutMs);
      return end.done;
    },
    cancel: () => p.stop(),
    waiting,
    ready: () => atGate && waiting(),
  };
}
