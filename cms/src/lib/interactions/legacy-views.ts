import type { Core } from '@strapi/strapi';

/**
 * Views an article had on the old site (its `legacyViews`, written by the importer), by documentId.
 * They are added to the counter when read, never copied into it: the counter table stays the record
 * of this site's own readers, and a re-import with a corrected old count needs no counter surgery.
 */
export async function legacyViews(strapi: Core.Strapi, articleIds: string[]): Promise<Map<string, number>> {
  if (articleIds.length === 0) return new Map();
  const rows = (await strapi.db.query('api::article.article').findMany({
    where: { documentId: { $in: articleIds }, publishedAt: { $notNull: true }, legacyViews: { $gt: 0 } },
    select: ['documentId', 'legacyViews'],
  })) as { documentId: string; legacyViews: number | null }[];
  return new Map(rows.map((r) => [r.documentId, Number(r.legacyViews ?? 0)]));
}
