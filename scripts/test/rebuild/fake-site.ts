import fs from 'node:fs';
import path from 'node:path';
import type { BuildSiteOptions } from '../../src/lib/site.ts';
import type { SiteBuilder } from '../../src/rebuild/fast-lane.ts';
import type { SiteHolder } from '../../src/rebuild/held-build.ts';
import { pageKeysOf, writeTree, type Tree } from './release-tree.ts';

/**
 * A stand-in for `astro build` where the build itself is not what a test looks at (the service's
 * choice of lane): it writes what the contract says a full or a fast build writes, from `pages`,
 * the site's pages as the CMS state of the moment would render them ({ 'bai-viet/a/index.html': ... }).
 */
export function fakeSite(pages: Tree) {
  // gate: a build waits for it (a test looks at the service while a build runs)
  const state = { pages: { ...pages }, failFast: false, failFull: false, gate: null as Promise<void> | null };
  const calls: Array<{ fastBase: string | null }> = [];
  const build: SiteBuilder = async (_env: NodeJS.ProcessEnv, outDir: string, opts: BuildSiteOptions = {}) => {
    calls.push({ fastBase: opts.fastBase ?? null });
    await new Promise((r) => setTimeout(r, 5));
    await state.gate;
    const articles = Object.keys(state.pages).filter((p) => p.startsWith('bai-viet/')).length;
    const client: Tree = {
      ...state.pages,
      'sitemap-index.xml': `<sitemapindex>${Object.keys(state.pages).sort().join(' ')}</sitemapindex>`,
      'build-info.json': JSON.stringify({
        builtAt: '2026-01-01T00:00:00.000Z',
        counts: { articles, documents: 0, pages: 0, galleries: 0, videos: 0 },
      }),
    };
    const keys = pageKeysOf(client);
    if (!opts.fastBase) {
      if (state.failFull) throw new Error('astro build thất bại: CMS không trả lời (lỗi giả)');
      writeTree(path.join(outDir, 'client'), client);
      writeTree(outDir, { 'server/entry.mjs': '// xem trước', 'page-keys.json': keys });
      return;
    }
    if (state.failFast) throw new Error('astro build (nhanh) thất bại: lỗi giả');
    const base = (JSON.parse(fs.readFileSync(path.join(opts.fastBase, 'page-keys.json'), 'utf8')) as { pages: Record<string, string> })
      .pages;
    const now = (JSON.parse(keys) as { pages: Record<string, string> }).pages;
    const changed = Object.fromEntries(
      Object.entries(client).filter(([rel]) => {
        if (!rel.endsWith('index.html')) return true;
        const p = `/${rel.slice(0, -'index.html'.length)}`;
        return base[p] !== now[p];
      }),
    );
    writeTree(path.join(outDir, 'client'), changed);
    writeTree(outDir, {
      'server/entry.mjs': '// xem trước',
      'page-keys.json': keys,
      'fast-lane.json': JSON.stringify({
        version: 1,
        base: opts.fastBase,
        rendered: Object.keys(changed),
        removed: Object.keys(base).filter((p) => !(p in now)),
        removedFiles: Object.keys(base)
          .filter((p) => !(p in now))
          .map((p) => `${p.slice(1)}index.html`),
      }),
    });
  };
  // Held builds (held-build.ts) of this stand-in: started ahead, they build only at go(), from the
  // pages of that moment, as the real one reads the CMS only then.
  const holds: Array<{ fastBase: string | null; outcome: 'waiting' | 'used' | 'cancelled' }> = [];
  const hold: SiteHolder = (env, outDir, opts = {}) => {
    const entry = { fastBase: opts.fastBase ?? null, outcome: 'waiting' as 'waiting' | 'used' | 'cancelled' };
    holds.push(entry);
    return {
      go: () => {
        entry.outcome = 'used';
        return build(env, outDir, opts);
      },
      cancel: async () => {
        if (entry.outcome === 'waiting') entry.outcome = 'cancelled';
      },
      waiting: () => entry.outcome === 'waiting',
      ready: () => entry.outcome === 'waiting',
    };
  };
  return { build, hold, holds, state, calls };
}
