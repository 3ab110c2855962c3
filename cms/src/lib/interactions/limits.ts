import { RateLimiter, type Limit } from './rate-limit';

// Per client address. Offices reach the site through one NAT address, so the write limits leave
// room for a floor of colleagues reading at once; comments are rare and worth a bot's effort.
export const LIMITS = {
  /** recording views and visits: one of each per page a reader opens */
  record: { max: 120, windowMs: 60_000 },
  /** counts, statistics and approved comments */
  read: { max: 600, windowMs: 60_000 },
  /** submitting comments */
  comment: { max: 5, windowMs: 10 * 60_000 },
} as const satisfies Record<string, Limit>;

export type Bucket = keyof typeof LIMITS;

// One limiter per bucket, shared by every route of the bucket.
const limiters = new Map<Bucket, RateLimiter>();

export function limiterFor(bucket: Bucket): RateLimiter {
  let limiter = limiters.get(bucket);
  if (!limiter) {
    limiter = new RateLimiter(LIMITS[bucket]);
    limiters.set(bucket, limiter);
  }
  return limiter;
}
