import type { Core } from '@strapi/strapi';

const DOCUMENT = 'api::party-document.party-document';

type Ctx = { method: string; path: string; status: number; body: unknown };

/** Every documentId in a response body, at any depth (entries, populated relations, components). */
function documentIds(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) documentIds(v, into);
  else if (value && typeof value === 'object') {
    const id = (value as { documentId?: unknown }).documentId;
    if (typeof id === 'string') into.add(id);
    for (const v of Object.values(value)) documentIds(v, into);
  }
  return into;
}

/** The body without any object whose documentId is secret (removed from lists, null elsewhere). */
function strip(value: unknown, secret: Set<string>): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isSecret(v, secret)).map((v) => strip(v, secret));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isSecret(v, secret) ? null : strip(v, secret)]));
  }
  return value;
}

const isSecret = (v: unknown, secret: Set<string>) =>
  !!v && typeof v === 'object' && !Array.isArray(v) && secret.has((v as { documentId?: unknown }).documentId as string);

/**
 * Secret party documents never leave through the content API, to any caller, in any form: as an
 * entry, a draft (the preview token reads drafts) or a relation populated from an article or a
 * congress. Published rows are never secret (bootstrap/secret-document-guard.ts); this is the
 * second wall for drafts and for whatever a future route or populate might reach. After the
 * controller answers, every documentId in the body is checked against the documents having a
 * secret row (one query); those objects are cut out, and a single entry that is itself secret
 * becomes a 404. documentIds are random per document, so a match is always the document itself.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    await next();
    // The readers' interaction endpoints (views, visits, comments) never carry documents: skipped,
    // they are the hot path.
    if (
      ctx.method !== 'GET' ||
      !ctx.path.startsWith('/api/') ||
      ctx.path.startsWith('/api/interactions/') ||
      ctx.status !== 200 ||
      !ctx.body ||
      typeof ctx.body !== 'object'
    )
      return;
    // JSON answers only: a file or stream has no entries to look into.
    if (Buffer.isBuffer(ctx.body) || typeof (ctx.body as { pipe?: unknown }).pipe === 'function') return;
    const ids = [...documentIds(ctx.body, new Set())];
    if (ids.length === 0) return;
    const rows = (await strapi.db
      .query(DOCUMENT)
      .findMany({ select: ['documentId'], where: { secret: true, documentId: { $in: ids } } })) as { documentId: string }[];
    if (rows.length === 0) return;
    const secret = new Set(rows.map((r) => r.documentId));
    const data = (ctx.body as { data?: unknown }).data;
    if (isSecret(data, secret)) {
      ctx.status = 404;
      ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };
      return;
    }
    ctx.body = strip(ctx.body, secret);
  };
