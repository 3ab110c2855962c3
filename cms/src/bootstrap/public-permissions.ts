import type { Core } from '@strapi/strapi';
import { modelRegistry } from '../lib/model-registry';

/**
 * Readers' browsers and the site build without a token see published content only: the public
 * role may read (find/findOne) and nothing else. Drafts stay behind the published-only middleware.
 */
export async function grantPublicRead(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('Không tìm thấy vai trò "public" của users-permissions');
  const models = modelRegistry(strapi);
  const wanted = models.site.flatMap((uid) => (models.single.includes(uid) ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`]));
  const existing = await strapi.db.query('plugin::users-permissions.permission').findMany({
    where: { role: role.id, action: { $in: wanted } },
    select: ['action'],
  });
  const have = new Set(existing.map((p: { action: string }) => p.action));
  for (const action of wanted.filter((a) => !have.has(a))) {
    await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
  }
}
