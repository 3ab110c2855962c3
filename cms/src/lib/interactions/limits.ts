import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { sharedLimiter, type LimitSpec } from '../shared-store';

// Per client address. Offices reach the site through one NAT address, so the write limits leave
// room for a floor of colleagues reading at once; comments are rare and worth a bot's effort.
export const LIMITS = {
  /** recording views and visits: one of each per page a reader opens */
  record: { points: 120, windowMs: 60_000 },
  /** counts, statistics and approved comments */
  read: { points: 600, windowMs: 60_000 },
  /** submitting comments */
  comment: { points: 5, windowMs: 10 * 60_000 },
} as const satisfies Record<string, LimitSpec>;

export type Bucket = keyof typeof LIMITS;

/** The limiter of a bucket, shared by every route of the bucket (and every instance, with Redis). */
export function limiterFor(bucket: Bucket): RateLimiterAbstract {
  return sharedLimiter(bucket, LIMITS[bucket]);
}
