// The processes the project starts: on the project's Node, gone when their parent is killed, found
// again from their pid files by the next start, and honest about the preview server in /status.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/lib/paths.ts';
import { portFree, runningFromPidFile } from '../../src/lib/pid-file.ts';
import { PROJECT_NODE } from '../../src/lib/project-node.ts';
import { rebuildConfig } from '../../src/rebuild/config.ts';
import { startRebuildService, type RebuildService } from '../../src/rebuild/service.ts';
import { swapLive } from '../../src/rebuild/swap.ts';
import { FAKE_PREVIEW_SERVER, tempDataDir, writeRelease } from './fake-release.ts';
import { until as untilTruthy } from '../until.ts';

const SERVE_SITE = path.join(ROOT, 'scripts', 'src', 'serve-site.ts');

// Children start in well under 20 s even on a loaded machine; asked every 100 ms.
const until = <T>(what: string, check: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 20_000) =>
  untilTruthy(what, check, timeoutMs, 100);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const started: ChildProcess[] = [];
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const fn of cleanups.splice(0)) await fn();
});

/** A data folder whose live release says `marker`, and a site port. */
async function site(marker: string) {
  const dataDir = tempDataDir();
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  writeRelease(dataDir, '20250101-000000', { marker });
  swapLive(dataDir, '20250101-000000');
  const port = await freePort();
  // PATH without the project's bin: what the children run on must not depend on it.
  const env = {
    PATH: '/usr/bin:/bin',
    HOME: process.env.HOME,
    REBUILD_DATA_DIR: dataDir,
    SITE_PORT: String(port),
    SITE_HOST: '127.0.0.1',
    ENV_FILE: path.join(dataDir, 'khong-co.env'),
  };
  return { dataDir, port, env, url: `http://127.0.0.1:${port}/` };
}

function spawnLogged(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c));
  child.stderr!.on('data', (c: Buffer) => (out += c));
  return { child, out: () => out, exited: new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code))) };
}

const answers = async (url: string) =>
  await fetch(url, { signal: AbortSignal.timeout(2000) })
    .then((r) => r.text())
    .catch(() => null);

describe('supervised children', () => {
  it("a child runs on the project's Node, whatever PATH says, and stops by itself when its parent is killed with SIGKILL", async () => {
    const { env, url } = await site('bản đang chạy');
    // A parent that starts serve-site the way npm start does, then is killed without warning.
    const parentCode = `import { startNode } from ${JSON.stringify(path.join(ROOT, 'scripts/src/lib/process.ts'))};
const p = startNode(${JSON.stringify(SERVE_SITE)}, [], { cwd: ${JSON.stringify(ROOT)}, env: process.env, prefix: '[trang]' });
console.log('PID=' + p.child.pid);
setInterval(() => {}, 1000);`;
    const parent = spawnLogged(PROJECT_NODE, ['--input-type=module', '-e', parentCode], env);
    const pid = Number((await until('pid của tiến trình con', () => /PID=(\d+)/.exec(parent.out())?.[1]))!);
    // Should this test fail, the orphan must not outlive it.
    cleanups.push(() => {
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    });
    expect(await until('trang tĩnh trả lời', () => answers(url))).toContain('bản đang chạy');
    expect(fs.realpathSync(`/proc/${pid}/exe`)).toBe(fs.realpathSync(PROJECT_NODE));

    parent.child.kill('SIGKILL');
    await parent.exited;
    await until('tiến trình con tự dừng theo cha', () => !alive(pid));
    expect(await portFree(Number(new URL(url).port), '127.0.0.1')).toBe(true);
  });

  it('a restart stops the stale server named by its pid file; a port held by another program fails loudly', async () => {
    const { dataDir, env, url, port } = await site('trang cũ');
    const first = spawnLogged(PROJECT_NODE, [SERVE_SITE], env);
    await until('máy chủ thứ nhất trả lời', () => answers(url));
    expect(runningFromPidFile(dataDir, 'serve-site')?.pid).toBe(first.child.pid);

    const second = spawnLogged(PROJECT_NODE, [SERVE_SITE], env);
    await first.exited;
    await until('máy chủ thứ hai trả lời', () => answers(url));
    expect(second.out()).toMatch(/Dừng máy chủ trang tĩnh cũ còn chạy từ lần trước \(pid \d+\)/);
    expect(runningFromPidFile(dataDir, 'serve-site')?.pid).toBe(second.child.pid);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(runningFromPidFile(dataDir, 'serve-site')).toBeNull();

    const stranger = net.createServer().listen(port, '127.0.0.1');
    cleanups.push(() => new Promise<void>((resolve) => stranger.close(() => resolve())));
    await new Promise((r) => stranger.once('listening', r));
    const third = spawnLogged(PROJECT_NODE, [SERVE_SITE], env);
    expect(await third.exited).toBe(1);
    expect(third.out()).toMatch(new RegExp(`Cổng ${port} \\(máy chủ trang tĩnh\\) đang bị một tiến trình khác giữ`));
  });
});

describe('/status of the preview server', () => {
  let service: RebuildService | undefined;
  afterEach(async () => {
    await service?.stop();
    service = undefined;
  });

  async function startService(dataDir: string, previewPort: number) {
    const port = await freePort();
    const config = rebuildConfig({
      REBUILD_WEBHOOK_SECRET: 'bi-mat-du-dai-cho-kiem-thu',
      CMS_URL: 'http://127.0.0.1:9',
      STRAPI_BUILD_TOKEN: 'khong-dung',
      PATH: '/usr/bin:/bin',
      REBUILD_DATA_DIR: dataDir,
      REBUILD_PORT: String(port),
      REBUILD_SERVE: 'false',
      REBUILD_ON_START: 'false',
      REBUILD_DAILY_AT: 'off',
      PREVIEW_SECRET: 'khoa-xem-truoc-du-dai-0123456789',
      PREVIEW_PORT: String(previewPort),
      PREVIEW_HOST: '127.0.0.1',
    });
    service = await startRebuildService(config);
    return async () =>
      (await (await fetch(`http://127.0.0.1:${port}/status`)).json()) as {
        preview: { port: number; release: string | null; healthy: boolean; problem: string | null };
      };
  }

  it('comes from asking the server: a dead preview server or a port held by a stranger is reported, not believed', async () => {
    const dataDir = tempDataDir();
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    writeRelease(dataDir, 'ban-1', { previewServer: FAKE_PREVIEW_SERVER });
    swapLive(dataDir, 'ban-1');
    const previewPort = await freePort();
    const status = await startService(dataDir, previewPort);
    const up = await until('máy chủ xem trước khỏe', async () => {
      const s = await status();
      return s.preview.healthy && s;
    });
    expect(up.preview).toEqual({ port: previewPort, release: 'ban-1', healthy: true, problem: null });
    expect(await answers(`http://127.0.0.1:${previewPort}/xem-truoc/`)).toBe('xem trước ban-1');
    // It runs on the project's Node too.
    const pid = runningFromPidFile(dataDir, 'preview')!.pid;
    expect(fs.realpathSync(`/proc/${pid}/exe`)).toBe(fs.realpathSync(PROJECT_NODE));

    process.kill(pid, 'SIGKILL');
    const down = await until('máy chủ xem trước đã chết được báo', async () => {
      const s = await status();
      return !s.preview.healthy && s;
    });
    expect(down.preview.release).toBeNull();
    expect(down.preview.problem).toMatch(/tiến trình đã dừng|không trả lời/);

    // `npm run rollback` (SIGHUP to the service) restarts it on the live release.
    writeRelease(dataDir, 'ban-0', { previewServer: FAKE_PREVIEW_SERVER });
    swapLive(dataDir, 'ban-0');
    service!.liveChanged();
    await until('máy chủ xem trước chạy bản đã quay lại', async () => (await status()).preview.release === 'ban-0');
    expect(await answers(`http://127.0.0.1:${previewPort}/xem-truoc/`)).toBe('xem trước ban-0');
    await service!.stop();
    service = undefined;
    expect(runningFromPidFile(dataDir, 'preview')).toBeNull();

    // A stranger holds the preview port when the service starts: not ours to kill, and said so.
    const stranger = net.createServer((s) => s.end('HTTP/1.1 500 Loi\r\nContent-Length: 0\r\n\r\n')).listen(previewPort, '127.0.0.1');
    cleanups.push(() => new Promise<void>((resolve) => stranger.close(() => resolve())));
    await new Promise((r) => stranger.once('listening', r));
    const status2 = await startService(dataDir, previewPort);
    const held = await until(
      'cổng bị chiếm được báo',
      async () => {
        const s = await status2();
        return /đang bị một tiến trình khác giữ/.test(s.preview.problem ?? '') && s;
      },
      30_000,
    );
    expect(held.preview).toMatchObject({ release: null, healthy: false });
  });
});
