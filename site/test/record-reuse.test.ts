// A fast build makes only the search records that may differ from its base's (record-reuse.ts):
// whatever it reuses must carry the very key a full making would give, and whatever changed must
// be made, including a record changed by an earlier fast build (every delta is against the main index).
import { describe, expect, it } from 'vitest';
import { categorySchema } from '../src/lib/cms/schemas/category';
import type { ArticleVM, CategoryVM } from '../src/lib/cms/view-models';
import { recordsFile } from '../src/lib/search/record-reuse';
import { searchEntries, searchRecords, type SearchSource } from '../src/lib/search/records';
import { recipe, recordKey, type SearchKeys } from '../src/lib/search/search-keys';
import { article } from './fixtures/article';

/** "Tin hoạt động" under the given parent category, as the site parses it. */
const category = (parent: { slug: string; name: string }): CategoryVM =>
  categorySchema().parse({
    id: 2,
    documentId: 'cat1',
    name: 'Tin hoạt động',
    slug: 'tin-hoat-dong',
    description: null,
    order: 1,
    parent: { id: 1, documentId: 'cat0', ...parent },
  });
const categories = [category({ slug: 'tin-tuc', name: 'Tin tức' })];
const source = (articles: ArticleVM[], cats = categories): SearchSource => ({
  articles,
  categories: cats,
  documents: [],
  pages: [],
  galleries: [],
});

/** The search keys a full build of `s` writes: every record made, all of them in the main index. */
function fullKeys(s: SearchSource): SearchKeys {
  const file = recordsFile(searchEntries(s), null);
  const records = Object.fromEntries(file.records.map((r) => [r.url, recordKey(r)]));
  const main = Object.fromEntries(Object.entries(records).map(([url, key], i) => [url, { key, page: `p${i}` }]));
  return { version: 1, recipe: recipe(), records, main, sources: file.sources };
}

/** Every record's key as the fast build hands them on: made ones hashed, reused ones as they are. */
const keysOf = (file: ReturnType<typeof recordsFile>) => ({
  ...file.reused,
  ...Object.fromEntries(file.records.map((r) => [r.url, recordKey(r)])),
});
const allKeys = (s: SearchSource) => Object.fromEntries(searchRecords(s).map((r) => [r.url, recordKey(r)]));

describe('search records of a fast build', () => {
  const before = [article(1), article(2), article(3)];

  it('makes every record in a full build', () => {
    const file = recordsFile(searchEntries(source(before)), null);
    expect(file.records.map((r) => r.url)).toEqual(['/bai-viet/tin-so-1/', '/bai-viet/tin-so-2/', '/bai-viet/tin-so-3/']);
    expect(file.reused).toEqual({});
    expect(file.records).toEqual(searchRecords(source(before)));
  });

  it('makes only the edited and the new record, and reuses the others with their full keys', () => {
    const base = fullKeys(source(before));
    const after = source([article(1), article(2, { body: 'Nội dung đã sửa.' }), article(3), article(4)]);
    const file = recordsFile(searchEntries(after), base);
    expect(file.records.map((r) => r.url)).toEqual(['/bai-viet/tin-so-2/', '/bai-viet/tin-so-4/']);
    expect(Object.keys(file.reused).sort()).toEqual(['/bai-viet/tin-so-1/', '/bai-viet/tin-so-3/']);
    expect(keysOf(file)).toEqual(allKeys(after));
  });

  it('makes a record whose category moved under another parent (its filters change, its article does not)', () => {
    const base = fullKeys(source(before));
    const moved = [category({ slug: 'thoi-su', name: 'Thời sự' })];
    const file = recordsFile(searchEntries(source(before, moved)), base);
    expect(file.records).toHaveLength(3);
    expect(keysOf(file)).toEqual(allKeys(source(before, moved)));
  });

  it('makes again a record an earlier fast build changed: it must be in this delta too', () => {
    const edited = source([article(1), article(2, { title: 'Tiêu đề mới' }), article(3)]);
    const main = fullKeys(source(before));
    // The live release is a fast build: its own records and sources, the full build's main index.
    const live = recordsFile(searchEntries(edited), main);
    const liveKeys: SearchKeys = { ...main, records: keysOf(live), sources: live.sources };
    const file = recordsFile(searchEntries(edited), liveKeys);
    expect(file.records.map((r) => r.url)).toEqual(['/bai-viet/tin-so-2/']);
    expect(keysOf(file)).toEqual(allKeys(edited));
  });

  it('makes everything when the base has no sources or was made by another recipe', () => {
    const { sources: _s, ...old } = fullKeys(source(before));
    expect(recordsFile(searchEntries(source(before)), old).records).toHaveLength(3);
    expect(recordsFile(searchEntries(source(before)), { ...fullKeys(source(before)), recipe: 'khac' }).records).toHaveLength(3);
  });
});
