import type { Core } from '@strapi/strapi';

// Strapi 5.54 names its content API token strategy 'content-api-token' (older 5.x: 'api-token').
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

type Ctx = { query: Record<string, unknown>; state: { auth?: { strategy?: { name?: string } } } };

/**
 * Strapi 5 lets anyone with `find` ask for `?status=draft`. Drafts are for staff and the preview,
 * which always come with an API token; everyone else gets the published version, whatever they ask.
 */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    if (!TOKEN_STRATEGIES.has(ctx.state.auth?.strategy?.name ?? '')) ctx.query.status = 'published';
    await next();
  };
