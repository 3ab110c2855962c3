import type { Core } from '@strapi/strapi';

export const IMPORT_TOKEN_NAME = 'nhap-du-lieu (trang cũ)';

// What `npm run import` does through REST, and nothing more: read and write articles (drafts and
// published), read categories, find and upload media files.
export const IMPORT_TOKEN_ACTIONS = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::article.article.create',
  'api::article.article.update',
  'api::category.category.find',
  'plugin::upload.content-api.find',
  'plugin::upload.content-api.upload',
] as const;

/**
 * Like the build token: when CMS_IMPORT_TOKEN is set, a custom token with that plaintext and the
 * import's permissions exists, so the operator runs the importer with the same value and never copies
 * a key out of the admin. Without the variable nothing is created (an admin can make one by hand:
 * Cài đặt → API Tokens, type Custom, the permissions above).
 */
export async function ensureImportToken(strapi: Core.Strapi): Promise<void> {
  const plaintext = process.env.CMS_IMPORT_TOKEN;
  if (!plaintext) return;
  const tokens = strapi.service('admin::api-token') as {
    hash(key: string): string;
    create(attributes: Record<string, unknown>): Promise<{ id: number }>;
  };
  const encryption = strapi.service('admin::encryption') as { encrypt(key: string): string | null };
  const accessKey = tokens.hash(plaintext);
  const query = strapi.db.query('admin::api-token');
  const existing = await query.findOne({ where: { name: IMPORT_TOKEN_NAME } });
  if (existing && existing.accessKey === accessKey) return;
  // The service writes the permission rows; its random key is then replaced by ours.
  if (existing) await query.delete({ where: { id: existing.id } });
  const created = await tokens.create({
    name: IMPORT_TOKEN_NAME,
    description: 'Token nhập bài từ trang cũ (tạo tự động từ CMS_IMPORT_TOKEN)',
    type: 'custom',
    kind: 'content-api',
    lifespan: null,
    permissions: [...IMPORT_TOKEN_ACTIONS],
  });
  await query.update({ where: { id: created.id }, data: { accessKey, encryptedKey: encryption.encrypt(plaintext) } });
}
