import type { Core } from '@strapi/strapi';
import { IMPORT_TOKEN_NAME, PREVIEW_TOKEN_NAME } from '../lib/access';

// Strapi 5.54 names its content API token strategy 'content-api-token' (older 5.x: 'api-token').
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

type Ctx = { query: Record<string, unknown>; state: { auth?: { strategy?: { name?: string }; credentials?: { name?: string } } } };

/**
 * The callers that may read drafts: the preview server, and the importer (it finds again the
 * drafts it created, by their old address, so a second run changes nothing).
 */
function mayReadDrafts(ctx: Ctx): boolean {
  const auth = ctx.state.auth;
  if (!TOKEN_STRATEGIES.has(auth?.strategy?.name ?? '')) return false;
  return auth?.credentials?.name === PREVIEW_TOKEN_NAME || auth?.credentials?.name === IMPORT_TOKEN_NAME;
}

/**
 * Strapi 5 lets anyone with `find` ask for `?status=draft`. Drafts are for the preview server and
 * the importer; everyone else, the site build's token included, gets the published version whatever
 * they ask.
 */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => async (ctx: Ctx, next: () => Promise<void>) => {
  if (!mayReadDrafts(ctx)) ctx.query.status = 'published';
  await next();
};
