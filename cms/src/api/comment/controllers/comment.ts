import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { findPublishedArticle } from '../../../lib/interactions/articles';
import { CommentRefused, parseCommentInput } from '../../../lib/interactions/comment-input';
import { approvedComments, MODERATION, storePendingComment } from '../../../lib/interactions/comments';
import { articleIdParam, cacheBriefly, noStore, pageQuery, type Ctx } from '../../../lib/interactions/http';
import { MESSAGES } from '../../../lib/interactions/messages';
import { settings } from '../../../lib/interactions/settings';

// No core controller: comments are never written or listed through Strapi's generic REST API.
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/interactions/comments */
  async submit(ctx: Ctx) {
    noStore(ctx);
    let input;
    try {
      input = parseCommentInput(ctx.request.body, settings().commentMinFillMs);
    } catch (e) {
      if (e instanceof CommentRefused) throw new errors.ValidationError(e.message, { reason: e.reason, ...(e.field ? { field: e.field } : {}) });
      throw e;
    }
    const article = await findPublishedArticle(strapi, input.articleId);
    if (!article) throw new errors.NotFoundError(MESSAGES.articleNotFound);
    const { documentId } = await storePendingComment(strapi, input, article.title);
    strapi.log.info(`Bình luận mới chờ duyệt (${documentId}) cho bài "${article.title}"`);
    ctx.status = 201;
    ctx.body = { data: { documentId, moderation: MODERATION.pending, message: MESSAGES.received } };
  },

  /** GET /api/interactions/comments/:articleId: approved comments of one published article. */
  async forArticle(ctx: Ctx) {
    const articleId = articleIdParam(ctx);
    const page = pageQuery(ctx);
    if (!(await findPublishedArticle(strapi, articleId))) throw new errors.NotFoundError(MESSAGES.articleNotFound);
    cacheBriefly(ctx);
    ctx.body = await approvedComments(strapi, page, articleId);
  },

  /**
   * GET /api/interactions/comments: every approved comment, for the site build. Named `find` so a
   * read-only API token may call it (Strapi lets those tokens reach actions named find/findOne).
   */
  async find(ctx: Ctx) {
    noStore(ctx);
    ctx.body = await approvedComments(strapi, pageQuery(ctx));
  },
});
