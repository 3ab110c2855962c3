import type { Bucket } from './limits';

/**
 * Route config of a public interaction endpoint: no authentication (readers' browsers have no
 * account), and the client's budget of its bucket checked before anything else runs.
 */
export function publicRoute(bucket: Bucket) {
  return {
    auth: false as const,
    middlewares: [{ name: 'global::rate-limit', config: { bucket } }],
  };
}
