// A dry run writes nothing, so the CMS never sees the page: the shared schema's rules (the same
// ones the CMS's valid-content guard applies, from shared-types) are checked here instead, so
// the dry run lists the pages a real run would have refused. The real run leaves this to the CMS,
// whose refusal (by the admin's Vietnamese field labels) is what the report then shows.
import { articleSchema } from '@dbk/shared-types';
import type { ArticleData } from './article-data.ts';

// The admin's labels of the fields the importer writes (cms/src/bootstrap/admin-labels.data.ts).
const LABELS: Partial<Record<keyof ArticleData, string>> = {
  title: 'Tiêu đề',
  summary: 'Sapo',
  body: 'Nội dung',
  displayDate: 'Ngày đăng',
  legacyUrl: 'Địa chỉ ở trang cũ',
  legacyViews: 'Lượt xem ở trang cũ',
};

type Issue = { code: string; maximum?: number | bigint; minimum?: number | bigint; origin?: string };

function describe(issue: Issue): string {
  if (issue.code === 'too_big') return issue.origin === 'string' ? `dài quá ${issue.maximum} ký tự` : `lớn hơn ${issue.maximum}`;
  if (issue.code === 'too_small') return issue.origin === 'string' ? 'không được để trống' : `nhỏ hơn ${issue.minimum}`;
  return 'không hợp lệ';
}

/** The first rule the data breaks, in Vietnamese, or undefined. */
export function schemaProblem(data: ArticleData): string | undefined {
  const shape = articleSchema.shape as unknown as Record<
    string,
    { safeParse(v: unknown): { success: boolean; error?: { issues: Issue[] } } }
  >;
  for (const [field, label] of Object.entries(LABELS)) {
    const result = shape[field]!.safeParse(data[field as keyof ArticleData]);
    if (!result.success) return `${label}: ${describe(result.error!.issues[0]!)}`;
  }
  return undefined;
}
