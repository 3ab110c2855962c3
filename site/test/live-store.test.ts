// The content store a build's bundle takes from its loaders in memory (lib/cms/live-store.ts) is the
// map it would read back from the file Astro writes: the same collections and entries, the same
// values (dates included), in the same order, the order pages then sort from.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { liveStore, shareCollection } from '../src/lib/cms/live-store';

/** Astro's own writer and the parse its bundle's store module makes (not in astro's exports). */
const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
const fromAstro = async () => {
  const writer = (await import(pathToFileURL(path.join(astroDir, 'dist/content/data-store-writer.js')).href)) as {
    serializeDataStore(collections: Map<string, Map<string, unknown>>): string;
  };
  const devalue = (await import(pathToFileURL(createRequire(path.join(astroDir, 'package.json')).resolve('devalue')).href)) as {
    unflatten(value: unknown): unknown;
  };
  return (collections: Map<string, Map<string, unknown>>) =>
    devalue.unflatten(JSON.parse(writer.serializeDataStore(collections))) as Map<string, Map<string, unknown>>;
};

/** Astro's scoped store as a loader sees it: entries in the order they were set. */
const scoped = (entries: [string, unknown][]) => {
  const map = new Map(entries);
  return { map, entries: () => [...map.entries()] };
};
const entry = (id: string, date: string, extra: Record<string, unknown> = {}) =>
  [id, { id, data: { id, title: `Tin ${id}`, date: new Date(date), cover: null, tags: ['a', 'b'], ...extra }, digest: `d-${id}` }] as [
    string,
    unknown,
  ];

it('equals, in content and order, the store the bundle reads back from Astro’s file', async () => {
  const articles = scoped([
    entry('tin-moi', '2026-11-30T01:00:00Z'),
    entry('dai-hoi-dang-bo', '2026-11-29T01:00:00Z', { kicker: 'Đại hội' }),
    entry('Ban-tin-so-2', '2026-11-29T01:00:00Z'),
    entry('10-nam', '2026-11-28T01:00:00Z'),
    entry('đoan-ket', '2026-11-27T01:00:00Z'),
  ]);
  const categories = scoped([entry('xay-dung-dang', '2020-01-01T00:00:00Z'), entry('tin-co-so', '2020-01-01T00:00:00Z')]);
  const siteSetting = scoped([['site', { id: 'site', data: { siteName: 'Đảng bộ Khối' }, digest: 'x' }]]);
  // Registered in another order than Astro's; comments has no entry, as Astro's map then has none.
  shareCollection('siteSetting', siteSetting);
  shareCollection('comments', scoped([]));
  shareCollection('articles', articles);
  shareCollection('categories', categories);

  const live = liveStore()!;
  // What Astro keeps: the same collections (the empty one absent) and each loader's meta.
  const astro = new Map<string, Map<string, unknown>>([
    ['siteSetting', siteSetting.map],
    ['articles', articles.map],
    ['meta:articles', new Map([['dbk-delta-sync', '{}']])],
    ['categories', categories.map],
  ]);
  const file = (await fromAstro())(astro);
  file.delete('meta:articles'); // the bundle never reads a loader's meta

  expect([...live.keys()]).toEqual([...file.keys()]);
  for (const [name, entries] of file) {
    expect([...live.get(name)!.keys()], name).toEqual([...entries.keys()]);
    expect([...live.get(name)!.values()], name).toEqual([...entries.values()]);
  }
  expect([...live.get('articles')!.keys()]).not.toEqual([...articles.map.keys()]);
});
