// Readers hammering the real static server while `live` is swapped hundreds of times: every
// response is a whole page of one release or the other, never an error, never empty.
import { spawn } from 'node:child_process';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { webRoot } from '../../src/lib/site.ts';
import { serveStatic } from '../../src/lib/static-server.ts';
import { liveLink } from '../../src/rebuild/releases.ts';
import { swapLive } from '../../src/rebuild/swap.ts';
import { tempDataDir, writeRelease } from './fake-release.ts';

describe('atomic swap under load', () => {
  let server: http.Server;
  afterAll(() => new Promise<void>((resolve) => server?.close(() => resolve())));

  it('never serves an error or an empty page while another process swaps thousands of times', async () => {
    const data = tempDataDir();
    writeRelease(data, 'ban-a', { marker: 'BẢN A' });
    writeRelease(data, 'ban-b', { marker: 'BẢN B' });
    swapLive(data, 'ban-a');
    server = await serveStatic(webRoot(liveLink(data)), 0, '127.0.0.1');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    let swapping = true;
    const seen = new Set<string>();
    const failures: string[] = [];
    let requests = 0;
    const reader = async () => {
      while (swapping) {
        for (const path of ['/', '/build-info.json', '/sitemap-index.xml']) {
          const res = await fetch(`${base}${path}`);
          const text = await res.text();
          requests++;
          if (res.status !== 200 || text.length === 0) failures.push(`${path}: ${res.status} (${text.length} byte)`);
          if (path === '/') {
            if (!text.includes('</html>')) failures.push(`${path}: trang bị cắt`);
            const marker = /BẢN [AB]/.exec(text)?.[0];
            if (marker) seen.add(marker);
            else failures.push(`${path}: không thuộc bản nào`);
          }
        }
      }
    };
    const readers = Array.from({ length: 4 }, reader);
    const swapper = spawn(process.execPath, [new URL('./swapper.ts', import.meta.url).pathname, data, '5000'], { stdio: 'inherit' });
    const code = await new Promise((resolve) => swapper.once('exit', resolve));
    swapping = false;
    await Promise.all(readers);
    expect(code).toBe(0);
    expect(failures).toEqual([]);
    expect(seen).toEqual(new Set(['BẢN A', 'BẢN B']));
    expect(requests).toBeGreaterThan(100);
  });
});
