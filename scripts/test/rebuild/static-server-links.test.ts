// The static server serves a fast release, whose unchanged folders are symlinks into an older
// release's client/, and nothing else a link inside the release could lead to.
import fs from 'node:fs';
import type http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webRoot } from '../../src/lib/site.ts';
import { serveStatic } from '../../src/lib/static-server.ts';
import { liveLink, releaseDir } from '../../src/rebuild/releases.ts';
import { swapLive } from '../../src/rebuild/swap.ts';
import { tempDataDir } from './fake-release.ts';
import { writeTree } from './release-tree.ts';

let server: http.Server;
let base: string;
let dataDir: string;

beforeAll(async () => {
  dataDir = tempDataDir();
  const old = releaseDir(dataDir, 'ban-cu');
  writeTree(old, {
    'client/bai-viet/a/index.html': 'bài a cũ',
    'server/entry.mjs': '// mã máy chủ xem trước',
    'bi-mat.txt': 'ngoài client',
  });
  const fast = releaseDir(dataDir, 'ban-nhanh');
  writeTree(fast, { 'client/index.html': 'trang chủ', 'client/bai-viet/b/index.html': 'bài b' });
  // What the assembly makes: a relative link to the older release's real folder.
  fs.symlinkSync('../../../ban-cu/client/bai-viet/a', path.join(fast, 'client/bai-viet/a'));
  // What it never makes, and must not be served if it appeared.
  fs.symlinkSync('../../ban-cu/server/entry.mjs', path.join(fast, 'client/entry.mjs'));
  fs.symlinkSync('../../ban-cu/bi-mat.txt', path.join(fast, 'client/bi-mat.txt'));
  fs.symlinkSync('/etc/hostname', path.join(fast, 'client/hostname'));
  swapLive(dataDir, 'ban-nhanh');
  const port = await new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
  server = await serveStatic(webRoot(liveLink(dataDir)), port, '127.0.0.1');
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const get = async (p: string) => {
  const res = await fetch(base + p);
  return { status: res.status, body: await res.text() };
};

describe('static server and shared folders', () => {
  it('serves pages of the release and pages it shares with an older release', async () => {
    expect(await get('/')).toEqual({ status: 200, body: 'trang chủ' });
    expect(await get('/bai-viet/b/')).toEqual({ status: 200, body: 'bài b' });
    expect(await get('/bai-viet/a/')).toEqual({ status: 200, body: 'bài a cũ' });
    expect(await get('/bai-viet/a')).toEqual({ status: 200, body: 'bài a cũ' });
  });

  it('refuses links that lead outside the client folders of the releases', async () => {
    expect((await get('/entry.mjs')).status).toBe(403);
    expect((await get('/bi-mat.txt')).status).toBe(403);
    expect((await get('/hostname')).status).toBe(403);
    expect((await get('/../server/entry.mjs')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/ban-cu/server/entry.mjs')).status).toBe(404);
  });
});
