// Reads every published entry of a collection, page by page, and validates each one against the
// shared-types schema. Any failure names the collection and the entry and stops the build.
import qs from 'qs';
import type { z } from 'zod';
import { CmsError, cmsGet, type CmsConfig } from './client';

/** Strapi's maximum page size (cms/config/api.ts maxLimit). */
export const PAGE_SIZE = 100;

interface ListResponse {
  data: unknown[];
  meta?: { pagination?: { page: number; pageCount: number; total: number } };
}

export interface CollectionSpec<Raw> {
  /** REST path below /api, e.g. "articles" */
  path: string;
  /** Vietnamese name for messages, e.g. "tin bài" */
  label: string;
  schema: z.ZodType<Raw>;
  populate: object;
  sort?: string[];
}

function describeEntry(entry: unknown): string {
  const e = (entry ?? {}) as Record<string, unknown>;
  const name = e.title ?? e.name ?? e.documentNumber ?? e.subject ?? e.slug;
  return `${String(e.documentId ?? e.id ?? '?')}${name ? ` "${String(name)}"` : ''}`;
}

export function validateEntry<Raw>(spec: CollectionSpec<Raw>, entry: unknown): Raw {
  const parsed = spec.schema.safeParse(entry);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`).join('; ');
  throw new CmsError(`Dữ liệu ${spec.label} không hợp lệ ở mục ${describeEntry(entry)}: ${problems}`);
}

export async function fetchAll<Raw>(config: CmsConfig, spec: CollectionSpec<Raw>): Promise<Raw[]> {
  const out: Raw[] = [];
  for (let page = 1; ; page++) {
    const query = qs.stringify(
      { status: 'published', populate: spec.populate, sort: spec.sort ?? ['id:asc'], pagination: { page, pageSize: PAGE_SIZE } },
      { encodeValuesOnly: true },
    );
    const body = await cmsGet<ListResponse>(config, `/api/${spec.path}?${query}`, `${spec.label} (trang ${page})`);
    if (!Array.isArray(body?.data)) throw new CmsError(`CMS trả dữ liệu ${spec.label} không đúng dạng danh sách.`);
    for (const entry of body.data) out.push(validateEntry(spec, entry));
    const pageCount = body.meta?.pagination?.pageCount;
    if (pageCount === undefined) throw new CmsError(`CMS không trả thông tin phân trang cho ${spec.label}.`);
    if (page >= pageCount) return out;
  }
}

export async function fetchSingle<Raw>(config: CmsConfig, spec: CollectionSpec<Raw>): Promise<Raw> {
  const query = qs.stringify({ populate: spec.populate }, { encodeValuesOnly: true });
  const body = await cmsGet<{ data: unknown }>(config, `/api/${spec.path}?${query}`, spec.label);
  if (!body?.data) throw new CmsError(`CMS chưa có ${spec.label}: hãy nhập trong trang quản trị.`);
  return validateEntry(spec, body.data);
}
