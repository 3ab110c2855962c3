// Which lane the rebuild service takes, and when: the real service (webhook over HTTP, debouncers,
// runner, assembly, checks, swap) with a stand-in for `astro build` (fake-site.ts) and a clock the
// test moves. The fast build itself is tested by the site's own suites.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REBUILD_SECRET_HEADER } from '@dbk/shared-types';
import { rebuildConfig } from '../../src/rebuild/config.ts';
import { liveLink, liveReleaseId, readMeta, releaseDir, writeMeta } from '../../src/rebuild/releases.ts';
import { startRebuildService, type RebuildService } from '../../src/rebuild/service.ts';
import { swapLive } from '../../src/rebuild/swap.ts';
import { tempDataDir } from './fake-release.ts';
import { fakeSite } from './fake-site.ts';
import { manualClock } from './manual-clock.ts';
import { readTree } from './release-tree.ts';

const SECRET = 'bi-mat-du-dai-cho-kiem-thu-lan';
const MINUTE = 60_000;

let service: RebuildService | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await service?.stop();
  service = undefined;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function start(existing?: { data: string; pages: Record<string, string> }, opts: { hold?: boolean } = {}) {
  dataDir = existing?.data ?? tempDataDir();
  const port = await freePort();
  const clock = manualClock(Date.parse('2026-03-02T03:00:00Z'));
  const site = fakeSite(
    existing?.pages ?? {
      'index.html': 'trang chủ: a b',
      'bai-viet/a/index.html': 'bài a',
      'bai-viet/b/index.html': 'bài b',
      'chuyen-muc/x/index.html': 'chuyên mục x: a b',
    },
  );
  const config = rebuildConfig({
    REBUILD_WEBHOOK_SECRET: SECRET,
    CMS_URL: 'http://127.0.0.1:9',
    STRAPI_BUILD_TOKEN: 'khong-dung',
    SITE_TODAY: '2026-03-02',
    REBUILD_DATA_DIR: dataDir,
    REBUILD_PORT: String(port),
    REBUILD_SERVE: 'false',
    REBUILD_ON_START: 'false',
    REBUILD_DAILY_AT: 'off',
    REBUILD_PREVIEW: 'false',
  });
  service = await startRebuildService(config, { site: site.build, clock, ...(opts.hold ? { hold: site.hold } : {}) });
  const svc = service;
  const data = dataDir;
  const hook = async () => {
    const res = await fetch(`http://127.0.0.1:${port}/hooks/rebuild`, {
      method: 'POST',
      headers: { [REBUILD_SECRET_HEADER]: SECRET, 'Content-Type': 'application/json' },
      body: JSON.stringify({ event: 'entry.publish', count: 1 }),
    });
    expect(res.status).toBeLessThan(300);
  };
  /** moves the clock and waits for whatever build that started */
  const advance = async (ms: number) => {
    clock.advance(ms);
    await svc.idle();
  };
  const liveKind = () => readMeta(data, liveReleaseId(data)!)?.kind;
  const liveClient = () => readTree(path.join(liveLink(data), 'client'));
  return { site, hook, advance, svc, liveKind, liveClient, data, config, clock };
}

describe('the two lanes of the rebuild service', () => {
  it('builds fully when nothing is live, then takes the fast lane on a publish, and the full build after 10 quiet minutes', async () => {
    const t = await start();
    await t.hook();
    // No live release yet: a full build, after the longer debounce (3 s), not the fast one (1 s).
    await t.advance(1000);
    expect(t.site.calls).toEqual([]);
    await t.advance(2000);
    expect(t.site.calls).toEqual([{ fastBase: null }]);
    expect(t.liveKind()).toBe('full');
    const first = liveReleaseId(t.data)!;
    expect((await t.svc.status()).lastBuild).toMatchObject({ lane: 'full', result: 'success', fastLaneSkipped: 'chưa có bản đang chạy' });

    // A new article and an edit: the fast lane after 1 s, on the live release.
    t.site.state.pages['bai-viet/c/index.html'] = 'bài c';
    t.site.state.pages['bai-viet/a/index.html'] = 'bài a (sửa)';
    t.site.state.pages['index.html'] = 'trang chủ: a b c';
    await t.hook();
    await t.advance(1000);
    expect(t.site.calls.at(-1)).toEqual({ fastBase: releaseDir(t.data, first) });
    expect(t.liveKind()).toBe('fast');
    expect(t.liveClient()).toMatchObject(t.site.state.pages);
    const status = await t.svc.status();
    expect(status.lastBuild).toMatchObject({ lane: 'fast', result: 'success' });
    expect(status.live.kind).toBe('fast');
    expect(Date.parse(status.queue.fullBuildDueAt!)).toBeGreaterThan(0);

    // An unpublish 5 minutes later: fast again, and it postpones the full build.
    await t.advance(5 * MINUTE);
    delete t.site.state.pages['bai-viet/b/index.html'];
    t.site.state.pages['index.html'] = 'trang chủ: a c';
    await t.hook();
    await t.advance(1000);
    expect(t.site.calls).toHaveLength(3);
    expect(t.liveKind()).toBe('fast');
    expect(fs.existsSync(path.join(liveLink(t.data), 'client/bai-viet/b'))).toBe(false);
    expect(readMeta(t.data, liveReleaseId(t.data)!)?.dependsOn).toContain(first);
    await t.advance(9 * MINUTE);
    expect(t.site.calls).toHaveLength(3);
    await t.advance(MINUTE);
    expect(t.site.calls).toHaveLength(4);
    expect(t.site.calls.at(-1)).toEqual({ fastBase: null });
    expect(t.liveKind()).toBe('full');
    expect((await t.svc.status()).lastBuild).toMatchObject({ lane: 'full', reasons: ['dựng đầy đủ sau 10 phút không có thay đổi'] });
    expect(t.liveClient()).toMatchObject(t.site.state.pages);
    // Nothing fast is live any more: no further full build is due.
    await t.advance(20 * MINUTE);
    expect(t.site.calls).toHaveLength(4);
  });

  it('owes the full build after a restart while a fast release is live', async () => {
    const t = await start();
    await t.hook();
    await t.advance(3000);
    t.site.state.pages['bai-viet/c/index.html'] = 'bài c';
    await t.hook();
    await t.advance(1000);
    expect(t.liveKind()).toBe('fast');
    await t.svc.stop();
    const t2 = await start({ data: t.data, pages: t.site.state.pages });
    await t2.advance(10 * MINUTE);
    expect(t2.site.calls).toEqual([{ fastBase: null }]);
    expect(t2.liveKind()).toBe('full');
  });

  it('falls back to a full build when the fast lane fails, the live site untouched until a build succeeds', async () => {
    const t = await start();
    await t.hook();
    await t.advance(3000);
    const before = t.liveClient();
    const live = liveReleaseId(t.data)!;
    t.site.state.pages['bai-viet/c/index.html'] = 'bài c';
    // Both lanes fail (the CMS went away): the live release stays, a retry is scheduled.
    t.site.state.failFast = true;
    t.site.state.failFull = true;
    await t.hook();
    await t.advance(1000);
    expect(t.site.calls.slice(1)).toEqual([{ fastBase: releaseDir(t.data, live) }, { fastBase: null }]);
    expect(liveReleaseId(t.data)).toBe(live);
    expect(t.liveClient()).toEqual(before);
    let status = await t.svc.status();
    expect(status.lastBuild).toMatchObject({ lane: 'full', result: 'failure' });
    expect(status.lastBuild?.fastLaneSkipped).toMatch(/làn nhanh thất bại: .*lỗi giả/);
    expect(status.retry.attempts).toBe(1);
    // Only the fast lane fails now: the retry's full build publishes.
    t.site.state.failFull = false;
    await t.advance(5000);
    status = await t.svc.status();
    expect(status.lastBuild).toMatchObject({ lane: 'full', result: 'success' });
    expect(t.liveKind()).toBe('full');
    expect(t.liveClient()).toMatchObject(t.site.state.pages);
    // The failed attempts left nothing behind: two full releases.
    expect(status.releases).toHaveLength(2);
    expect(fs.readdirSync(path.join(t.data, 'releases')).filter((n) => !n.endsWith('.json'))).toHaveLength(2);
  });

  it('builds fully when the live release was built from other code, settings or another day', async () => {
    const t = await start();
    await t.hook();
    await t.advance(3000);
    const live = liveReleaseId(t.data)!;
    writeMeta(t.data, { ...readMeta(t.data, live)!, codeHash: 'ma-nguon-cu' });
    t.site.state.pages['bai-viet/c/index.html'] = 'bài c';
    await t.hook();
    await t.advance(1000);
    expect(t.site.calls).toHaveLength(1);
    await t.advance(2000);
    expect(t.site.calls).toEqual([{ fastBase: null }, { fastBase: null }]);
    expect((await t.svc.status()).lastBuild?.fastLaneSkipped).toMatch(/đã khác bản đang chạy/);
    expect(t.liveKind()).toBe('full');
  });

  it('queues one follow-up while a build runs, full when a full build was asked for, with the latest state', async () => {
    const t = await start();
    await t.hook();
    await t.advance(3000);
    let open = () => {};
    t.site.state.gate = new Promise((resolve) => (open = resolve));
    t.site.state.pages['bai-viet/c/index.html'] = 'bài c';
    await t.hook();
    t.site.calls.length = 0;
    t.clock.advance(1000);
    // The fast build runs (held at the gate); a publish and the nightly build arrive meanwhile.
    expect((await t.svc.status()).queue).toMatchObject({ building: true, lane: 'fast', followUpQueued: false });
    t.site.state.pages['bai-viet/d/index.html'] = 'bài d';
    await t.hook();
    t.clock.advance(1000);
    expect((await t.svc.status()).queue).toMatchObject({ lane: 'fast', followUpQueued: true, followUpLane: 'fast' });
    const daily = t.svc.requestBuild('dựng lại hằng ngày');
    expect((await t.svc.status()).queue).toMatchObject({ lane: 'fast', followUpQueued: true, followUpLane: 'full' });
    t.site.state.gate = null;
    open();
    await daily;
    await t.svc.idle();
    expect(t.site.calls.map((c) => (c.fastBase ? 'fast' : 'full'))).toEqual(['fast', 'full']);
    expect((await t.svc.status()).lastBuild).toMatchObject({ lane: 'full', reasons: ['1 thay đổi từ CMS', 'dựng lại hằng ngày'] });
    expect(t.liveClient()).toMatchObject(t.site.state.pages);
  });
});

describe('the fast build held ready for the next publish', () => {
  it('starts one onto each new live release, builds a publish with it from the content of that moment, and stops it for a full build', async () => {
    const t = await start(undefined, { hold: true });
    await t.hook();
    await t.advance(3000);
    const first = liveReleaseId(t.data)!;
    // Once the full build is live, the next fast build waits, started onto it.
    expect(t.site.holds).toEqual([{ fastBase: releaseDir(t.data, first), outcome: 'waiting' }]);
    expect((await t.svc.status()).queue.heldBuild).toEqual({ base: first, ready: true });

    // A change made after that start is in the release it builds.
    t.site.state.pages['bai-viet/c/index.html'] = 'bài c';
    await t.hook();
    await t.advance(1000);
    expect(t.site.holds[0]!.outcome).toBe('used');
    expect((await t.svc.status()).lastBuild).toMatchObject({ lane: 'fast', result: 'success', heldStart: true });
    expect(t.liveClient()).toMatchObject(t.site.state.pages);
    // ... and the next one waits onto the fast release now live.
    const fast = liveReleaseId(t.data)!;
    expect(t.site.holds.slice(1)).toEqual([{ fastBase: releaseDir(t.data, fast), outcome: 'waiting' }]);

    // The full build after 10 quiet minutes stops it (one build at a time, in the staging folder).
    await t.advance(10 * MINUTE);
    expect(t.liveKind()).toBe('full');
    expect(t.site.holds[1]!.outcome).toBe('cancelled');
    expect(t.site.holds.at(-1)).toEqual({ fastBase: releaseDir(t.data, liveReleaseId(t.data)!), outcome: 'waiting' });
  });

  it('does not use one started onto a release that is no longer live', async () => {
    const t = await start(undefined, { hold: true });
    await t.hook();
    await t.advance(3000);
    const first = liveReleaseId(t.data)!;
    t.site.state.pages['bai-viet/c/index.html'] = 'bài c';
    await t.hook();
    await t.advance(1000);
    const fast = liveReleaseId(t.data)!;
    // Rolled back outside the service (npm run rollback) without telling it: the held build was
    // started onto the fast release, so the publish builds afresh onto the one live now.
    swapLive(t.data, first);
    t.site.state.pages['bai-viet/d/index.html'] = 'bài d';
    await t.hook();
    await t.advance(1000);
    expect(t.site.holds[1]).toEqual({ fastBase: releaseDir(t.data, fast), outcome: 'cancelled' });
    expect(t.site.calls.at(-1)).toEqual({ fastBase: releaseDir(t.data, first) });
    expect((await t.svc.status()).lastBuild).toMatchObject({ lane: 'fast', result: 'success', heldStart: false });
    expect(t.liveClient()).toMatchObject(t.site.state.pages);
  });
});
