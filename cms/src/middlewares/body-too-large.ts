import { BODY_TOO_LARGE_MESSAGE } from '../lib/body-limit';

type Ctx = { status: number; body: unknown };

/**
 * Placed just before strapi::body: a body over the parser's limit throws a 413 whose message is
 * Koa's English "request entity too large". Answered instead as a 413 shaped like Strapi's own
 * ValidationError, so the admin treats it as a failed save (the form and the typed text stay, the
 * Vietnamese message shows) rather than an unknown error after which the form reloads the saved body.
 */
export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  try {
    await next();
  } catch (error) {
    const e = error as { status?: number; type?: string };
    if (e?.status !== 413 && e?.type !== 'entity.too.large') throw error;
    ctx.status = 413;
    ctx.body = { data: null, error: { status: 413, name: 'ValidationError', message: BODY_TOO_LARGE_MESSAGE, details: { errors: [] } } };
  }
};
