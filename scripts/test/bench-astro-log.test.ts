// The bench's reading of `astro build` logs, on real logs: a cold and a warm build of the sample
// site plus 200 bench articles (Astro 7.3.5, server output), captured by the bench itself
// ("+<ms>\t<line>"; .txt because the repository ignores *.log), the per-image lines trimmed to the
// first three and last two.
// If Astro changes its wording, a fresh capture makes these fail instead of a phase swallowing the next.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAstroLog, phaseDurations, readTimedLog, PHASE_NAMES } from '../src/bench/astro-log.ts';

const fixture = (name: string) => readTimedLog(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8'));

describe('phases of a real astro build log', () => {
  const cold = fixture('astro-build-cold.txt');
  const warm = fixture('astro-build-warm.txt');

  it('reads every line of the captured log', () => {
    expect(cold.length).toBeGreaterThan(400);
    expect(cold[0]!.text).toContain('[@astrojs/node]');
  });

  it('finds each phase of a cold build where its own lines open and close it', () => {
    const parsed = parseAstroLog(cold);
    expect(parsed.phases).toEqual({
      // [content] Syncing content … [content] Synced content
      'content sync': { start: 3899, end: 4463 },
      // [build] Building server entrypoints... until Astro starts prerendering inside Vite's step
      'vite bundle': { start: 4468, end: 6020 },
      // prerendering static routes … ✓ Completed in 2.49s.
      'render pages': { start: 6020, end: 8487 },
      // generating optimized images … ✓ Completed in 38.39s.
      images: { start: 8490, end: 46879 },
      // the search integration's line at 49647 says it took 2667 ms
      'search index': { start: 49647 - 2667, end: 49647 },
    });
    expect(Object.keys(parsed.phases)).toEqual([...PHASE_NAMES]);
    expect(parsed.astroTotalMs).toBe(47_070);
    expect(parsed.complete).toBe(true);
    expect(parsed.copiedPages).toBe(0);
  });

  it('puts what no phase covers in "other", and the parts add up to the total', () => {
    const total = 49_700;
    const d = phaseDurations(parseAstroLog(cold), total);
    expect(d['content sync']).toBe(564);
    expect(d.images).toBe(38_389);
    expect(Object.values(d).reduce((a, b) => a + b, 0)).toBe(total);
    expect(d.other).toBe(total - 564 - 1552 - 2467 - 38_389 - 2667);
  });

  it('counts a search index that ran alongside render and images only for the wait after them', () => {
    // The same build with its search line saying 45,000 ms: it started during the render.
    const alongside = cold.map((l) => ({ ...l, text: l.text.replace(/\(2667 ms/u, '(45000 ms') }));
    const parsed = parseAstroLog(alongside);
    expect(parsed.phases['search index']).toEqual({ start: 49647 - 45_000, end: 49647 });
    const total = 49_700;
    const d = phaseDurations(parsed, total);
    expect(d['search index']).toBe(49647 - 46_879);
    expect(d.images).toBe(38_389);
    expect(Object.values(d).reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('reads how many shards of the search index a full build indexed and how many it kept', () => {
    // The sample site's index is one shard (no count printed); at 10,000 articles the line says more.
    expect(parseAstroLog(cold).searchShards).toBeNull();
    const sharded = cold.map((l) => ({ ...l, text: l.text.replace(/\(2667 ms\)/u, '(12000 ms, 15 phần, lập lại 2)') }));
    const parsed = parseAstroLog(sharded);
    expect(parsed.searchShards).toEqual({ shards: 15, indexed: 2 });
    expect(parsed.phases['search index']).toEqual({ start: 49647 - 12_000, end: 49647 });
  });

  it('counts the article pages a warm build copies from the incremental cache', () => {
    const parsed = parseAstroLog(warm);
    // the log's own count of articles read: "[strapi:articles] 220 tin bài"
    const articles = Number(/\[strapi:articles\] (\d+)/.exec(warm.map((l) => l.text).join('\n'))?.[1]);
    expect(articles).toBe(220);
    expect(parsed.copiedPages).toBe(articles);
    expect(parsed.phases.images).toEqual({ start: 10_510, end: 10_575 });
    expect(parsed.phases['search index']).toEqual({ start: 10_940 - 294, end: 10_940 });
  });

  it('reads lines with colour codes as Astro writes them to a terminal', () => {
    const parsed = parseAstroLog([
      { ms: 10, text: '\u001b[2m10:00:00\u001b[22m \u001b[34m[content]\u001b[39m Syncing content' },
      { ms: 20, text: '\u001b[2m10:00:00\u001b[22m \u001b[34m[content]\u001b[39m Synced content' },
      { ms: 30, text: '\u001b[2m10:00:00\u001b[22m \u001b[34m[build]\u001b[39m Building static entrypoints...' },
      { ms: 40, text: '\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m' },
      { ms: 50, text: '\u001b[32m✓ Completed in 10ms.\u001b[39m' },
      { ms: 60, text: '\u001b[2m10:00:00\u001b[22m \u001b[34m[build]\u001b[39m 3 page(s) built in \u001b[1m1.5s\u001b[22m' },
    ]);
    expect(parsed.phases).toEqual({
      'content sync': { start: 10, end: 20 },
      'vite bundle': { start: 30, end: 40 },
      'render pages': { start: 40, end: 50 },
    });
    expect(parsed.pagesBuilt).toBe(3);
    expect(parsed.astroTotalMs).toBe(1500);
  });

  it('finds the phases of a fast-lane build, its search line included (10,000 articles, 67 pages rendered)', () => {
    const parsed = parseAstroLog(fixture('astro-build-fast.txt'));
    expect(parsed.phases).toEqual({
      'content sync': { start: 3640, end: 6538 },
      'vite bundle': { start: 6585, end: 7903 },
      'render pages': { start: 7903, end: 11419 },
      images: { start: 11421, end: 13586 },
      // "Chỉ mục tìm kiếm bổ sung: … (307 ms)"
      'search index': { start: 15241 - 307, end: 15241 },
    });
    expect(parsed.complete).toBe(true);
  });
});
