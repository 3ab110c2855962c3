import type { Core } from '@strapi/strapi';
import { legacyViews } from './legacy-views';
import { settings } from './settings';
import { table, TABLES, transaction } from './tables';

export interface RecordedView {
  views: number;
  counted: boolean;
}

/**
 * Counts a view unless this visitor's last counted view of the article is within the window.
 * The mark upsert only succeeds (and returns a row) when it inserts or when the old mark has
 * expired, and both databases decide that under a row lock: two simultaneous requests of one
 * visitor count once, and every distinct visitor counts exactly once. The increment itself is
 * done by the database (views = views + 1), never read-modify-write in JavaScript.
 */
export async function recordView(strapi: Core.Strapi, articleId: string, visitor: string, nowMs: number): Promise<RecordedView> {
  const { viewWindowMs } = settings();
  const old = (await legacyViews(strapi, [articleId])).get(articleId) ?? 0;
  const recorded = await transaction(strapi, async (trx) => {
    const marked = (await table(strapi, TABLES.viewMarks, trx)
      .insert({ article_id: articleId, visitor, seen_at: nowMs })
      .onConflict(['article_id', 'visitor'])
      .merge({ seen_at: nowMs })
      .where(`${TABLES.viewMarks}.seen_at`, '<=', nowMs - viewWindowMs)
      .returning('article_id')) as unknown[];
    const counted = marked.length > 0;
    const [row] = counted
      ? ((await table(strapi, TABLES.viewCounts, trx)
          .insert({ article_id: articleId, views: 1 })
          .onConflict('article_id')
          .merge({ views: trx.raw('?? + 1', [`${TABLES.viewCounts}.views`]) })
          .returning('views')) as { views: number | string }[])
      : ((await table(strapi, TABLES.viewCounts, trx).where({ article_id: articleId }).select('views')) as { views: number | string }[]);
    return { views: Number(row?.views ?? 0), counted };
  });
  return { ...recorded, views: recorded.views + old };
}

/** Views of each id (0 when never viewed), the old site's count (legacyViews) included. */
export async function readViews(strapi: Core.Strapi, articleIds: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.fromEntries(articleIds.map((id) => [id, 0]));
  if (articleIds.length === 0) return counts;
  const rows = (await table(strapi, TABLES.viewCounts).whereIn('article_id', articleIds).select('article_id', 'views')) as {
    article_id: string;
    views: number | string;
  }[];
  for (const row of rows) counts[row.article_id] = Number(row.views);
  for (const [id, old] of await legacyViews(strapi, articleIds)) counts[id] = (counts[id] ?? 0) + old;
  return counts;
}
