// What the end-to-end suites of the rebuild service share (publish-to-live, fast-lane-live): the real
// service started as its own process with its log kept, and the admin API called as the admin panel
// calls it, with a logged-in administrator's token.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
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
export async function adminApi(cmsUrl: string): Promise<(method: string, pathname: string, body?: unknown) => Promise<Json>> {
  const login = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
  });
  const token = ((await login.json()) as Json).data.token as string;
  return async (method, pathname, body) => {
    const res = await fetch(`${cmsUrl}${pathname}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json().catch(() => ({}))) as Json;
    if (!res.ok) throw new Error(`${method} ${pathname}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
    return json;
  };
}
