import type { Core } from '@strapi/strapi';

const NAME = 'Quản trị cấp cao';
const DESCRIPTION = 'Toàn quyền: nội dung, người dùng, cài đặt';

/**
 * Strapi names its built-in role "Super Admin", shown under the user's name on the dashboard and in
 * the user lists. Named in Vietnamese at every bootstrap; the role's code (what Strapi checks) stays.
 */
export async function nameSuperAdminRole(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as { getSuperAdmin(): Promise<{ id: number; name: string } | null> };
  const superAdmin = await roles.getSuperAdmin();
  if (!superAdmin || superAdmin.name === NAME) return;
  await strapi.db.query('admin::role').update({ where: { id: superAdmin.id }, data: { name: NAME, description: DESCRIPTION } });
}
