// A fast release is the live release plus a fast build's files, made without copying: these tests
// assemble real folders (no stand-ins for the file system) and look at what is shared and how.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleFastRelease } from '../../src/rebuild/assemble-release.ts';
import { pageFiles } from '../../src/rebuild/fast-lane-files.ts';
import { listReleases, liveLink, pruneReleases, releaseDir, stagingDir, writeMeta } from '../../src/rebuild/releases.ts';
import { swapLive } from '../../src/rebuild/swap.ts';
import { verifyFastRelease } from '../../src/rebuild/verify-fast-release.ts';
import { tempDataDir } from './fake-release.ts';
import { linkTarget, pageKeysOf, readTree, snapshot, writeTree, type Tree } from './release-tree.ts';

const B1 = '2026-01-01T00-00-00-000Z';
const F1 = '2026-01-01T00-01-00-000Z';
const F2 = '2026-01-01T00-02-00-000Z';

const BASE_CLIENT: Tree = {
  'index.html': 'trang chủ 1',
  'bai-viet/a/index.html': 'bài a 1',
  'bai-viet/a/in.pdf': 'bản in a',
  'bai-viet/b/index.html': 'bài b 1',
  'bai-viet/c/index.html': 'bài c 1',
  'chuyen-muc/x/index.html': 'chuyên mục x',
  'chuyen-muc/x/trang/2/index.html': 'chuyên mục x trang 2',
  '_astro/site.css': 'body{}',
  '_astro/anh.webp': 'ảnh',
  'sitemap-index.xml': '<sitemapindex/>',
  'build-info.json': '{"builtAt":"2026-01-01T00:00:00.000Z","counts":{"articles":3,"documents":0,"pages":0,"galleries":0,"videos":0}}',
};

/** A full release as a build leaves it, and its meta. */
function fullRelease(dataDir: string, id: string, client: Tree): string {
  const dir = releaseDir(dataDir, id);
  writeTree(path.join(dir, 'client'), client);
  writeTree(dir, { 'server/entry.mjs': '// xem trước', 'page-keys.json': pageKeysOf(client) });
  writeMeta(dataDir, { id, builtAt: '', durationMs: 1, reasons: [], counts: null, kind: 'full', dependsOn: [], codeHash: 'x' });
  return dir;
}

/** What a fast build on `base` leaves in staging: the changed files, the new key map, fast-lane.json. */
function fastOutput(dataDir: string, base: string, changed: Tree, whole: Tree, removed: string[]): string {
  const out = stagingDir(dataDir);
  fs.rmSync(out, { recursive: true, force: true });
  writeTree(path.join(out, 'client'), changed);
  writeTree(out, {
    'server/entry.mjs': '// xem trước (bản nhanh)',
    'page-keys.json': pageKeysOf(whole),
    'fast-lane.json': JSON.stringify({
      version: 1,
      base,
      rendered: [],
      removed,
      removedFiles: removed.flatMap((p) => pageFiles(p).slice(0, 1)),
    }),
  });
  return out;
}

/** Applies a fast build's changes to a client tree: what a full build of the new state holds. */
const applied = (client: Tree, changed: Tree, removedFiles: string[]): Tree =>
  Object.fromEntries(Object.entries({ ...client, ...changed }).filter(([rel]) => !removedFiles.includes(rel)));

const FAST1: Tree = {
  'index.html': 'trang chủ 2',
  'bai-viet/a/index.html': 'bài a 2',
  'bai-viet/d/index.html': 'bài d mới',
  // rendered again, came out the same: stays shared
  '_astro/site.css': 'body{}',
  'sitemap-index.xml': '<sitemapindex v="2"/>',
  'build-info.json': BASE_CLIENT['build-info.json']!,
};
const CLIENT1 = applied(BASE_CLIENT, FAST1, ['bai-viet/c/index.html']);

function firstFastRelease() {
  const dataDir = tempDataDir();
  const base = fullRelease(dataDir, B1, BASE_CLIENT);
  swapLive(dataDir, B1);
  const before = snapshot(base);
  const out = fastOutput(dataDir, base, FAST1, CLIENT1, ['/bai-viet/c/']);
  const target = releaseDir(dataDir, F1);
  const result = assembleFastRelease(base, out, target);
  return { dataDir, base, target, result, before };
}

describe('assembling a fast release', () => {
  it('holds the new state: replaced and new pages, removed page gone, everything else from the base', () => {
    const { target, result } = firstFastRelease();
    expect(readTree(path.join(target, 'client'))).toEqual(CLIENT1);
    expect(fs.existsSync(path.join(target, 'client/bai-viet/c'))).toBe(false);
    expect(fs.readFileSync(path.join(target, 'page-keys.json'), 'utf8')).toBe(pageKeysOf(CLIENT1));
    expect(verifyFastRelease(target)).toEqual([]);
    expect(result).toMatchObject({ removed: 1 });
  });

  it('shares unchanged subtrees by relative symlinks and unchanged files by hard links, copying nothing', () => {
    const { base, target, result } = firstFastRelease();
    const realBase = fs.realpathSync(base);
    // A nested unchanged subtree is one link to the base's real directory.
    const cm = path.join(target, 'client/chuyen-muc');
    expect(fs.lstatSync(cm).isSymbolicLink()).toBe(true);
    expect(path.isAbsolute(fs.readlinkSync(cm))).toBe(false);
    expect(linkTarget(cm)).toBe(path.join(realBase, 'client/chuyen-muc'));
    // Equal bytes from the fast build do not break the sharing of their directory.
    expect(fs.lstatSync(path.join(target, 'client/_astro')).isSymbolicLink()).toBe(true);
    // A changed directory is real; its unchanged neighbours are links, its unchanged files hard links.
    expect(fs.lstatSync(path.join(target, 'client/bai-viet')).isDirectory()).toBe(true);
    expect(fs.lstatSync(path.join(target, 'client/bai-viet/b')).isSymbolicLink()).toBe(true);
    expect(fs.statSync(path.join(target, 'client/bai-viet/a/in.pdf')).ino).toBe(
      fs.statSync(path.join(base, 'client/bai-viet/a/in.pdf')).ino,
    );
    // A changed file is a new inode: nothing was written into the base's.
    expect(fs.statSync(path.join(target, 'client/index.html')).ino).not.toBe(fs.statSync(path.join(base, 'client/index.html')).ino);
    expect(fs.lstatSync(path.join(target, 'server')).isSymbolicLink()).toBe(true);
    expect(linkTarget(path.join(target, 'server'))).toBe(path.join(realBase, 'server'));
    expect(result.dependsOn).toEqual([realBase]);
  });

  it('leaves every byte, inode and time of the live release as it was', () => {
    const { base, before } = firstFastRelease();
    expect(snapshot(base)).toEqual(before);
  });

  it('makes a complete release when the fast build changed nothing: every top entry shared', () => {
    const dataDir = tempDataDir();
    const base = fullRelease(dataDir, B1, BASE_CLIENT);
    const out = fastOutput(dataDir, base, { 'sitemap-index.xml': BASE_CLIENT['sitemap-index.xml']! }, BASE_CLIENT, []);
    const target = releaseDir(dataDir, F1);
    assembleFastRelease(base, out, target);
    expect(readTree(path.join(target, 'client'))).toEqual(BASE_CLIENT);
    expect(fs.lstatSync(path.join(target, 'client/bai-viet')).isSymbolicLink()).toBe(true);
    expect(verifyFastRelease(target)).toEqual([]);
  });

  it('takes the search delta folder whole: the new delta covers every change since the last full build', () => {
    const dataDir = tempDataDir();
    const client = { ...BASE_CLIENT, 'pagefind-delta/changes.json': '{"cu":1}', 'pagefind-delta/fragment/cu.pf_fragment': 'cũ' };
    const base = fullRelease(dataDir, B1, client);
    const delta = { 'pagefind-delta/changes.json': '{"moi":1}', 'pagefind-delta/index/moi.pf_index': 'mới' };
    const out = fastOutput(dataDir, base, delta, client, []);
    const target = releaseDir(dataDir, F1);
    assembleFastRelease(base, out, target);
    const tree = readTree(path.join(target, 'client'));
    expect(
      Object.keys(tree)
        .filter((f) => f.startsWith('pagefind-delta/'))
        .sort(),
    ).toEqual(Object.keys(delta).sort());
    expect(fs.lstatSync(path.join(target, 'client/pagefind-delta')).isSymbolicLink()).toBe(false);
  });

  it('finds the file of every kind of pathname Astro gives', () => {
    expect(pageFiles('/')).toEqual(['index.html']);
    expect(pageFiles('/bai-viet/a/')).toEqual(['bai-viet/a/index.html', 'bai-viet/a.html']);
    expect(pageFiles('/rss.xml')).toEqual(['rss.xml']);
    expect(pageFiles('/404')).toEqual(['404/index.html', '404.html']);
  });

  it('refuses a fast build made on another base, or one that is not a fast build', () => {
    const dataDir = tempDataDir();
    const base = fullRelease(dataDir, B1, BASE_CLIENT);
    const other = fullRelease(dataDir, F1, BASE_CLIENT);
    const out = fastOutput(dataDir, other, FAST1, CLIENT1, []);
    expect(() => assembleFastRelease(base, out, releaseDir(dataDir, F2))).toThrow(/không phải bản đang chạy/);
    fs.rmSync(path.join(out, 'fast-lane.json'));
    expect(() => assembleFastRelease(base, out, releaseDir(dataDir, F2))).toThrow(/thiếu fast-lane\.json/);
  });

  it('chains: a fast release on a fast release links to real directories only, and pruning keeps what it needs', () => {
    const { dataDir, base, target: first, result } = firstFastRelease();
    writeMeta(dataDir, { id: F1, builtAt: '', durationMs: 1, reasons: [], counts: null, kind: 'fast', dependsOn: [B1], codeHash: 'x' });
    expect(result.dependsOn.map((d) => path.basename(d))).toEqual([B1]);
    swapLive(dataDir, F1);
    const fast2: Tree = { 'bai-viet/b/index.html': 'bài b 2', 'sitemap-index.xml': '<sitemapindex v="3"/>', 'index.html': 'trang chủ 3' };
    const client2 = applied(CLIENT1, fast2, []);
    const liveBefore = snapshot(first);
    const out = fastOutput(dataDir, first, fast2, client2, []);
    const second = releaseDir(dataDir, F2);
    const r2 = assembleFastRelease(first, out, second);
    expect(readTree(path.join(second, 'client'))).toEqual(client2);
    expect(snapshot(first)).toEqual(liveBefore);
    // chuyen-muc was a link in F1: F2's link goes straight to B1's real directory, not through F1's.
    const cm = linkTarget(path.join(second, 'client/chuyen-muc'));
    expect(cm).toBe(path.join(fs.realpathSync(base), 'client/chuyen-muc'));
    expect(fs.lstatSync(cm).isDirectory()).toBe(true);
    // bai-viet/a was made in F1: F2 shares F1's.
    expect(linkTarget(path.join(second, 'client/bai-viet/a'))).toBe(path.join(fs.realpathSync(first), 'client/bai-viet/a'));
    expect(linkTarget(path.join(second, 'server'))).toBe(path.join(fs.realpathSync(base), 'server'));
    expect(r2.dependsOn.map((d) => path.basename(d))).toEqual([B1, F1]);
    writeMeta(dataDir, { id: F2, builtAt: '', durationMs: 1, reasons: [], counts: null, kind: 'fast', dependsOn: [B1, F1], codeHash: 'x' });
    swapLive(dataDir, F2);

    // Keeping one release keeps the two it links into: pruning them is refused.
    expect(pruneReleases(dataDir, 1)).toEqual([]);
    expect(listReleases(dataDir).map((r) => r.id)).toEqual([B1, F1, F2]);
    expect(readTree(path.join(liveLink(dataDir), 'client'))).toEqual(client2);
    expect(verifyFastRelease(second)).toEqual([]);

    // A newer full build, then a rollback to B1: the fast releases fall out of the kept set and
    // go, and removing them removes their links, never what those point at.
    const B2 = '2026-01-01T00-03-00-000Z';
    fullRelease(dataDir, B2, client2);
    swapLive(dataDir, B1);
    const b1Before = snapshot(base);
    expect(pruneReleases(dataDir, 1).sort()).toEqual([F1, F2]);
    expect(snapshot(base)).toEqual(b1Before);
    expect(readTree(path.join(liveLink(dataDir), 'client'))).toEqual(BASE_CLIENT);
    swapLive(dataDir, B2);
    expect(pruneReleases(dataDir, 1)).toEqual([B1]);
    expect(readTree(path.join(liveLink(dataDir), 'client'))).toEqual(client2);
  });
});
