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

/** Published rows of a collection by row-id range (missing-rows.ts), over REST. */
export function publishedRows(config: CmsConfig, restPath: string, label: string): PublishedRows {
  const range = (lo: number, hi: number) => ({ id: { $gte: lo, $lte: hi } });
  return {
    count: async (lo, hi) => (await probeCount(config, restPath, `${label} (mã dòng ${lo}–${hi})`, range(lo, hi))).total,
    async list(lo, hi) {
      const query = qs.stringify(
        {
          status: 'published',
          filters: range(lo, hi),
          fields: ['documentId'],
          sort: ['id:asc'],
          pagination: { page: 1, pageSize: PAGE_SIZE },
        },
        { encodeValuesOnly: true },
      );
      const body = await cmsGet<{ data?: EntryKey[]; meta?: { pagination?: { total?: number } } }>(
        config,
        `/api/${restPath}?${query}`,
        `danh sách ${label} (mã dòng ${lo}–${hi})`,
      );
      const total = body.meta?.pagination?.total;
      if (!Array.isArray(body?.data) || typeof total !== 'number') throw new CmsError(`CMS trả danh sách ${label} không đúng dạng.`);
      return { ids: body.data.map((d) => d.id), total };
    },
  };
}

/** Which of these documentIds have a published version now (50 to a request: the URL stays short). */
export async function publishedAmong(config: CmsConfig, restPath: string, label: string, documentIds: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < documentIds.length; i += 50) {
    const query = qs.stringify(
      {
        status: 'published',
        filters: { documentId: { $in: documentIds.slice(i, i + 50) } },
        fields: ['documentId'],
        pagination: { page: 1, pageSize: 50 },
      },
      { encodeValuesOnly: true },
    );
    const body = await cmsGet<{ data?: EntryKey[] }>(config, `/api/${restPath}?${query}`, `${label} còn xuất bản`);
    if (!Array.isArray(body?.data)) throw new CmsError(`CMS trả danh sách ${label} không đúng dạng.`);
    for (const d of body.data) found.add(d.documentId);
  }
  return found;
}
