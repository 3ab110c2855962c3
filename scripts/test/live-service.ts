// What the end-to-end suites of the rebuild service share (publish-to-live, fast-lane-live): the real
// service started as its own process with its log kept, and the admin API called as the admin panel
// calls it, with a logged-in administrator's token.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { adminLogin, type AdminCall } from '../src/lib/admin-api.ts';
import { ROOT } from '../src/lib/paths.ts';

export type Json = Record<string, any>;

/** `npm run rebuild-service` with exactly this environment (plus PATH and HOME); its output kept. */
export function spawnRebuildService(env: Record<string, string>): { child: ChildProcess; log: () => string } {
  let log = '';
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'src', 'rebuild-service.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  const collect = (chunk: Buffer) => {
    log += chunk.toString('utf8');
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  return { child, log: () => log };
}

/** Logs in as the test administrator (ADMIN_EMAIL/ADMIN_PASSWORD) and returns the admin API caller. */
export function adminApi(cmsUrl: string): Promise<AdminCall<Json>> {
  return adminLogin(cmsUrl, process.env.ADMIN_EMAIL ?? '', process.env.ADMIN_PASSWORD ?? '');
}
