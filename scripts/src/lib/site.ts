import fs from 'node:fs';
import path from 'node:path';
import { BIN, ROOT, SITE_DIR } from './paths.ts';
import { runNode } from './process.ts';

// A build folder holds two things (site/astro.config.mjs, @astrojs/node):
//   client/            the static site readers get: web servers serve only this
//   server/entry.mjs   the draft-preview server, started from the live release (README "Draft preview")
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

/** Builds the site from the CMS into outDir (see the layout above). */
export async function buildSite(env: NodeJS.ProcessEnv, outDir: string, opts: { quiet?: boolean; timeoutMs?: number } = {}): Promise<void> {
  linkDependencies(outDir);
  await runNode(path.join(BIN, 'astro'), ['build'], {
    cwd: SITE_DIR,
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...env, SITE_OUT_DIR: outDir },
    prefix: '[site]',
    quiet: opts.quiet,
    timeoutMs: opts.timeoutMs,
  });
}
