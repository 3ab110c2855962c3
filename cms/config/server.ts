import cronTasks from './cron-tasks';

type Env = {
  (key: string, fallback?: string): string;
  int(key: string, fallback?: number): number;
  array(key: string): string[];
  bool(key: string, fallback?: boolean): boolean;
};

export default ({ env }: { env: Env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Strapi 5 reads proxy trust from server.proxy.koa (a bare `proxy: true` is ignored). Only the
  // last X-Forwarded-For entry, the one our own proxy appends, is trusted: a client cannot pick
  // its address (rate limits and visitor hashes are per address) by sending the header itself.
  proxy: { koa: env.bool('IS_PROXIED', false), maxIpsCount: env.int('PROXY_TRUSTED_HOPS', 1) },
  app: { keys: env.array('APP_KEYS') },
  // Uploads live under public/uploads; tests point this at a temporary folder.
  dirs: { public: env('STRAPI_PUBLIC_DIR', './public') },
  // Scheduled publishing ("Hẹn giờ xuất bản").
  cron: { enabled: env.bool('CRON_ENABLED', true), tasks: cronTasks() },
});
