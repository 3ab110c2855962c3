import type { Core } from '@strapi/strapi';
import { PREVIEW_TOKEN_NAME } from '../lib/access';

// Strapi 5.54 names its content API token strategy 'content-api-token' (older 5.x: 'api-token').
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

type Ctx = { query: Record<string, unknown>; state: { auth?: { strategy?: { name?: string }; credentials?: { name?: string } } } };

/** True for the preview server's token (lib/access.ts), the only caller that may read drafts. */
export function isPreviewToken(ctx: Ctx): boolean {
  const auth = ctx.state.auth;
  return TOKEN_STRATEGIES.has(auth?.strategy?.name ?? '') && auth?.credentials?.name === PREVIEW_TOKEN_NAME;
}

/**
 * Strapi 5 lets anyone with `find` ask for `?status=draft`. Drafts are for the preview server;
 * everyone else, the site build's token included, gets the published version whatever they ask.
 */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    if (!isPreviewToken(ctx)) ctx.query.status = 'published';
    await next();
  };
