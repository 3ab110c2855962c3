import { COMMENTS_MAX_PAGE_SIZE } from '@dbk/shared-types';
import { errors } from '@strapi/utils';
import { isDocumentId } from './articles';
import { MESSAGES } from './messages';

/** The part of Koa's context the interaction controllers use. */
export interface Ctx {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  request: { ip: string; body?: unknown };
  headers: Record<string, string | string[] | undefined>;
  status: number;
  body: unknown;
  get(header: string): string;
  set(header: string, value: string): void;
}

/** The client as the rate limiter and the visitor hash see it (the proxy's address when IS_PROXIED). */
export function clientOf(ctx: Ctx): { ip: string; userAgent: string } {
  return { ip: ctx.request.ip, userAgent: ctx.get('user-agent') };
}

// Counts may lag a few seconds behind in a CDN or the browser; writes and token reads never cache.
export function cacheBriefly(ctx: Ctx): void {
  ctx.set('Cache-Control', 'public, max-age=15');
}
export function noStore(ctx: Ctx): void {
  ctx.set('Cache-Control', 'no-store');
}

export function articleIdParam(ctx: Ctx): string {
  const id = ctx.params.articleId;
  if (!isDocumentId(id)) throw new errors.ValidationError(MESSAGES.badArticleId);
  return id;
}

const MAX_IDS = 100;

/** `?ids=a,b,c`: 1 to 100 document ids, duplicates dropped. */
export function articleIdsQuery(ctx: Ctx): string[] {
  const raw = ctx.query.ids;
  if (typeof raw !== 'string') throw new errors.ValidationError(MESSAGES.badArticleIds);
  const ids = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (ids.length === 0 || ids.length > MAX_IDS || !ids.every(isDocumentId)) throw new errors.ValidationError(MESSAGES.badArticleIds);
  return ids;
}

function positive(value: unknown, fallback: number): number | null {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/** Strapi's own pagination parameters (`pagination[page]`, `pagination[pageSize]`), at most COMMENTS_MAX_PAGE_SIZE (100) a page. */
export function pageQuery(ctx: Ctx): { page: number; pageSize: number } {
  const pagination = ctx.query.pagination;
  const p = typeof pagination === 'object' && pagination !== null ? (pagination as Record<string, unknown>) : {};
  if (pagination !== undefined && (typeof pagination !== 'object' || pagination === null))
    throw new errors.ValidationError(MESSAGES.badPage);
  const page = positive(p.page, 1);
  const pageSize = positive(p.pageSize, COMMENTS_MAX_PAGE_SIZE);
  if (page === null || pageSize === null || pageSize > COMMENTS_MAX_PAGE_SIZE) throw new errors.ValidationError(MESSAGES.badPage);
  return { page, pageSize };
}
