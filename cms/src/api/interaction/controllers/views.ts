import type { Core } from '@strapi/strapi';
import type { RecordedViewResponse, ViewCountResponse, ViewCountsResponse } from '@dbk/shared-types';
import { errors } from '@strapi/utils';
import { findPublishedArticle, publishedArticleIds } from '../../../lib/interactions/articles';
import { isBot } from '../../../lib/interactions/bots';
import { now } from '../../../lib/interactions/clock';
import { articleIdParam, articleIdsQuery, cacheBriefly, clientOf, noStore, type Ctx } from '../../../lib/interactions/http';
import { MESSAGES } from '../../../lib/interactions/messages';
import { pruneSoon } from '../../../lib/interactions/prune';
import { visitorId } from '../../../lib/interactions/visitor';
import { readViews, recordView } from '../../../lib/interactions/views';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/interactions/views/:articleId */
  async record(ctx: Ctx) {
    const articleId = articleIdParam(ctx);
    if (!(await findPublishedArticle(strapi, articleId))) throw new errors.NotFoundError(MESSAGES.articleNotFound);
    noStore(ctx);
    const { ip, userAgent } = clientOf(ctx);
    if (isBot(userAgent, ctx.headers)) {
      const views = (await readViews(strapi, [articleId]))[articleId] ?? 0;
      ctx.body = { data: { articleId, views, counted: false } } satisfies RecordedViewResponse;
      return;
    }
    const at = now();
    const visitor = await visitorId(strapi, ip, userAgent, at);
    const { views, counted } = await recordView(strapi, articleId, visitor, at);
    pruneSoon(strapi, at);
    ctx.body = { data: { articleId, views, counted } } satisfies RecordedViewResponse;
  },

  /** GET /api/interactions/views/:articleId */
  async findOne(ctx: Ctx) {
    const articleId = articleIdParam(ctx);
    if (!(await findPublishedArticle(strapi, articleId))) throw new errors.NotFoundError(MESSAGES.articleNotFound);
    const views = (await readViews(strapi, [articleId]))[articleId] ?? 0;
    cacheBriefly(ctx);
    ctx.body = { data: { articleId, views } } satisfies ViewCountResponse;
  },

  /** GET /api/interactions/views?ids=a,b,c: a listing's counts in one request; unpublished ids are left out. */
  async find(ctx: Ctx) {
    const ids = articleIdsQuery(ctx);
    const published = [...(await publishedArticleIds(strapi, ids))];
    cacheBriefly(ctx);
    ctx.body = { data: await readViews(strapi, published) } satisfies ViewCountsResponse;
  },
});
