// Which records a fast build puts in its search delta (lib/search/delta.ts), and how the browser
// puts a date-sorted merged result list back in date order (lib/search/delta-merge.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDelta } from '../src/lib/search/delta';
import { mergeByDate, withoutHidden } from '../src/lib/search/delta-merge';
import type { SearchRecord } from '../src/lib/search/record-html';
import { recipe, recordKey, SEARCH_KEYS_FILE, writeSearchKeys } from '../src/lib/search/search-keys';
import { writeSearchDelta } from '../src/lib/search/write-delta';

const main = {
  '/a/': { key: 'ka', page: 'vi_a' },
  '/b/': { key: 'kb', page: 'vi_b' },
  '/c/': { key: 'kc', page: 'vi_c' },
};

describe('planDelta', () => {
  it('indexes new and changed records, hides the main index copies of changed and removed ones', () => {
    const plan = planDelta({ '/a/': 'ka', '/b/': 'kb2', '/new/': 'kn' }, main);
    expect(plan).toEqual({ indexed: ['/b/', '/new/'], replaced: ['/b/'], removed: ['/c/'], hide: ['vi_b', 'vi_c'] });
  });

  it('is empty when the records are those of the main index', () => {
    expect(planDelta({ '/a/': 'ka', '/b/': 'kb', '/c/': 'kc' }, main)).toEqual({ indexed: [], replaced: [], removed: [], hide: [] });
  });

  it('compares with the main index, not with the previous fast build: changes carry forward, and a page edited back needs nothing', () => {
    // First fast build: /b/ edited, /new/ published.
    const first = planDelta({ '/a/': 'ka', '/b/': 'kb2', '/c/': 'kc', '/new/': 'kn' }, main);
    expect(first.indexed).toEqual(['/b/', '/new/']);
    // Second one, from the first: /c/ unpublished. /b/ and /new/ are still in the delta.
    const second = planDelta({ '/a/': 'ka', '/b/': 'kb2', '/new/': 'kn' }, main);
    expect(second).toEqual({ indexed: ['/b/', '/new/'], replaced: ['/b/'], removed: ['/c/'], hide: ['vi_b', 'vi_c'] });
    // Third: /b/ edited back to what the main index holds, /new/ unpublished again.
    expect(planDelta({ '/a/': 'ka', '/b/': 'kb' }, main)).toEqual({ indexed: [], replaced: [], removed: ['/c/'], hide: ['vi_c'] });
  });
});

describe('recordKey', () => {
  const record: SearchRecord = {
    url: '/bai-viet/a/',
    kind: 'tin-bai',
    title: 'Đảng bộ',
    date: '2024-01-02T08:00',
    categories: ['tin-tuc'],
    excerpt: 'Tóm tắt',
    body: 'Nội dung',
    documentNumbers: [],
  };
  it('changes with anything that goes into the indexed HTML', () => {
    expect(recordKey({ ...record })).toBe(recordKey(record));
    for (const change of [
      { title: 'Đảng bộ.' },
      { date: '2024-01-02T08:01' },
      { categories: ['tin-tuc', 'x'] },
      { excerpt: 'Tóm tắt.' },
      { body: 'Nội dung!' },
      { documentNumbers: ['35-NQ/TW'] },
      { kind: 'trang' as const },
    ])
      expect(recordKey({ ...record, ...change })).not.toBe(recordKey(record));
  });

  it('comes with the recipe of the code that makes the HTML, the same every time', () => {
    expect(recipe()).toBe(recipe());
    expect(recipe()).toMatch(/^[0-9a-f]{20}$/);
  });
});

describe('merged results', () => {
  // A sorted search scores each index's results by position, n−1 … 0, and the merge sorts by score.
  const result = (id: string, score: number) => ({ id, score });
  const days: Record<string, string | null> = {
    m1: '2024-05-01',
    m2: '2022-01-01',
    m3: '2020-02-02',
    m4: null,
    d1: '2025-01-01',
    d2: '2022-01-01',
    d3: '2019-03-03',
  };
  const merged = [result('m1', 3), result('d1', 2), result('m2', 2), result('d2', 1), result('m3', 1), result('d3', 0), result('m4', 0)];
  const deltaPages = new Set(['d1', 'd2', 'd3']);

  it('drops hidden main-index results', () => {
    expect(withoutHidden(merged, new Set(['m2', 'm4'])).map((r) => r.id)).toEqual(['m1', 'd1', 'd2', 'm3', 'd3']);
  });

  it('puts a date-sorted merge back in date order, the delta first on the same day', async () => {
    const looked: string[] = [];
    const out = await mergeByDate(merged, deltaPages, async (r) => {
      looked.push(r.id);
      return days[r.id]!;
    });
    expect(out.map((r) => r.id)).toEqual(['d1', 'm1', 'd2', 'm2', 'm3', 'd3', 'm4']);
    // Each result's day is read once.
    expect(new Set(looked).size).toBe(looked.length);
  });

  it('places an undated delta result last and leaves a list without delta results as it is', async () => {
    const out = await mergeByDate([result('m1', 1), result('dx', 0), result('m2', 0)], new Set(['dx']), async (r) =>
      r.id === 'dx' ? null : days[r.id]!,
    );
    expect(out.map((r) => r.id)).toEqual(['m1', 'm2', 'dx']);
    const plain = [result('m2', 1), result('m1', 0)];
    expect(await mergeByDate(plain, deltaPages, async () => null)).toBe(plain);
  });
});

describe('writeSearchDelta', () => {
  it('refuses a base whose records were made into HTML by other code, or that has no search keys', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-search-delta-base-'));
    try {
      fs.mkdirSync(path.join(dir, 'client', 'pagefind'), { recursive: true });
      const delta = path.join(dir, 'out');
      await expect(writeSearchDelta([], {}, dir, delta)).rejects.toThrow(/thiếu search-keys\.json/);
      writeSearchKeys(path.join(dir, SEARCH_KEYS_FILE), { version: 1, recipe: 'khac', records: {}, main: {} });
      await expect(writeSearchDelta([], {}, dir, delta)).rejects.toThrow(/cần dựng lại toàn bộ/);
      writeSearchKeys(path.join(dir, SEARCH_KEYS_FILE), { version: 1, recipe: recipe(), records: {}, main: {} });
      await writeSearchDelta([], {}, dir, delta);
      expect(JSON.parse(fs.readFileSync(path.join(delta, 'changes.json'), 'utf8'))).toMatchObject({ index: false, hide: [], pages: [] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
