import fs from 'node:fs';

type Ctx = {
  method: string;
  path: string;
  status: number;
  query: Record<string, unknown>;
  body: unknown;
  /** a request header */
  get(header: string): string;
  response: { get(header: string): string };
  set(header: string, value: string): void;
};

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * RFC 9110 conditional GET, as the origin answers it. Not Koa's ctx.fresh: that treats a request
 * carrying `Cache-Control: no-cache` as stale, and fetch() adds exactly that header to every
 * conditional request (Fetch standard: conditional headers switch the cache mode to no-store).
 */
function notModified(ctx: Ctx, etag: string | null): boolean {
  const ifNoneMatch = ctx.get('If-None-Match');
  if (ifNoneMatch) return etag !== null && ifNoneMatch.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(etag));
  const ifModifiedSince = Date.parse(ctx.get('If-Modified-Since'));
  const lastModified = Date.parse(ctx.response.get('Last-Modified'));
  return !Number.isNaN(ifModifiedSince) && !Number.isNaN(lastModified) && lastModified <= ifModifiedSince;
}

/** The query parameter that names a file's version; the site puts the media entry's updatedAt there. */
export const VERSION_PARAM = 'v';

/**
 * Caching of /uploads/ (served by the upload plugin's koa-static, which sends Last-Modified but
 * answers every request in full and says nothing about caching).
 *
 * The site build keeps every image it transforms (AVIF, WebP, each width) and, before reusing one,
 * asks whether the original changed. Answered in full, it re-encodes every image of the site on
 * every build: minutes for the sample site, hours for an archive. So:
 *   - a URL that names the file's version (`?v=...`) names one content forever: cached for a year,
 *     never asked again (replacing a file in the media library keeps its URL but changes the entry's
 *     updatedAt, hence the site's `v`);
 *   - any other URL must be revalidated (`no-cache`), and a request whose copy is still current
 *     (If-None-Match / If-Modified-Since) gets 304 with no body.
 */
export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  await next();
  if (!ctx.path.startsWith('/uploads/') || (ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.status !== 200) return;
  const version = ctx.query[VERSION_PARAM];
  ctx.set('Cache-Control', typeof version === 'string' && version !== '' ? 'public, max-age=31536000, immutable' : 'no-cache');
  // Last-Modified has one-second resolution: the ETag also tells a file replaced within the second.
  const file = (ctx.body as { path?: unknown } | null)?.path;
  const stat = typeof file === 'string' ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
  const etag = stat ? `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"` : null;
  if (etag) ctx.set('ETag', etag);
  if (notModified(ctx, etag)) {
    ctx.status = 304;
    ctx.body = null;
  }
};
