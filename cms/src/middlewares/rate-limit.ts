import { errors } from '@strapi/utils';
import { now } from '../lib/interactions/clock';
import { limiterFor, LIMITS, type Bucket } from '../lib/interactions/limits';
import { MESSAGES } from '../lib/interactions/messages';

type Ctx = { request: { ip: string }; set(header: string, value: string): void };

/**
 * Route middleware of the public interaction endpoints: each client address gets its own budget
 * per bucket (see lib/interactions/limits.ts), so one flooding client is refused with 429 while
 * every other reader is served. Behind a reverse proxy set IS_PROXIED=true, or every reader shares
 * the proxy's address.
 */
export default (config: { bucket?: Bucket }) => {
  const bucket = config.bucket;
  if (!bucket || !(bucket in LIMITS)) throw new Error(`rate-limit: bucket phải là một trong ${Object.keys(LIMITS).join(', ')}`);
  const limiter = limiterFor(bucket);
  return async (ctx: Ctx, next: () => Promise<void>) => {
    const verdict = limiter.hit(ctx.request.ip, now());
    if (!verdict.allowed) {
      ctx.set('Retry-After', String(verdict.retryAfterSeconds));
      throw new errors.RateLimitError(MESSAGES.tooMany, { retryAfter: verdict.retryAfterSeconds });
    }
    await next();
  };
};
