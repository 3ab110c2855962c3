// The rebuild service's /status names the published entries the live build left out as invalid
// (site/src/lib/cms/skipped.ts writes them into build-info.json), so staff learn what to fix.
import fs from 'node:fs';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { rebuildConfig } from '../../src/rebuild/config.ts';
import { startRebuildService, type RebuildService } from '../../src/rebuild/service.ts';
import { swapLive } from '../../src/rebuild/swap.ts';
import { tempDataDir, writeRelease } from './fake-release.ts';

const SKIPPED = {
  collection: 'articles',
  label: 'tin bài',
  entry: 'abc123def456 "(không có tiêu đề)"',
  problems: 'title: Too small: expected string to have >=1 characters',
};

let service: RebuildService | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await service?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function serviceOver(buildInfo: object): Promise<Record<string, any>> {
  dataDir = tempDataDir();
  writeRelease(dataDir, '20250101-000000', { buildInfo: JSON.stringify(buildInfo) });
  swapLive(dataDir, '20250101-000000');
  const port = await freePort();
  const config = rebuildConfig({
    REBUILD_WEBHOOK_SECRET: 'bi-mat-du-dai-cho-kiem-thu',
    CMS_URL: 'http://127.0.0.1:9',
    STRAPI_BUILD_TOKEN: 'khong-dung',
    REBUILD_DATA_DIR: dataDir,
    REBUILD_PORT: String(port),
    REBUILD_SERVE: 'false',
    REBUILD_ON_START: 'false',
    REBUILD_DAILY_AT: 'off',
    REBUILD_PREVIEW: 'false',
  });
  service = await startRebuildService(config);
  const res = await fetch(`http://127.0.0.1:${port}/status`);
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, any>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const counts = { articles: 9, documents: 3, pages: 2, galleries: 1, videos: 1 };

describe('rebuild service /status', () => {
  it('lists the entries the live build skipped', async () => {
    const status = await serviceOver({ builtAt: new Date().toISOString(), counts, skipped: [SKIPPED] });
    expect(status.live.release).toBe('20250101-000000');
    expect(status.live.skipped).toEqual([SKIPPED]);
  });

  it('shows an empty list for a build that skipped nothing, or one made before the list existed', async () => {
    const status = await serviceOver({ builtAt: new Date().toISOString(), counts });
    expect(status.live.skipped).toEqual([]);
  });
});
