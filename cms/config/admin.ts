type Env = { (key: string, fallback?: string): string; bool(key: string, fallback?: boolean): boolean };

export default ({ env }: { env: Env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  // No calls home from a government newsroom's admin.
  flags: { nps: false, promoteEE: false },
  autoOpen: false,
});
