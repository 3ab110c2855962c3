import path from 'node:path';
import { BIN, SITE_DIR } from './paths.ts';
import { run } from './process.ts';

/** Builds the static site from the CMS into outDir. */
export async function buildSite(env: NodeJS.ProcessEnv, outDir: string, opts: { quiet?: boolean; timeoutMs?: number } = {}): Promise<void> {
  await run(path.join(BIN, 'astro'), ['build'], {
    cwd: SITE_DIR,
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...env, SITE_OUT_DIR: outDir },
    prefix: '[site]',
    quiet: opts.quiet,
    timeoutMs: opts.timeoutMs,
  });
}
