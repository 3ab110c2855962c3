import type { Core } from '@strapi/strapi';

export const BUILD_TOKEN_NAME = 'site-build (chỉ đọc)';

/**
 * The site build reads drafts never, but needs a token so it is not rate limited or exposed like a
 * browser. Its plaintext lives in the environment (generated into .env on first run) so the CMS and
 * the build agree without anyone copying it from the admin; here we make sure a read-only token with
 * that value exists.
 */
export async function ensureBuildToken(strapi: Core.Strapi): Promise<void> {
  const plaintext = process.env.STRAPI_BUILD_TOKEN;
  if (!plaintext) {
    strapi.log.warn('STRAPI_BUILD_TOKEN chưa đặt: không tạo token đọc cho bản dựng trang.');
    return;
  }
  const tokens = strapi.service('admin::api-token') as { hash(key: string): string };
  const encryption = strapi.service('admin::encryption') as { encrypt(key: string): string | null };
  const accessKey = tokens.hash(plaintext);
  const query = strapi.db.query('admin::api-token');
  const existing = await query.findOne({ where: { name: BUILD_TOKEN_NAME } });
  if (existing && existing.accessKey === accessKey) return;
  const data = {
    name: BUILD_TOKEN_NAME,
    description: 'Token chỉ đọc để dựng trang tĩnh (tạo tự động từ STRAPI_BUILD_TOKEN)',
    type: 'read-only',
    kind: 'content-api',
    accessKey,
    encryptedKey: encryption.encrypt(plaintext),
    lifespan: null,
    expiresAt: null,
  };
  if (existing) await query.update({ where: { id: existing.id }, data });
  else await query.create({ data });
}
