import { PREVIEW_KINDS, PREVIEW_LINK_LIFETIME_SECONDS, PREVIEW_SECRET_MIN_LENGTH, signedPreviewPath } from '@dbk/shared-types';
import { cmsEnv } from '../src/lib/env';

type Env = (key: string, fallback?: string) => string;

/**
 * The "Xem trước" button of articles, pages and party documents: Strapi asks this handler for the
 * URL and shows it beside the edit form. The URL points to the site's preview server (the live
 * release's own layout and components, README "Draft preview") and carries a signature for this
 * entry that expires in an hour; other types get no button (null).
 */
function preview() {
  const { PREVIEW_URL: base, PREVIEW_SECRET: secret = '' } = cmsEnv();
  if (!base || secret.length < PREVIEW_SECRET_MIN_LENGTH) return { enabled: false };
  return {
    enabled: true,
    config: {
      allowedOrigins: [new URL(base).origin],
      async handler(uid: string, { documentId }: { documentId: string }) {
        const kind = PREVIEW_KINDS[uid as keyof typeof PREVIEW_KINDS];
        if (!kind || !documentId) return null;
        const expires = Math.floor(Date.now() / 1000) + PREVIEW_LINK_LIFETIME_SECONDS;
        return `${base}${await signedPreviewPath(secret, kind, documentId, expires)}`;
      },
    },
  };
}

export default ({ env }: { env: Env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  // No calls home from a government newsroom's admin.
  flags: { nps: false, promoteEE: false },
  autoOpen: false,
  // Strapi's own limit on admin logins (per e-mail and address): 5 tries in 5 minutes. The admin
  // browser tests log the same staff in from many pages and raise it; production keeps 5.
  rateLimit: { enabled: true, interval: { min: 5 }, max: cmsEnv().ADMIN_LOGIN_RATE_MAX },
  preview: preview(),
});
