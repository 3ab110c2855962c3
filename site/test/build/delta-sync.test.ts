// The delta content sync (SITE_CONTENT_SYNC=delta, lib/cms/delta-sync.ts) against the real CMS with
// the sample content: after each kind of change staff make, the stores a delta sync keeps up to date
// equal, entry for entry and in order, the stores a fresh full sync makes; and the delta really read
// only what changed (or read in full, when an embedded collection changed).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type SiteFixture } from './fixture';

type Entry = { id: string; data: Record<string, unknown>; digest?: string | number };

/**
 * The parts of Astro's DataStore and MetaStore the loaders use, in memory as Astro keeps them (a
 * Map, in insertion order), counting the changes after which Astro would write its store file
 * again (astro/dist/content/mutable-data-store.js: any set but one with the stored digest, any
 * delete or clear).
 */
class MemoryStore {
  readonly map = new Map<string, Entry>();
  writes = 0;
  set(entry: Entry) {
    if (entry.digest !== undefined && this.map.get(entry.id)?.digest === entry.digest) return false;
    this.writes++;
    this.map.set(entry.id, entry);
    return true;
  }
  delete(id: string) {
    this.writes++;
    this.map.delete(id);
  }
  clear() {
    this.writes++;
    this.map.clear();
  }
  keys() {
    return [...this.map.keys()];
  }
  entries() {
    return [...this.map.entries()];
  }
}
class MemoryMeta {
  readonly map = new Map<string, string>();
  writes = 0;
  get(key: string) {
    return this.map.get(key);
  }
  set(key: string, value: string) {
    this.writes++;
    this.map.set(key, value);
  }
  delete(key: string) {
    this.writes++;
    this.map.delete(key);
  }
}

const digest = (data: Record<string, unknown>) => createHash('sha256').update(JSON.stringify(data)).digest('hex');
const silent = { info() {}, warn() {} };

let site: SiteFixture;
let modules: {
  COLLECTIONS: typeof import('../../src/lib/cms/collections').COLLECTIONS;
  SITE_SETTING: typeof import('../../src/lib/cms/collections').SITE_SETTING;
  syncCollection: typeof import('../../src/lib/cms/delta-sync').syncCollection;
  syncSingle: typeof import('../../src/lib/cms/delta-sync').syncSingle;
  skippedEntries: typeof import('../../src/lib/cms/skipped').skippedEntries;
};
/** Every collection, and the site setting (a single type, read whole each sync) */
type Name = keyof (typeof modules)['COLLECTIONS'] | 'siteSetting';
const storeNames = (): Name[] => [...(Object.keys(modules.COLLECTIONS) as Name[]), 'siteSetting'];
type Result = Awaited<ReturnType<(typeof modules)['syncCollection']>>;
/** The stores kept between syncs, as Astro keeps them in cacheDir between builds. */
const kept = new Map<Name, { store: MemoryStore; meta: MemoryMeta }>();

async function syncAll(mode: 'full' | 'delta', stores: Map<Name, { store: MemoryStore; meta: MemoryMeta }>) {
  const results = {} as Record<Exclude<Name, 'siteSetting'>, Result>;
  const config = { url: site.cms.url, token: site.cms.buildToken };
  for (const name of storeNames()) {
    if (!stores.has(name)) stores.set(name, { store: new MemoryStore(), meta: new MemoryMeta() });
    const { store, meta } = stores.get(name)!;
    if (name === 'siteSetting') {
      await modules.syncSingle({ spec: modules.SITE_SETTING, id: 'site', store, generateDigest: digest, config });
      continue;
    }
    results[name] = await modules.syncCollection({
      collection: modules.COLLECTIONS[name] as never,
      store,
      meta,
      logger: silent,
      generateDigest: digest,
      config,
      mode,
      // No margin: the test's changes come seconds apart; the margin only re-reads more.
      marginMs: 0,
    });
  }
  return { results, skipped: modules.skippedEntries() };
}

/** Syncs the kept stores by delta and fresh ones in full; they must be equal. Returns what the delta did. */
async function deltaMatchesFull() {
  // The sync token has whole seconds (the CMS's Date header): past the second of the change, so
  // the delta reads exactly the change, as it would with changes minutes apart.
  await new Promise((r) => setTimeout(r, 1100));
  const delta = await syncAll('delta', kept);
  const fresh = new Map<Name, { store: MemoryStore; meta: MemoryMeta }>();
  const full = await syncAll('full', fresh);
  for (const name of storeNames()) {
    expect(kept.get(name)!.store.entries(), name).toEqual(fresh.get(name)!.store.entries());
  }
  expect(delta.skipped).toEqual(full.skipped);
  return delta.results;
}

const ARTICLE = 'api::article.article';
/** Strapi's document service, typed as loosely as the calls below use it (each casts what it reads). */
interface Documents {
  create(params: unknown): Promise<unknown>;
  update(params: unknown): Promise<unknown>;
  publish(params: unknown): Promise<unknown>;
  unpublish(params: unknown): Promise<unknown>;
  delete(params: unknown): Promise<unknown>;
  findFirst(params: unknown): Promise<unknown>;
  findOne(params: unknown): Promise<unknown>;
}
const docs = (uid: string) => site.cms.strapi.documents(uid as never) as unknown as Documents;

beforeAll(async () => {
  site = await startCms();
  Object.assign(process.env, { ...site.env, SITE_URL: 'https://dangbokhoi.example.vn' });
  modules = {
    ...(await import('../../src/lib/cms/collections')),
    ...(await import('../../src/lib/cms/delta-sync')),
    ...(await import('../../src/lib/cms/skipped')),
  };
  await new Promise((r) => setTimeout(r, 1100));
  await syncAll('full', kept);
});

afterAll(async () => {
  if (site) await site.cms.stop();
});

describe('delta content sync equals a full sync', () => {
  it('reads nothing but the counts when nothing changed, and changes nothing in the stores', async () => {
    for (const { store, meta } of kept.values()) store.writes = meta.writes = 0;
    const r = await deltaMatchesFull();
    expect(r.articles).toMatchObject({ how: 'delta', read: 0, removed: 0 });
    expect(r.categories).toMatchObject({ how: 'delta', read: 0 });
    expect(r.comments.how).toBe('full');
    // Not even the collections read in full (comments): a touch makes Astro write its whole store.
    const writes = [...kept].map(([name, { store, meta }]) => [name, store.writes + meta.writes]);
    expect(writes).toEqual([...kept.keys()].map((name) => [name, 0]));
  });

  it('a new article published', async () => {
    await docs(ARTICLE).create({
      data: { title: 'Bài mới đồng bộ phần thay đổi', body: 'Nội dung mới.', displayDate: '2024-06-01T02:00:00.000Z' },
      status: 'published',
    } as never);
    const r = await deltaMatchesFull();
    expect(r.articles).toMatchObject({ how: 'delta', read: 1, removed: 0 });
  });

  it('a draft written long ago, published now (Strapi keeps its updatedAt, sets publishedAt)', async () => {
    const draft = (await docs(ARTICLE).create({
      data: { title: 'Bản nháp cũ nay mới đăng', body: 'Nội dung.', displayDate: '2024-06-02T02:00:00.000Z' },
    } as never)) as { documentId: string };
    await site.cms.strapi.db
      .query(ARTICLE)
      .updateMany({ where: { documentId: draft.documentId }, data: { updatedAt: new Date('2020-01-01T00:00:00Z') } });
    await docs(ARTICLE).publish({ documentId: draft.documentId } as never);
    const published = (await docs(ARTICLE).findOne({ documentId: draft.documentId, status: 'published' } as never)) as {
      updatedAt: string;
      publishedAt: string;
    };
    // What the filter relies on, checked against this Strapi: an updatedAt filter alone would miss it.
    expect(new Date(published.updatedAt).getUTCFullYear()).toBe(2020);
    expect(Date.now() - new Date(published.publishedAt).getTime()).toBeLessThan(60_000);
    const r = await deltaMatchesFull();
    expect(r.articles).toMatchObject({ how: 'delta', read: 1 });
  });

  it('an article edited (its slug too) and published', async () => {
    const a = (await docs(ARTICLE).findFirst({ filters: { title: 'Bài mới đồng bộ phần thay đổi' }, status: 'published' } as never)) as {
      documentId: string;
    };
    await docs(ARTICLE).update({ documentId: a.documentId, data: { title: 'Bài mới đã sửa tên', slug: 'bai-moi-da-sua-ten' } } as never);
    await docs(ARTICLE).publish({ documentId: a.documentId } as never);
    const r = await deltaMatchesFull();
    expect(r.articles).toMatchObject({ how: 'delta', read: 1 });
    expect(kept.get('articles')!.store.keys()).toContain('bai-moi-da-sua-ten');
    expect(kept.get('articles')!.store.keys()).not.toContain('bai-moi-dong-bo-phan-thay-doi');
  });

  it('an article unpublished', async () => {
    const a = (await docs(ARTICLE).findFirst({ filters: { slug: 'bai-moi-da-sua-ten' }, status: 'published' } as never)) as {
      documentId: string;
    };
    await docs(ARTICLE).unpublish({ documentId: a.documentId } as never);
    const r = await deltaMatchesFull();
    expect(r.articles).toMatchObject({ how: 'delta', read: 0, removed: 1 });
  });

  it('an article deleted', async () => {
    const a = (await docs(ARTICLE).findFirst({ filters: { title: 'Bản nháp cũ nay mới đăng' }, status: 'published' } as never)) as {
      documentId: string;
    };
    await docs(ARTICLE).delete({ documentId: a.documentId } as never);
    const r = await deltaMatchesFull();
    expect(r.articles).toMatchObject({ how: 'delta', removed: 1 });
  });

  it('an article deleted and its address taken by a new one in the same publish', async () => {
    const old = (await docs(ARTICLE).create({
      data: { title: 'Bài giữ đường dẫn', slug: 'bai-giu-duong-dan', body: 'Bản cũ.', displayDate: '2024-06-03T02:00:00.000Z' },
      status: 'published',
    } as never)) as { documentId: string };
    await deltaMatchesFull();
    await docs(ARTICLE).delete({ documentId: old.documentId } as never);
    await docs(ARTICLE).create({
      data: { title: 'Bài giữ đường dẫn', slug: 'bai-giu-duong-dan', body: 'Bản mới.', displayDate: '2024-06-03T02:00:00.000Z' },
      status: 'published',
    } as never);
    const r = await deltaMatchesFull();
    expect(r.articles).toMatchObject({ how: 'delta', read: 1, removed: 1 });
    expect(kept.get('articles')!.store.keys()).toContain('bai-giu-duong-dan');
  });

  it('a category renamed: the articles carry its new name', async () => {
    const withCategory = (await docs(ARTICLE).findFirst({
      filters: { category: { $notNull: true } },
      status: 'published',
      populate: { category: true },
    } as never)) as { category: { documentId: string } };
    await docs('api::category.category').update({
      documentId: withCategory.category.documentId,
      data: { name: 'Chuyên mục đổi tên' },
    } as never);
    const r = await deltaMatchesFull();
    expect(r.articles.how).toBe('full');
    const names = kept
      .get('articles')!
      .store.entries()
      .map(([, e]) => (e.data.category as { name: string } | null)?.name);
    expect(names).toContain('Chuyên mục đổi tên');
  });

  it('a comment approved', async () => {
    const a = (await docs(ARTICLE).findFirst({ status: 'published' } as never)) as { documentId: string };
    const c = (await docs('api::comment.comment').create({
      data: { articleId: a.documentId, name: 'Nguyễn Văn Đọc', text: 'Bình luận chờ duyệt.', moderation: 'cho_duyet' },
    } as never)) as { documentId: string };
    await deltaMatchesFull();
    await docs('api::comment.comment').update({ documentId: c.documentId, data: { moderation: 'da_duyet' } } as never);
    const r = await deltaMatchesFull();
    expect(kept.get('comments')!.store.entries().length).toBeGreaterThan(0);
    expect(r.articles).toMatchObject({ how: 'delta', read: 0 });
  });

  it('the site setting edited: its entry replaced; unchanged, untouched', async () => {
    const setting = docs('api::site-setting.site-setting');
    const before = (await setting.findFirst({} as never)) as { documentId: string; shortName: string | null };
    const shortName = () => (kept.get('siteSetting')!.store.map.get('site')!.data as { shortName: string | null }).shortName;
    await setting.update({ documentId: before.documentId, data: { shortName: 'Đảng bộ Khối (đã sửa)' } } as never);
    await deltaMatchesFull();
    expect(shortName()).toBe('Đảng bộ Khối (đã sửa)');
    await setting.update({ documentId: before.documentId, data: { shortName: before.shortName } } as never);
    await deltaMatchesFull();
    expect(shortName()).toBe(before.shortName);
    kept.get('siteSetting')!.store.writes = 0;
    await deltaMatchesFull();
    expect(kept.get('siteSetting')!.store.writes).toBe(0);
  });

  it('a document the articles cite, edited and published', async () => {
    const citing = (await docs(ARTICLE).findFirst({
      filters: { relatedDocuments: { documentId: { $notNull: true } } },
      status: 'published',
      populate: { relatedDocuments: true },
    } as never)) as { relatedDocuments: { documentId: string }[] } | null;
    expect(citing, 'the sample content has an article citing a document').toBeTruthy();
    const documentId = citing!.relatedDocuments[0]!.documentId;
    const DOC = 'api::party-document.party-document';
    await docs(DOC).update({ documentId, data: { excerpt: 'Trích yếu đã sửa để kiểm thử đồng bộ.' } } as never);
    await docs(DOC).publish({ documentId } as never);
    const r = await deltaMatchesFull();
    expect(r.articles.how).toBe('full');
    expect(r.documents).toMatchObject({ how: 'delta', read: 1 });
  });

  it('an entry breaking the schema is skipped, then fixed', async () => {
    const bad = (await docs(ARTICLE).create({
      data: { title: 'Bài sẽ hỏng dữ liệu', body: 'Nội dung.', displayDate: '2024-05-01T01:00:00.000Z' },
      status: 'published',
    } as never)) as { documentId: string };
    await deltaMatchesFull();
    // Raw SQL, with the write time an edit would leave (the delta cannot see a write that hides it).
    await site.cms.strapi.db
      .connection('articles')
      .where({ document_id: bad.documentId })
      .whereNotNull('published_at')
      .update({ title: '', updated_at: new Date() });
    let r = await deltaMatchesFull();
    expect(r.articles).toMatchObject({ how: 'delta', read: 1 });
    expect(modules.skippedEntries().map((s) => s.entry)).toEqual([expect.stringContaining(bad.documentId)]);
    await docs(ARTICLE).update({ documentId: bad.documentId, data: { title: 'Bài đã sửa lại dữ liệu' } } as never);
    await docs(ARTICLE).publish({ documentId: bad.documentId } as never);
    r = await deltaMatchesFull();
    expect(r.articles).toMatchObject({ how: 'delta', read: 1 });
    expect(modules.skippedEntries()).toEqual([]);
  });

  it('reads in full when the bookkeeping is missing or the store does not match it', async () => {
    kept.get('videos')!.meta.map.clear();
    kept.get('galleries')!.store.clear();
    const r = await deltaMatchesFull();
    expect(r.videos).toMatchObject({ how: 'full', reason: 'chưa có lần đồng bộ trước' });
    expect(r.galleries).toMatchObject({ how: 'full', reason: 'kho nội dung không khớp sổ theo dõi' });
  });
});
