// Whether the CMS's entry already holds what the import would write: a second run over the same
// archive must change nothing, so only a real difference counts as an update.
import type { ArticleData } from './article-data.ts';
import type { CmsArticle } from './cms-client.ts';

/** The names of the fields that differ (empty: unchanged). */
export function changedFields(existing: CmsArticle, data: ArticleData, categoryOf: (documentId: string | null) => string | null): string[] {
  const changed: string[] = [];
  if (existing.title !== data.title) changed.push('title');
  if ((existing.summary ?? null) !== data.summary) changed.push('summary');
  if (existing.body !== data.body) changed.push('body');
  if (new Date(existing.displayDate).getTime() !== new Date(data.displayDate).getTime()) changed.push('displayDate');
  if ((existing.legacyViews ?? null) !== data.legacyViews) changed.push('legacyViews');
  if ((existing.category?.slug ?? null) !== categoryOf(data.category)) changed.push('category');
  const bylines = (list: { name: string; position: string | null }[]) => JSON.stringify(list.map((b) => [b.name, b.position ?? null]));
  if (bylines(existing.bylines) !== bylines(data.bylines)) changed.push('bylines');
  return changed;
}
