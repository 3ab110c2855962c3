// Reads every published entry of a collection, page by page, and parses each one with the site's
// schema for it (schemas/: the shared contract, what populate.ts fetches required, transformed to
// the view model). A list leaves out an entry that fails (and reports it: lib/cms/skipped.ts), so
// one bad entry does not stop every publish; a single entry that fails stops the build. A field the
// answer lacks altogether is the query's fault, not the entry's: that stops the build too.
import { REST_MAX_PAGE_SIZE } from '@dbk/shared-types';
import qs from 'qs';
import type { z } from 'zod';
import { CmsError, cmsGet, type CmsConfig } from './client';

/** Strapi's maximum page size (cms/config/api.ts maxLimit): the fewer pages, the faster the read. */
export const PAGE_SIZE = REST_MAX_PAGE_SIZE;

interface ListResponse {
  data: unknown[];
  meta?: { pagination?: { page: number; pageCount: number; total: number } };
}

export interface CollectionSpec<Out> {
  /** REST path below /api, e.g. "articles" */
  path: string;
  /** Vietnamese name for messages, e.g. "tin bài" */
  label: string;
  /** validates a REST entry and makes its view model */
  schema: z.ZodType<Out>;
  populate: object;
  sort?: string[];
  /** entries per request when the endpoint allows fewer than PAGE_SIZE (the comments') */
  pageSize?: number;
}

function describeEntry(entry: unknown): string {
  const e = (entry ?? {}) as Record<string, unknown>;
  const name = e.title ?? e.name ?? e.documentNumber ?? e.subject ?? e.slug;
  return `${String(e.documentId ?? e.id ?? '?')}${name ? ` "${String(name)}"` : ''}`;
}

// Fields assigned in the body, not as parameter properties: the bench loads this file through
// Node's type stripping, which does not support them.
export class InvalidEntryError extends CmsError {
  readonly entry: string;
  readonly problems: string;
  /** which row it was, when the answer says (set by the list reader; the delta sync keeps it) */
  key: EntryKey | undefined;

  constructor(entry: string, problems: string, label: string) {
    super(`Dữ liệu ${label} không hợp lệ ở mục ${entry}: ${problems}`);
    this.entry = entry;
    this.problems = problems;
  }
}

/**
 * A field the schema requires and the answer does not have at all (not even null): Strapi always
 * answers every attribute, and leaves out only relations, media and components nobody asked for.
 * So populate.ts forgot it (or the site reads a field the CMS does not have): every entry would
 * fail alike, and skipping them all would publish an empty site.
 */
export class MissingFieldError extends CmsError {}

function isAbsent(entry: unknown, path: PropertyKey[]): boolean {
  let parent: unknown = entry;
  for (const key of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false;
    parent = Reflect.get(parent, key);
  }
  const last = path.at(-1);
  return typeof parent === 'object' && parent !== null && last !== undefined && !(last in parent);
}

export function validateEntry<Out>(spec: CollectionSpec<Out>, entry: unknown): Out {
  const parsed = spec.schema.safeParse(entry);
  if (parsed.success) return parsed.data;
  const missing = parsed.error.issues.filter((i) => i.code === 'invalid_type' && isAbsent(entry, i.path));
  if (missing.length > 0) {
    const fields = [...new Set(missing.map((i) => i.path.join('.')))].join(', ');
    throw new MissingFieldError(
      `Dữ liệu ${spec.label} không hợp lệ ở mục ${describeEntry(entry)}: CMS không trả trường ${fields}` +
        ' (site/src/lib/cms/populate.ts chưa lấy trường này?).',
    );
  }
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`)
    .join('; ');
  throw new InvalidEntryError(describeEntry(entry), problems, spec.label);
}

/** A list page's entries: the valid ones, and what was wrong with the others. */
export interface PageEntries<Out> {
  entries: Out[];
  invalid: InvalidEntryError[];
}

/** The Strapi identity of an entry: its document, and the row of its published version. */
export interface EntryKey {
  documentId: string;
  id: number;
}

/** An entry with the identity the view model may not carry (lib/cms/delta-sync.ts needs it). */
export interface KeyedEntries<Out> {
  entries: { vm: Out; key: EntryKey | undefined }[];
  invalid: InvalidEntryError[];
}

export function entryKey(raw: unknown): EntryKey | undefined {
  const e = (raw ?? {}) as Record<string, unknown>;
  return typeof e.documentId === 'string' && typeof e.id === 'number' ? { documentId: e.documentId, id: e.id } : undefined;
}

function validateList<Out>(spec: CollectionSpec<Out>, raws: unknown[]): KeyedEntries<Out> {
  const result: KeyedEntries<Out> = { entries: [], invalid: [] };
  for (const raw of raws) {
    try {
      result.entries.push({ vm: validateEntry(spec, raw), key: entryKey(raw) });
    } catch (e) {
      if (!(e instanceof InvalidEntryError)) throw e;
      e.key = entryKey(raw);
      result.invalid.push(e);
    }
  }
  return result;
}

/**
 * Pages fetched at once after the first. The CMS spends its time in its own JavaScript, one core,
 * so more would not help; three keep it busy while this side parses and validates the previous
 * answers (10,000 articles in pages of 100: 9.0 s one at a time, 7.9 s three at a time, on 2 cores).
 */
export const CONCURRENT_PAGES = 3;

async function fetchPage<Out>(
  config: CmsConfig,
  spec: CollectionSpec<Out>,
  page: number,
  filters: object | undefined,
): Promise<KeyedEntries<Out> & { pageCount: number }> {
  const query = qs.stringify(
    {
      status: 'published',
      filters,
      populate: spec.populate,
      sort: spec.sort ?? ['id:asc'],
      pagination: { page, pageSize: spec.pageSize ?? PAGE_SIZE },
    },
    { encodeValuesOnly: true },
  );
  const body = await cmsGet<ListResponse>(config, `/api/${spec.path}?${query}`, `${spec.label} (trang ${page})`);
  if (!Array.isArray(body?.data)) throw new CmsError(`CMS trả dữ liệu ${spec.label} không đúng dạng danh sách.`);
  const pageCount = body.meta?.pagination?.pageCount;
  if (pageCount === undefined) throw new CmsError(`CMS không trả thông tin phân trang cho ${spec.label}.`);
  return { ...validateList(spec, body.data), pageCount };
}

/**
 * Every valid entry of every page, in page order, and the invalid ones left out. A failed request
 * or a malformed answer is all or nothing: the first such failure stops the rest and is thrown.
 */
export async function fetchAll<Out>(config: CmsConfig, spec: CollectionSpec<Out>): Promise<PageEntries<Out>> {
  const { entries, invalid } = await fetchAllKeyed(config, spec);
  return { entries: entries.map((e) => e.vm), invalid };
}

/** fetchAll with each entry's Strapi identity, optionally only the entries matching `filters`. */
export async function fetchAllKeyed<Out>(config: CmsConfig, spec: CollectionSpec<Out>, filters?: object): Promise<KeyedEntries<Out>> {
  const first = await fetchPage(config, spec, 1, filters);
  const pages: KeyedEntries<Out>[] = [first];
  let next = 2;
  let failed = false;
  const worker = async () => {
    while (!failed && next <= first.pageCount) {
      const page = next++;
      try {
        pages[page - 1] = await fetchPage(config, spec, page, filters);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(0, Math.min(CONCURRENT_PAGES, first.pageCount - 1)) }, worker));
  return { entries: pages.flatMap((p) => p.entries), invalid: pages.flatMap((p) => p.invalid) };
}

export async function fetchSingle<Out>(config: CmsConfig, spec: CollectionSpec<Out>): Promise<Out> {
  const query = qs.stringify({ populate: spec.populate }, { encodeValuesOnly: true });
  const body = await cmsGet<{ data: unknown }>(config, `/api/${spec.path}?${query}`, spec.label);
  if (!body?.data) throw new CmsError(`CMS chưa có ${spec.label}: hãy nhập trong trang quản trị.`);
  return validateEntry(spec, body.data);
}

/** The draft version of one entry (the preview server), or null when the CMS has no such entry. */
export async function fetchDraft<Out>(config: CmsConfig, spec: CollectionSpec<Out>, documentId: string): Promise<Out | null> {
  const query = qs.stringify(
    { status: 'draft', filters: { documentId: { $eq: documentId } }, populate: spec.populate },
    { encodeValuesOnly: true },
  );
  const body = await cmsGet<ListResponse>(config, `/api/${spec.path}?${query}`, `bản nháp ${spec.label}`);
  const entry = Array.isArray(body?.data) ? body.data[0] : undefined;
  return entry === undefined ? null : validateEntry(spec, entry);
}
