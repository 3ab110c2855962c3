type Env = { (key: string, fallback?: string): string };

export default ({ env }: { env: Env }) => ({
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } },
  upload: { config: { sizeLimit: 200 * 1024 * 1024 } },
});
