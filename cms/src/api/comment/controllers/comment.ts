import type { Core } from '@strapi/strapi';
import type { CommentFormTokenResponse, CommentPageResponse, CommentReceivedResponse } from '@dbk/shared-types';
import { errors } from '@strapi/utils';
import { findPublishedArticle } from '../../../lib/interactions/articles';
import { CommentRefused, parseCommentInput } from '../../../lib/interactions/comment-input';
import { COMMENT_TOKEN_LIFETIME_MS, issueCommentToken } from '../../../lib/interactions/comment-token';
import { now } from '../../../lib/interactions/clock';
import { approvedComments, MODERATION, storePendingComment } from '../../../lib/interactions/comments';
import { articleIdParam, cacheBriefly, noStore, pageQuery, type Ctx } from '../../../lib/interactions/http';
import { MESSAGES } from '../../../lib/interactions/messages';
import { settings } from '../../../lib/interactions/settings';

// No core controller: comments are never written or listed through Strapi's generic REST API.
// Keys: the CMS's APP_KEYS sign the comment form's tokens (lib/interactions/comment-token.ts).
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const keys = () => strapi.config.get('server.app.keys', []) as string[];
  return {
    /** GET /api/interactions/comment-token: the signed token the form sends back with the comment. */
    async formToken(ctx: Ctx) {
      noStore(ctx);
      const issued = now();
      ctx.body = {
        data: { token: issueCommentToken(keys(), issued), expiresAt: new Date(issued + COMMENT_TOKEN_LIFETIME_MS).toISOString() },
      } satisfies CommentFormTokenResponse;
    },

    /** POST /api/interactions/comments */
    async submit(ctx: Ctx) {
      noStore(ctx);
      let input;
      try {
        input = parseCommentInput(ctx.request.body, { keys: keys(), nowMs: now(), minFillMs: settings().commentMinFillMs });
      } catch (e) {
        if (e instanceof CommentRefused)
          throw new errors.ValidationError(e.message, { reason: e.reason, ...(e.field ? { field: e.field } : {}) });
        throw e;
      }
      const article = await findPublishedArticle(strapi, input.articleId);
      if (!article) throw new errors.NotFoundError(MESSAGES.articleNotFound);
      const { documentId } = await storePendingComment(strapi, input, article.title);
      strapi.log.info(`Bình luận mới chờ duyệt (${documentId}) cho bài "${article.title}"`);
      ctx.status = 201;
      ctx.body = { data: { documentId, moderation: MODERATION.pending, message: MESSAGES.received } } satisfies CommentReceivedResponse;
    },

    /** GET /api/interactions/comments/:articleId: approved comments of one published article. */
    async forArticle(ctx: Ctx) {
      const articleId = articleIdParam(ctx);
      const page = pageQuery(ctx);
      if (!(await findPublishedArticle(strapi, articleId))) throw new errors.NotFoundError(MESSAGES.articleNotFound);
      cacheBriefly(ctx);
      ctx.body = (await approvedComments(strapi, page, articleId)) satisfies CommentPageResponse;
    },

    /**
     * GET /api/interactions/comments: every approved comment, for the site build, whose token holds
     * `api::comment.comment.find` (lib/access.ts).
     */
    async find(ctx: Ctx) {
      noStore(ctx);
      ctx.body = (await approvedComments(strapi, pageQuery(ctx))) satisfies CommentPageResponse;
    },
  };
};
