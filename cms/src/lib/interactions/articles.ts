import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';

// Strapi 5 documentIds are 24 lowercase letters and digits; anything else is refused with a 400
// before it reaches the database.
const DOCUMENT_ID = /^[a-z0-9]{10,64}$/;

export function isDocumentId(value: unknown): value is string {
  return typeof value === 'string' && DOCUMENT_ID.test(value);
}

// Every view asks "is this a published article?"; remembering the answer for a minute spares the
// single SQLite writer a query per view. An article published or unpublished meanwhile is known
// within the minute, and the static site takes longer than that to rebuild anyway.
const CACHE_MS = 60_000;
const CACHE_MAX = 20_000;
const known = new Map<string, { article: { title: string } | null; until: number }>();

/** The published article with this documentId, or null for drafts and unknown ids. */
export async function findPublishedArticle(strapi: Core.Strapi, documentId: string): Promise<{ title: string } | null> {
  const nowMs = Date.now();
  const hit = known.get(documentId);
  if (hit && hit.until > nowMs) return hit.article;
  const article = (await strapi.db.query(ARTICLE).findOne({
    select: ['title'],
    where: { documentId, publishedAt: { $notNull: true } },
  })) as { title: string } | null;
  if (known.size >= CACHE_MAX) known.clear();
  known.set(documentId, { article: article ? { title: article.title } : null, until: nowMs + CACHE_MS });
  return article;
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
