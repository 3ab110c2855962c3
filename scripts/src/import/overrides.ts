// What the operator adds for pages that lack it (JSON, keyed by the file's path in the source
// folder): the old address of a text capture, a date line the page never printed, a category.
// Nothing is guessed in their place: a page without a date is refused, not dated today.
import fs from 'node:fs/promises';

export interface Override {
  url?: string;
  ngay?: string;
  chuyenMuc?: string;
}

export async function loadOverrides(file: string | undefined): Promise<Map<string, Override>> {
  if (!file) return new Map();
  const data = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, Record<string, unknown>>;
  const out = new Map<string, Override>();
  for (const [page, value] of Object.entries(data)) {
    for (const [k, v] of Object.entries(value)) {
      if (!['url', 'ngay', 'chuyenMuc'].includes(k) || typeof v !== 'string')
        throw new Error(`Tệp bổ sung ${file}, "${page}": khóa "${k}" không hợp lệ (dùng url, ngay, chuyenMuc; giá trị là chuỗi)`);
    }
    out.set(page.replaceAll('\\', '/'), value as Override);
  }
  return out;
}
