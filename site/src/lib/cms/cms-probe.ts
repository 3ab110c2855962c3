// Small questions the delta sync asks the CMS: how many published entries a collection has (or how
// many match a filter), and the CMS's own clock (the HTTP Date header), so the sync token never
// depends on the build machine's clock agreeing with the CMS's.
import qs from 'qs';
import { CmsError, cmsGet, type CmsConfig } from './client';
import { PAGE_SIZE, type EntryKey } from './fetch-all';
import type { PublishedRows } from './missing-rows';

export interface Probe {
  total: number;
  /** the CMS's time when it answered, in ms (the Date header, whole seconds, rounded down) */
  cmsTime: number;
}

export async function probeCount(config: CmsConfig, restPath: string, label: string, filters?: object): Promise<Probe> {
  const query = qs.stringify(
    { status: 'published', filters, fields: ['documentId'], pagination: { page: 1, pageSize: 1 } },
    { encodeValuesOnly: true },
  );
  let res: Response;
  try {
    res = await fetch(`${config.url}/api/${restPath}?${query}`, {
      headers: { Authorization: `Bearer ${config.token}` },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (e) {
    throw new CmsError(`Không kết nối được CMS ${config.url} khi đếm ${label}: ${(e as Error).message}`);
  }
  if (!res.ok) throw new CmsError(`CMS trả lỗi HTTP ${res.status} khi đếm ${label}.`);
  const body = (await res.json()) as { meta?: { pagination?: { total?: number } } };
  const total = body.meta?.pagination?.total;
  const cmsTime = Date.parse(res.headers.get('date') ?? '');
  if (typeof total !== 'number' || Number.isNaN(cmsTime)) throw new CmsError(`CMS không trả số lượng hoặc giờ khi đếm ${label}.`);
  return { total, cmsTime };
}

/** Entries published or written after `since` (ISO time): a publish sets publishedAt, an edit of a type without drafts sets updatedAt. */
export const changedSince = (since: string) => ({ $or: [{ updatedAt: { $gt: since } }, { publishedAt: { $gt: since } }] });

/** One page of the documentId and row id of the published entries matching `filters`, and their total. */
async function publishedKeys(config: CmsConfig, restPath: string, what: string, filters: object, pageSize: number) {
  const query = qs.stringify(
    { status: 'published', filters, fields: ['documentId'], sort: ['id:asc'], pagination: { page: 1, pageSize } },
    { encodeValuesOnly: true },
  );
  const body = await cmsGet<{ data?: EntryKey[]; meta?: { pagination?: { total?: number } } }>(config, `/api/${restPath}?${query}`, what);
  const total = body.meta?.pagination?.total;
  if (!Array.isArray(body?.data) || typeof total !== 'number') throw new CmsError(`CMS trả ${what} không đúng dạng.`);
  return { keys: body.data, total };
}

/** Published rows of a collection by row-id range (missing-rows.ts), over REST. */
export function publishedRows(config: CmsConfig, restPath: string, label: string): PublishedRows {
  const range = (lo: number, hi: number) => ({ id: { $gte: lo, $lte: hi } });
  return {
    count: async (lo, hi) => (await probeCount(config, restPath, `${label} (mã dòng ${lo}–${hi})`, range(lo, hi))).total,
    async list(lo, hi) {
      const { keys, total } = await publishedKeys(config, restPath, `danh sách ${label} (mã dòng ${lo}–${hi})`, range(lo, hi), PAGE_SIZE);
      return { ids: keys.map((k) => k.id), total };
    },
  };
}

/** Which of these documentIds have a published version now (50 to a request: the URL stays short). */
export async function publishedAmong(config: CmsConfig, restPath: string, label: string, documentIds: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < documentIds.length; i += 50) {
    const filters = { documentId: { $in: documentIds.slice(i, i + 50) } };
    const { keys } = await publishedKeys(config, restPath, `danh sách ${label} còn xuất bản`, filters, 50);
    for (const k of keys) found.add(k.documentId);
  }
  return found;
}
