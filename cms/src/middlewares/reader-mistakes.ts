import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Ctx = { method: string; path: string; status: number; body: unknown };

export const READER_MISTAKE_MESSAGE = 'Yêu cầu không hợp lệ.';

/**
 * Just inside strapi::errors. A reader's malformed request (broken JSON, a wrong content type)
 * makes the body parser or Koa throw an HTTP error that is not one of Strapi's own classes, and
 * strapi::errors logs such errors at error level with a stack trace, as if the CMS had failed.
 * A 4xx is the client's mistake: one warning line (method, path, status, reason) and a 4xx
 * shaped like Strapi's errors. Strapi's own errors (validation, 403, 404) pass through to
 * strapi::errors, which answers them without logging; real failures (5xx) keep their stack.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      if (error instanceof errors.ApplicationError || error instanceof errors.HttpError) throw error;
      const e = error as { status?: unknown; statusCode?: unknown; message?: unknown };
      const status = Number(e?.status ?? e?.statusCode);
      if (!Number.isInteger(status) || status < 400 || status > 499) throw error;
      const reason = String(e.message ?? '')
        .split('\n')[0]
        ?.slice(0, 200);
      strapi.log.warn(`Yêu cầu lỗi từ phía người gửi: ${ctx.method} ${ctx.path} → ${status} (${reason})`);
      ctx.status = status;
      ctx.body = { data: null, error: { status, name: 'BadRequestError', message: READER_MISTAKE_MESSAGE, details: {} } };
    }
  };
