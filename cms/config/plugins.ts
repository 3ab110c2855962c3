import { uploadProviderFromEnv } from '../src/lib/upload-storage';

type Env = { (key: string, fallback?: string): string };

export default ({ env }: { env: Env }) => ({
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } },
  // Local public/uploads unless UPLOAD_S3_BUCKET is set (see src/lib/upload-storage.ts).
  upload: { config: { sizeLimit: 200 * 1024 * 1024, ...uploadProviderFromEnv() } },
});
