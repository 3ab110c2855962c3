// One old page → the article data the CMS is sent, after the checks the importer can make itself
// (title, body, date). Everything else is the CMS's to refuse.
import { normalizeLine, normalizeText, parseDateLine } from '@dbk/shared-types';
import type { ImportedPage } from './page.ts';

export interface ArticleData {
  title: string;
  summary: string | null;
  body: string;
  displayDate: string;
  bylines: { name: string; position: string | null }[];
  category: string | null;
  legacyUrl: string;
  legacyViews: number | null;
}

/** The data, or the reason (Vietnamese) the page cannot become an article. */
export function articleData(
  page: ImportedPage,
  categoryId: string | null,
  photoUrls: Map<string, string | undefined>,
): ArticleData | { error: string } {
  const title = normalizeLine(page.title);
  if (!title) return { error: 'Không tìm thấy tiêu đề bài' };
  if (!page.dateLine) return { error: 'Không tìm thấy dòng ngày đăng (thêm "ngay" cho trang này trong tệp bổ sung)' };
  const date = parseDateLine(page.dateLine);
  if (!date.ok) return { error: date.error };
  let body = page.body;
  for (const [token, url] of photoUrls) body = body.replaceAll(`](${token})`, `](${url ?? 'anh-chua-tai-len'})`);
  body = normalizeText(body).trim();
  if (!body) return { error: 'Không tìm thấy nội dung bài' };
  const summary = page.summary ? normalizeText(page.summary).trim() || null : null;
  return {
    title,
    summary,
    body,
    displayDate: date.value.instant.toISOString(),
    bylines: page.bylines.map((b) => ({ name: normalizeLine(b.name), position: b.position ? normalizeLine(b.position) : null })),
    category: categoryId,
    legacyUrl: page.legacyUrl,
    legacyViews: page.viewCount ?? null,
  };
}
