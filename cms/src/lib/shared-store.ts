import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { cmsEnv, type CmsEnv } from './env';

/**
 * Where state that must hold across CMS instances lives, apart from the database: in this process
 * by default (the single-machine install needs nothing more), in Redis when REDIS_URL is set (N
 * instances behind a load balancer share one budget per client). Counters that readers see
 * (views, visits, "online") are in the database already and stay there: they must survive a
 * restart, which a limiter's window need not.
 */

let client: Redis | null = null;
const limiters = new Map<string, RateLimiterAbstract>();

export type StoreKind = 'memory' | 'redis';

export function storeKind(env: CmsEnv = cmsEnv()): StoreKind {
  return env.REDIS_URL ? 'redis' : 'memory';
}

/** Every key this install writes to Redis starts with it, so several installs (or tests) can share one server. */
export function keyPrefix(env: CmsEnv = cmsEnv()): string {
  return env.REDIS_KEY_PREFIX;
}

function redis(): Redis {
  const url = cmsEnv().REDIS_URL;
  if (!url) throw new Error('REDIS_URL chưa đặt: không có Redis để dùng chung.');
  if (!client) {
    client = new Redis(url, {
      // A command while Redis is away fails at once (the limiter then falls back to memory) instead
      // of queueing and holding the reader's request.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      lazyConnect: true,
    });
    // ioredis reconnects by itself; without a listener an outage would be an unhandled 'error'.
    client.on('error', () => undefined);
  }
  return client;
}

/** Connects to Redis when configured, so the first readers after a start already share the budget. */
export async function openSharedStore(log: { info(m: string): void; warn(m: string): void }): Promise<void> {
  if (storeKind() === 'memory') return;
  try {
    await redis().connect();
    log.info(`Bộ nhớ dùng chung: Redis (khóa bắt đầu bằng "${keyPrefix()}:").`);
  } catch (e) {
    log.warn(
      `Không kết nối được Redis (${(e as Error).message}); giới hạn tần suất tạm tính riêng từng tiến trình cho đến khi Redis trả lời.`,
    );
  }
}

export interface LimitSpec {
  /** requests allowed per window */
  points: number;
  windowMs: number;
}

/**
 * One fixed-window limiter per name, shared by every caller in the process (and, with Redis, by
 * every instance). While Redis does not answer, an in-process limiter with the same budget stands
 * in: readers are still limited per instance rather than refused or let through unlimited.
 */
export function sharedLimiter(name: string, spec: LimitSpec): RateLimiterAbstract {
  let limiter = limiters.get(name);
  if (limiter) return limiter;
  const options = { keyPrefix: `${keyPrefix()}:rl:${name}`, points: spec.points, duration: Math.ceil(spec.windowMs / 1000) };
  limiter =
    storeKind() === 'redis'
      ? new RateLimiterRedis({ ...options, storeClient: redis(), insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options);
  limiters.set(name, limiter);
  return limiter;
}

/** At Strapi's destroy: closes Redis and forgets the limiters (a restart in the same process builds new ones). */
export async function closeSharedStore(): Promise<void> {
  limiters.clear();
  const c = client;
  client = null;
  if (c) await c.quit().catch(() => c.disconnect());
}
