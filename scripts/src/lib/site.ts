import fs from 'node:fs';
import path from 'node:path';
import { BIN, ROOT, SITE_DIR } from './paths.ts';
import { runNode } from './process.ts';

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

/** Builds the site from the CMS into outDir (see the layout above). */
export async function buildSite(env: NodeJS.ProcessEnv, outDir: string, opts: BuildSiteOptions = {}): Promise<void> {
  linkDependencies(outDir);
  // An inherited SITE_FAST_BASE must not turn a full build into a fast one.
  const { SITE_FAST_BASE: _inherited, ...rest } = env;
  await runNode(path.join(BIN, 'astro'), ['build'], {
    cwd: SITE_DIR,
    env: {
      ASTRO_TELEMETRY_DISABLED: '1',
      ...rest,
      SITE_OUT_DIR: outDir,
      ...(opts.fastBase ? { SITE_FAST_BASE: path.resolve(opts.fastBase) } : {}),
    },
    prefix: '[site]',
    quiet: opts.quiet,
    timeoutMs: opts.timeoutMs,
  });
}
