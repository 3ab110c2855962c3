import type { Core } from '@strapi/strapi';
import type { VisitStatsResponse } from '@dbk/shared-types';
import { isBot } from '../../../lib/interactions/bots';
import { now } from '../../../lib/interactions/clock';
import { cacheBriefly, clientOf, noStore, type Ctx } from '../../../lib/interactions/http';
import { pruneSoon } from '../../../lib/interactions/prune';
import { visitorId } from '../../../lib/interactions/visitor';
import { readStats, recordVisit } from '../../../lib/interactions/visits';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/interactions/visits: records the visit and answers the statistics in one round trip. */
  async record(ctx: Ctx) {
    const { ip, userAgent } = clientOf(ctx);
    const at = now();
    if (!isBot(userAgent, ctx.headers)) {
      await recordVisit(strapi, await visitorId(strapi, ip, userAgent, at), at);
      pruneSoon(strapi, at);
    }
    noStore(ctx);
    ctx.body = { data: await readStats(strapi, at) } satisfies VisitStatsResponse;
  },

  /** GET /api/interactions/stats */
  async stats(ctx: Ctx) {
    cacheBriefly(ctx);
    ctx.body = { data: await readStats(strapi, now()) } satisfies VisitStatsResponse;
  },
});
