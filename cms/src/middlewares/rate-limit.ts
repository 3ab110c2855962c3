import { errors } from '@strapi/utils';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { limiterFor, LIMITS, type Bucket } from '../lib/interactions/limits';
import { MESSAGES } from '../lib/interactions/messages';

type Ctx = { request: { ip: string }; set(header: string, value: string): void };

/**
 * Route middleware of the public interaction endpoints: each client address gets its own budget
 * per bucket (see lib/interactions/limits.ts), so one flooding client is refused with 429 while
 * every other reader is served. With REDIS_URL the budget is shared by every CMS instance (see
 * lib/shared-store.ts). Behind a reverse proxy set IS_PROXIED=true, or every reader shares the
 * proxy's address.
 */
export default (config: { bucket?: Bucket }) => {
  const bucket = config.bucket;
  if (!bucket || !(bucket in LIMITS)) throw new Error(`rate-limit: bucket phải là một trong ${Object.keys(LIMITS).join(', ')}`);
  return async (ctx: Ctx, next: () => Promise<void>) => {
    // Looked up per request: after a restart in the same process the old limiter is gone.
    const limiter = limiterFor(bucket);
    try {
      await limiter.consume(ctx.request.ip);
    } catch (refusal) {
      // Only a RateLimiterRes means "over budget"; a store failure is already absorbed by the
      // in-process stand-in, so anything else is a real error.
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      ctx.set('Retry-After', String(retryAfter));
      throw new errors.RateLimitError(MESSAGES.tooMany, { retryAfter });
    }
    await next();
  };
};
