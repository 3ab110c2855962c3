import { z } from 'zod';
import { isoDateTime, optionalText, systemFields } from './common.js';
import { COMMENT_MODERATION_VALUES, type COMMENT_MODERATION } from '../moderation.js';

// Reader interactions (views, visits, comments): the shapes the CMS's /api/interactions endpoints
// answer with. The CMS's controllers build each answer with `satisfies` one of these, and the
// browser script (site/src/scripts/interactions.ts) reads it through the same type, so a renamed
// field is a compile error on both sides. The browser imports types only: no zod reaches it.

export const COMMENT_LIMITS = { name: 100, email: 254, text: 2000 } as const;

/** A comment as stored (what staff see in the admin); mirrors cms/src/api/comment's schema.json. */
export const commentSchema = z.object({
  ...systemFields,
  articleId: z.string().min(1).max(64),
  articleTitle: optionalText(300),
  name: z.string().min(1).max(COMMENT_LIMITS.name),
  email: z.email().max(COMMENT_LIMITS.email).nullable().optional(),
  text: z.string().min(1).max(COMMENT_LIMITS.text),
  moderation: z.enum(COMMENT_MODERATION_VALUES),
});
export type RawComment = z.infer<typeof commentSchema>;

/** An approved comment as every public or build endpoint returns it: never the email or moderation state. */
export const publicCommentSchema = z.strictObject({
  documentId: z.string().min(1),
  articleId: z.string().min(1),
  name: z.string().min(1).max(COMMENT_LIMITS.name),
  text: z.string().min(1).max(COMMENT_LIMITS.text),
  createdAt: isoDateTime,
});
export type PublicComment = z.infer<typeof publicCommentSchema>;

/** GET /api/interactions/comments (build token) and GET /api/interactions/comments/:articleId */
export interface CommentPageResponse {
  data: PublicComment[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/** POST /api/interactions/views/:articleId: `counted` is false within the visitor's window or for a bot */
export interface RecordedViewResponse {
  data: { articleId: string; views: number; counted: boolean };
}

/** GET /api/interactions/views/:articleId */
export interface ViewCountResponse {
  data: { articleId: string; views: number };
}

/** GET /api/interactions/views?ids=a,b: published ids only */
export interface ViewCountsResponse {
  data: Record<string, number>;
}

/** The visitor box's figures (the names are its data-visit-stat attributes). */
export interface VisitStats {
  /** every visit since the counter started (plus READER_VISITS_BASE) */
  total: number;
  /** distinct visitors seen in the last 5 minutes */
  online: number;
  /** visits started today, Việt Nam calendar */
  today: number;
  /** visits started yesterday, Việt Nam calendar */
  yesterday: number;
}

/** POST /api/interactions/visits and GET /api/interactions/stats */
export interface VisitStatsResponse {
  data: VisitStats;
}

/** Body of POST /api/interactions/comments */
export interface CommentSubmission {
  data: {
    articleId: string;
    name: string;
    email?: string;
    text: string;
    /** honeypot: hidden from people, must stay empty */
    website?: string;
    /** the token of GET /api/interactions/comment-token: the server measures the fill time from its issue */
    formToken: string;
  };
}

/** POST /api/interactions/comments, 201: stored, waiting for a moderator */
export interface CommentReceivedResponse {
  data: { documentId: string; moderation: typeof COMMENT_MODERATION.pending; message: string };
}

/** GET /api/interactions/comment-token: signed, valid for two hours, not before the minimum fill time */
export interface CommentFormTokenResponse {
  data: { token: string; expiresAt: string };
}

/** Error body of every endpoint (Strapi's): a Vietnamese message for the reader */
export interface InteractionError {
  data: null;
  error: { status: number; name: string; message: string; details?: { reason?: string; field?: string; retryAfter?: number } };
}
