import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';

// Strapi 5 documentIds are 24 lowercase letters and digits; anything else is refused with a 400
// before it reaches the database.
const DOCUMENT_ID = /^[a-z0-9]{10,64}$/;

export function isDocumentId(value: unknown): value is string {
  return typeof value === 'string' && DOCUMENT_ID.test(value);
}

/** The published article with this documentId, or null for drafts and unknown ids. */
export async function findPublishedArticle(strapi: Core.Strapi, documentId: string): Promise<{ title: string } | null> {
  const row = (await strapi.db.query(ARTICLE).findOne({
    select: ['title'],
    where: { documentId, publishedAt: { $notNull: true } },
  })) as { title: string } | null;
  return row;
}

/** The ids among `documentIds` that are published articles. */
export async function publishedArticleIds(strapi: Core.Strapi, documentIds: string[]): Promise<Set<string>> {
  if (documentIds.length === 0) return new Set();
  const rows = (await strapi.db.query(ARTICLE).findMany({
    select: ['documentId'],
    where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
  })) as { documentId: string }[];
  return new Set(rows.map((r) => r.documentId));
}
