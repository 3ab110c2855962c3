import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listReleases, liveLink, liveReleaseId, newReleaseId, pruneReleases, releasesDir } from '../../src/rebuild/releases.ts';
import { rollback } from '../../src/rebuild/rollback.ts';
import { swapLive } from '../../src/rebuild/swap.ts';
import type { BuildInfo } from '@dbk/shared-types';
import { readBuildInfo, verifyRelease } from '../../src/rebuild/verify-release.ts';
import { tempDataDir, writeRelease } from './fake-release.ts';

const ids = ['2025-06-01T00-00-00-000Z', '2025-06-02T00-00-00-000Z', '2025-06-03T00-00-00-000Z', '2025-06-04T00-00-00-000Z'];

describe('releases, swap and rollback', () => {
  it('names releases so that text order is time order', () => {
    const a = newReleaseId(new Date('2025-06-05T09:59:59.999Z'));
    const b = newReleaseId(new Date('2025-06-05T10:00:00.000Z'));
    expect(a).toBe('2025-06-05T09-59-59-999Z');
    expect([b, a].sort()).toEqual([a, b]);
  });

  it('swaps live with a relative symlink, replacing the previous one, leaving no temporary link', () => {
    const data = tempDataDir();
    writeRelease(data, ids[0]!);
    writeRelease(data, ids[1]!);
    expect(liveReleaseId(data)).toBeNull();
    swapLive(data, ids[0]!);
    expect(liveReleaseId(data)).toBe(ids[0]);
    swapLive(data, ids[1]!);
    expect(liveReleaseId(data)).toBe(ids[1]);
    expect(fs.readlinkSync(liveLink(data))).toBe(path.join('releases', ids[1]!));
    expect(fs.readFileSync(path.join(liveLink(data), 'client', 'index.html'), 'utf8')).toContain(ids[1]);
    expect(fs.readdirSync(data).sort()).toEqual(['live', 'releases']);
    expect(() => swapLive(data, 'khong-co')).toThrow();
    expect(liveReleaseId(data)).toBe(ids[1]);
  });

  it('rolls back to the release before the live one, then further, and to a named one', () => {
    const data = tempDataDir();
    for (const id of ids.slice(0, 3)) writeRelease(data, id);
    swapLive(data, ids[2]!);
    expect(rollback(data)).toEqual({ from: ids[2], to: ids[1] });
    expect(fs.readFileSync(path.join(liveLink(data), 'client', 'index.html'), 'utf8')).toContain(ids[1]);
    expect(rollback(data)).toEqual({ from: ids[1], to: ids[0] });
    expect(() => rollback(data)).toThrow(/cũ hơn/);
    expect(liveReleaseId(data)).toBe(ids[0]);
    expect(rollback(data, ids[2])).toEqual({ from: ids[0], to: ids[2] });
    expect(() => rollback(data, 'khong-co')).toThrow(/Không có bản phát hành/);
  });

  it('keeps the newest N good releases and the live one, and clears failed leftovers', () => {
    const data = tempDataDir();
    for (const id of ids) writeRelease(data, id);
    writeRelease(data, '2025-06-05T00-00-00-000Z', { meta: false });
    swapLive(data, ids[0]!);
    const removed = pruneReleases(data, 2);
    expect(removed.sort()).toEqual([ids[1], '2025-06-05T00-00-00-000Z']);
    expect(listReleases(data).map((r) => r.id)).toEqual([ids[0], ids[2], ids[3]]);
    expect(fs.readdirSync(releasesDir(data)).sort()).toEqual([
      ids[0],
      `${ids[0]}.json`,
      ids[2],
      `${ids[2]}.json`,
      ids[3],
      `${ids[3]}.json`,
    ]);
    expect(liveReleaseId(data)).toBe(ids[0]);
  });
});

describe('checks before a release may go live', () => {
  const opts = { minArticleRatio: 0.5, allowShrink: false };

  it('accepts a complete build', () => {
    const data = tempDataDir();
    const { problems, info } = verifyRelease(writeRelease(data, ids[0]!, { articles: 40 }), null, opts);
    expect(problems).toEqual([]);
    expect(info?.counts.articles).toBe(40);
  });

  it('refuses a build without home page, sitemap, build info or preview server, or with malformed build info', () => {
    const data = tempDataDir();
    for (const missing of ['index.html', 'sitemap-index.xml', 'build-info.json', 'server/entry.mjs']) {
      const { problems } = verifyRelease(writeRelease(data, `thieu-${missing}`, { omit: [missing] }), null, opts);
      expect(problems.join(' '), missing).toContain(missing);
    }
    const bad = verifyRelease(writeRelease(data, 'hong', { buildInfo: '{"builtAt":"hôm qua","counts":{}}' }), null, opts);
    expect(bad.problems.join(' ')).toMatch(/builtAt/);
    const noCount = verifyRelease(
      writeRelease(data, 'thieu-dem', { buildInfo: JSON.stringify({ builtAt: new Date().toISOString(), counts: { articles: 3 } }) }),
      null,
      opts,
    );
    expect(noCount.problems.join(' ')).toMatch(/counts\.documents/);
  });

  it('refuses an article count below half of the live one unless overridden', () => {
    const data = tempDataDir();
    const live = readBuildInfo(writeRelease(data, ids[0]!, { articles: 100 })) as BuildInfo;
    expect(verifyRelease(writeRelease(data, ids[1]!, { articles: 50 }), live, opts).problems).toEqual([]);
    const shrunk = verifyRelease(writeRelease(data, ids[2]!, { articles: 49 }), live, opts);
    expect(shrunk.problems.join(' ')).toMatch(/100 xuống 49/);
    expect(verifyRelease(writeRelease(data, ids[3]!, { articles: 0 }), live, { ...opts, allowShrink: true }).problems).toEqual([]);
  });
});
