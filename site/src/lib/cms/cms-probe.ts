// Small questions the delta sync asks the CMS: how many published entries a collection has (or how
// many match a filter), and the CMS's own clock (the HTTP Date header), so the sync token never
// depends on the build machine's clock agreeing with the CMS's.
import qs from 'qs';
import { CmsError, cmsGet, type CmsConfig } from './client';
import { PAGE_SIZE, type EntryKey } from './fetch-all';

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

/** documentId and row id of every published entry: cheap (no body, no relations), to find the removed ones. */
export async function fetchKeys(config: CmsConfig, restPath: string, label: string): Promise<EntryKey[]> {
  const keys: EntryKey[] = [];
  for (let page = 1; ; page++) {
    const query = qs.stringify(
      { status: 'published', fields: ['documentId'], sort: ['id:asc'], pagination: { page, pageSize: PAGE_SIZE } },
      { encodeValuesOnly: true },
    );
    const body = await cmsGet<{ data?: EntryKey[]; meta?: { pagination?: { pageCount?: number } } }>(
      config,
      `/api/${restPath}?${query}`,
      `danh sách ${label} (trang ${page})`,
    );
    if (!Array.isArray(body?.data)) throw new CmsError(`CMS trả danh sách ${label} không đúng dạng.`);
    keys.push(...body.data.map((d) => ({ documentId: d.documentId, id: d.id })));
    if (page >= (body.meta?.pagination?.pageCount ?? 0)) return keys;
  }
}
