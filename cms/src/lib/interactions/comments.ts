import type { Core } from '@strapi/strapi';
import type { CommentPageResponse, PublicComment } from '@dbk/shared-types';
import type { CommentInput } from './comment-input';

const COMMENT = 'api::comment.comment';

// The comment's `moderation` field (not `status`: Strapi 5 reserves that name for draft/published).
export { COMMENT_MODERATION as MODERATION } from '@dbk/shared-types/moderation';
import { COMMENT_MODERATION as MODERATION } from '@dbk/shared-types/moderation';

// What the public (and the site build) may know of a comment: never the email or the moderation state.
const PUBLIC_FIELDS = ['documentId', 'articleId', 'name', 'text', 'createdAt'] as const satisfies readonly (keyof PublicComment)[];

function toPublic(row: Record<string, unknown>): PublicComment {
  return {
    documentId: String(row.documentId),
    articleId: String(row.articleId),
    name: String(row.name),
    text: String(row.text),
    createdAt: new Date(row.createdAt as string).toISOString(),
  };
}

/**
 * Stores a submission as pending. It goes through the query layer, not the document service, on
 * purpose: the document service would announce `entry.create` to webhooks and the rebuild
 * notifier, and a reader's comment must not trigger anything before staff approve it.
 * publishedAt is what the document service sets for types without drafts; the admin lists by it.
 */
export async function storePendingComment(strapi: Core.Strapi, input: CommentInput, articleTitle: string): Promise<{ documentId: string }> {
  const created = (await strapi.db.query(COMMENT).create({
    data: { ...input, articleTitle, moderation: MODERATION.pending, publishedAt: new Date() },
    select: ['documentId'],
  })) as { documentId: string };
  return { documentId: created.documentId };
}

export interface Page {
  page: number;
  pageSize: number;
}

/** Approved comments, oldest first (a conversation reads top-down); of one article or of all. */
export async function approvedComments(strapi: Core.Strapi, { page, pageSize }: Page, articleId?: string): Promise<CommentPageResponse> {
  const where = articleId ? { moderation: MODERATION.approved, articleId } : { moderation: MODERATION.approved };
  const query = strapi.db.query(COMMENT);
  const [rows, total] = await Promise.all([
    query.findMany({
      select: [...PUBLIC_FIELDS],
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      offset: (page - 1) * pageSize,
      limit: pageSize,
    }),
    query.count({ where }),
  ]);
  return {
    data: (rows as Record<string, unknown>[]).map(toPublic),
    meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
  };
}
