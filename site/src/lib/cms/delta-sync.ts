// The content sync of one collection, full or delta (SITE_CONTENT_SYNC, lib/cms/sync-mode.ts).
//
// Full: every published entry is read and the store replaced (what every build did before).
// Delta: only entries published or written since the previous sync are read and set in place;
// removed ones (unpublished, deleted) are found by comparing the published count with the store
// and, when they differ, counting ranges of row ids down to the rows that are gone
// (missing-rows.ts). Entries embed related entries (populate.ts: an article carries its
// category's name), so when any collection this one embeds changed since the previous sync, this
// one is read in full (lib/cms/dependencies.ts).
// Anything unusual reads in full: no previous sync, a store that does not match the bookkeeping,
// another populate/model/code (the fingerprint), a collection that cannot be filtered by date.
//
// The bookkeeping lives in the loader's meta store (persisted by Astro in cacheDir with the store):
// the sync token (the CMS's clock when the previous sync began, minus a margin), each entry's
// documentId → store id and row id (to move a renamed slug, and to keep the full sync's order),
// the skipped entries, and the published count of each embedded collection.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CmsError, type CmsConfig } from './client';
import { changedSince, probeCount, publishedAmong, publishedRows } from './cms-probe';
import type { SiteCollection } from './collections';
import { contentTypesText, readContentTypes, type ContentTypes } from './content-types';
import { populatedCollections } from './dependencies';
import { fetchAllKeyed, fetchSingle, type CollectionSpec, type InvalidEntryError } from './fetch-all';
import { missingRows } from './missing-rows';
import { setSkipped, type SkippedEntry } from './skipped';
import type { ContentSyncMode } from './sync-mode';

/** Bumped when the bookkeeping's shape or meaning changes: an older one then reads in full. */
const FORMAT = 1;
const META_KEY = 'dbk-delta-sync';

/**
 * How far before the previous sync's start the next one looks. Covers a write whose timestamp was
 * taken before that sync's reads but committed after them (a publish transaction), several CMS
 * instances whose clocks differ a little, and the Date header's whole seconds. Re-reading a few
 * seconds of changes twice costs nothing; missing one would leave a stale page until the full build.
 */
export const SYNC_MARGIN_MS = 30_000;

/** The parts of Astro's DataStore the loader uses. */
export interface SyncStore {
  set(entry: { id: string; data: Record<string, unknown>; digest?: string | number }): unknown;
  delete(id: string): void;
  clear(): void;
  keys(): string[];
  entries(): [string, { id: string; data: Record<string, unknown>; digest?: string | number }][];
}

/** The parts of Astro's MetaStore the loader uses. */
export interface SyncMeta {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export interface SyncLogger {
  info(message: string): void;
  warn(message: string): void;
}

interface Bookkeeping {
  format: number;
  fingerprint: string;
  /** ISO time: entries published or written after it are read again */
  since: string;
  /** documentId → [store id, row id] */
  entries: Record<string, [string, number]>;
  /** documentId → the skipped entry and its row id */
  invalid: Record<string, SkippedEntry & { row: number }>;
  /** REST path of each embedded collection → its published count */
  embedded: Record<string, number>;
}

export interface SyncArgs<VM> {
  collection: SiteCollection<VM>;
  store: SyncStore;
  meta: SyncMeta;
  logger: SyncLogger;
  generateDigest(data: Record<string, unknown>): string | number;
  config: CmsConfig;
  mode: ContentSyncMode;
  /** SYNC_MARGIN_MS unless a test needs a sharper token */
  marginMs?: number;
  /** awaited once everything is read, just before the store changes (sync-barrier.ts) */
  beforeWrite?: () => Promise<void>;
}

export interface SyncResult {
  /** how this sync read the collection, and why when it read in full */
  how: 'full' | 'delta';
  reason?: string;
  /** entries read from the CMS with their bodies */
  read: number;
  removed: number;
}

let typesCache: ContentTypes | null | undefined;
const contentTypes = () => (typesCache === undefined ? (typesCache = readContentTypes()) : typesCache);

/** The text of the code that turns CMS answers into store entries: another version must not reuse entries made by this one. */
let codeCache: string | null | undefined;
function codeText(): string | null {
  if (codeCache !== undefined) return codeCache;
  if (!import.meta.url.startsWith('file:')) return (codeCache = null);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const roots = [here, path.resolve(here, '../../../../shared-types/src')];
  const parts: string[] = [];
  for (const root of roots) {
    if (!fs.existsSync(root)) return (codeCache = null);
    const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort();
    for (const f of files) parts.push(f, fs.readFileSync(path.join(root, f), 'utf8'));
  }
  return (codeCache = parts.join('\n'));
}

/** Ordered as the full read orders them (fetch-all.ts asks for spec.sort, by row id only when delta is possible). */
function rowOrder(sort: string[] | undefined): 1 | -1 | null {
  const s = sort ?? ['id:asc'];
  if (s.length !== 1) return null;
  if (s[0] === 'id:asc' || s[0] === 'id') return 1;
  if (s[0] === 'id:desc') return -1;
  return null;
}

interface Plan {
  /** why a delta is impossible for this collection at all (null: possible) */
  impossible: string | null;
  fingerprint: string;
  embedded: string[];
}

function plan<VM>(collection: SiteCollection<VM>): Plan {
  const { spec } = collection;
  const types = contentTypes();
  const code = codeText();
  const embedded = types ? [...populatedCollections(types, spec.path, spec.populate)].sort() : [];
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([FORMAT, spec.path, spec.populate, spec.sort ?? null, types ? contentTypesText(types) : null]))
    .update(code ?? '')
    .digest('hex');
  let impossible: string | null = null;
  if (!types || code === null) impossible = 'không đọc được mô hình nội dung của CMS';
  else if (!types.byPath.has(spec.path)) impossible = 'không phải kiểu nội dung lọc được theo ngày';
  else if (rowOrder(spec.sort) === null) impossible = 'thứ tự không theo mã dòng';
  else if (embedded.some((p) => p.startsWith('?'))) impossible = 'nhúng dữ liệu không theo dõi được';
  return { impossible, fingerprint, embedded };
}

/**
 * Astro writes its whole content store again (35 MB at 10,000 articles, over a second of CPU) half
 * a second after any change to it, so a collection whose content did not change must not touch the
 * store or the meta store: otherwise that write runs in the middle of the sync, while the articles
 * are still being read, and once more at its end. Removing bookkeeping that is not there is such a
 * touch (Astro counts any delete as a change).
 */
function forgetBookkeeping(meta: SyncMeta): void {
  if (meta.get(META_KEY) !== undefined) meta.delete(META_KEY);
}

/** The store made to hold exactly these entries in this order, untouched when it already does. */
function replaceEntries(store: SyncStore, wanted: { id: string; data: Record<string, unknown>; digest: string | number }[]): void {
  const current = store.entries();
  if (current.length === wanted.length && current.every(([id, e], i) => id === wanted[i]!.id && e.digest === wanted[i]!.digest)) return;
  store.clear();
  for (const entry of wanted) store.set(entry);
}

/**
 * A single type (the site setting): its one entry, read whole every sync (one request), the store
 * left untouched when it did not change. Clearing and setting it again every publish made Astro
 * write its whole store mid-sync whenever the articles took more than half a second longer.
 */
export async function syncSingle<VM extends Record<string, unknown>>(args: {
  spec: CollectionSpec<VM>;
  id: string;
  store: SyncStore;
  generateDigest(data: Record<string, unknown>): string | number;
  config: CmsConfig;
  beforeWrite?: () => Promise<void>;
}): Promise<void> {
  const vm = await fetchSingle(args.config, args.spec);
  await args.beforeWrite?.();
  replaceEntries(args.store, [{ id: args.id, data: vm, digest: args.generateDigest(vm) }]);
}

function readBookkeeping(meta: SyncMeta): Bookkeeping | null {
  const text = meta.get(META_KEY);
  if (!text) return null;
  try {
    const b = JSON.parse(text) as Bookkeeping;
    return b.format === FORMAT ? b : null;
  } catch {
    return null;
  }
}

const skippedOf = <VM>(collection: SiteCollection<VM>, e: InvalidEntryError): SkippedEntry => ({
  collection: collection.spec.path,
  label: collection.spec.label,
  entry: e.entry,
  problems: e.problems,
});

function duplicateCheck<VM>(collection: SiteCollection<VM>, ids: Iterable<string>): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new CmsError(`Hai mục ${collection.spec.label} trùng đường dẫn "${id}".`);
    seen.add(id);
  }
}

/** The published count of each collection, and the CMS's clock when it answered. */
const probe = (config: CmsConfig, paths: string[], label: string) =>
  Promise.all(paths.map(async (p) => [p, await probeCount(config, p, `${label} (${p})`)] as const));

export async function syncCollection<VM extends Record<string, unknown>>(args: SyncArgs<VM>): Promise<SyncResult> {
  const { collection, meta, mode } = args;
  const p = plan(collection);
  if (p.impossible !== null) {
    forgetBookkeeping(meta);
    return fullSync(args, null, { how: 'full', reason: p.impossible });
  }
  // The clock is read before anything else: whatever changes from here on is after the token.
  const paths = [...new Set([collection.spec.path, ...p.embedded])];
  let answers;
  try {
    answers = await probe(args.config, paths, collection.spec.label);
  } catch (e) {
    // The full read asks again and reports a CMS that is down in its own words.
    forgetBookkeeping(meta);
    return fullSync(args, null, { how: 'full', reason: `không đếm được mục (${(e as Error).message})` });
  }
  const cmsTime = Math.min(...answers.map(([, a]) => a.cmsTime));
  const counts = Object.fromEntries(answers.map(([path, a]) => [path, a.total]));
  const next: Omit<Bookkeeping, 'entries' | 'invalid'> = {
    format: FORMAT,
    fingerprint: p.fingerprint,
    since: new Date(cmsTime - (args.marginMs ?? SYNC_MARGIN_MS)).toISOString(),
    embedded: Object.fromEntries(p.embedded.map((e) => [e, counts[e] ?? -1])),
  };
  if (mode === 'full') return fullSync(args, next, { how: 'full', reason: 'SITE_CONTENT_SYNC=full' });
  const prev = readBookkeeping(meta);
  const why = await deltaImpossible(args, p, prev, counts);
  if (why !== null || !prev) return fullSync(args, next, { how: 'full', reason: why ?? 'chưa có lần đồng bộ trước' });
  try {
    return await deltaSync(args, prev, next, counts[collection.spec.path] ?? -1);
  } catch (e) {
    // A duplicate slug or a CMS failure is the full read's to report, in its words.
    args.logger.warn(`Đồng bộ phần thay đổi ${collection.spec.label} thất bại (${(e as Error).message}); đọc lại toàn bộ.`);
    return fullSync(args, next, { how: 'full', reason: 'đồng bộ phần thay đổi thất bại' });
  }
}

async function deltaImpossible<VM>(
  args: SyncArgs<VM>,
  p: Plan,
  prev: Bookkeeping | null,
  counts: Record<string, number>,
): Promise<string | null> {
  if (!prev) return 'chưa có lần đồng bộ trước';
  if (prev.fingerprint !== p.fingerprint) return 'mã nguồn, populate hoặc mô hình nội dung đã đổi';
  const stored = args.store.keys().length;
  if (stored !== Object.keys(prev.entries).length) return 'kho nội dung không khớp sổ theo dõi';
  for (const path of p.embedded) {
    if (prev.embedded[path] !== counts[path]) return `${path} thêm hoặc bớt mục`;
    const changed = await probeCount(args.config, path, `${args.collection.spec.label} (${path})`, changedSince(prev.since));
    if (changed.total > 0) return `${path} có mục thay đổi`;
  }
  return null;
}

async function fullSync<VM extends Record<string, unknown>>(
  { collection, store, meta, logger, generateDigest, config, beforeWrite }: SyncArgs<VM>,
  next: Omit<Bookkeeping, 'entries' | 'invalid'> | null,
  result: Pick<SyncResult, 'how' | 'reason'>,
): Promise<SyncResult> {
  const { entries, invalid } = await fetchAllKeyed(config, collection.spec);
  // Left out, not fatal: the rest of the site goes live; the log and build-info.json name them.
  for (const e of invalid) logger.warn(`Bỏ qua ${collection.spec.label} ${e.entry} vì dữ liệu không hợp lệ: ${e.problems}`);
  setSkipped(
    collection.spec.path,
    invalid.map((e) => skippedOf(collection, e)),
  );
  duplicateCheck(
    collection,
    entries.map((e) => collection.id(e.vm)),
  );
  await beforeWrite?.();
  replaceEntries(
    store,
    entries.map(({ vm }) => ({ id: collection.id(vm), data: vm, digest: generateDigest(vm) })),
  );
  const keyed = entries.every((e) => e.key) && invalid.every((e) => e.key);
  if (next && keyed) {
    const book: Bookkeeping = {
      ...next,
      entries: Object.fromEntries(entries.map(({ vm, key }) => [key!.documentId, [collection.id(vm), key!.id]])),
      invalid: Object.fromEntries(invalid.map((e) => [e.key!.documentId, { ...skippedOf(collection, e), row: e.key!.id }])),
    };
    const text = JSON.stringify(book);
    if (meta.get(META_KEY) !== text) meta.set(META_KEY, text);
  } else forgetBookkeeping(meta);
  return { ...result, read: entries.length + invalid.length, removed: 0 };
}

async function deltaSync<VM extends Record<string, unknown>>(
  { collection, store, meta, logger, generateDigest, config, beforeWrite }: SyncArgs<VM>,
  prev: Bookkeeping,
  next: Omit<Bookkeeping, 'entries' | 'invalid'>,
  publishedCount: number,
): Promise<SyncResult> {
  const { spec } = collection;
  const entries = new Map(Object.entries(prev.entries));
  const invalidById = new Map(Object.entries(prev.invalid));
  const changed = await fetchAllKeyed(config, spec, changedSince(prev.since));
  // The bookkeeping first, the store after: a slug can pass from one entry to another (renamed,
  // deleted then reused), so the store is made to match the final map, not patched entry by entry.
  for (const { vm, key } of changed.entries) {
    if (!key) throw new CmsError('mục không có documentId');
    invalidById.delete(key.documentId);
    entries.set(key.documentId, [collection.id(vm), key.id]);
  }
  for (const e of changed.invalid) {
    if (!e.key) throw new CmsError('mục không có documentId');
    logger.warn(`Bỏ qua ${spec.label} ${e.entry} vì dữ liệu không hợp lệ: ${e.problems}`);
    entries.delete(e.key.documentId);
    invalidById.set(e.key.documentId, { ...skippedOf(collection, e), row: e.key.id });
  }
  // Every entry read is published, so the map holds the published ones plus the removed ones:
  // equal counts mean nothing was removed, without listing the documentIds. (A change racing with
  // this sync is after the next sync's token, so that one reads it.)
  let removed = 0;
  if (entries.size + invalidById.size !== publishedCount) {
    // The rows that are gone (missing-rows.ts), then a check that their entries have no published
    // version: one published again while this sync ran has a row the read above did not see.
    const documentOf = new Map<number, string>();
    for (const [documentId, [, row]] of entries) documentOf.set(row, documentId);
    for (const [documentId, { row }] of invalidById) documentOf.set(row, documentId);
    const gone = (await missingRows(documentOf.keys(), publishedRows(config, spec.path, spec.label))).map((row) => documentOf.get(row)!);
    const stillPublished = await publishedAmong(config, spec.path, spec.label, gone);
    for (const documentId of gone) {
      if (stillPublished.has(documentId)) continue;
      entries.delete(documentId);
      invalidById.delete(documentId);
      removed++;
    }
  }
  duplicateCheck(
    collection,
    [...entries.values()].map(([id]) => id),
  );
  await beforeWrite?.();
  const wanted = new Set([...entries.values()].map(([id]) => id));
  for (const id of store.keys()) if (!wanted.has(id)) store.delete(id);
  for (const { vm } of changed.entries) store.set({ id: collection.id(vm), data: vm, digest: generateDigest(vm) });
  keepFullOrder(store, entries, rowOrder(spec.sort) ?? 1);
  const invalid = [...invalidById.values()].sort((a, b) => (a.row - b.row) * (rowOrder(spec.sort) ?? 1));
  setSkipped(
    spec.path,
    invalid.map(({ row: _row, ...s }) => s),
  );
  // Nothing read and nothing gone: the bookkeeping stays as it was (see forgetBookkeeping). Its
  // older token still finds every later change: nothing changed between it and this sync's.
  if (changed.entries.length + changed.invalid.length > 0 || removed > 0)
    meta.set(
      META_KEY,
      JSON.stringify({ ...next, entries: Object.fromEntries(entries), invalid: Object.fromEntries(invalidById) } satisfies Bookkeeping),
    );
  logger.info(`${spec.label}: đồng bộ phần thay đổi, đọc ${changed.entries.length + changed.invalid.length}, bỏ ${removed}`);
  return { how: 'delta', read: changed.entries.length + changed.invalid.length, removed };
}

/**
 * Puts the store in the order a full read gives (by row id, as spec.sort asks): the pages sort by
 * date stably, so entries of the same date keep this order, and a publish gives the published
 * version a new row. Rewritten only when it differs.
 */
function keepFullOrder(store: SyncStore, entries: Map<string, [string, number]>, direction: 1 | -1): void {
  const wanted = [...entries.values()].sort((a, b) => (a[1] - b[1]) * direction).map(([id]) => id);
  const current = store.keys();
  if (current.length === wanted.length && current.every((id, i) => id === wanted[i])) return;
  const byId = new Map(store.entries());
  store.clear();
  for (const id of wanted) {
    const entry = byId.get(id);
    if (entry) store.set(entry);
  }
}
