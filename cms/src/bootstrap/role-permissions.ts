import type { Core } from '@strapi/strapi';
import { AUTHENTICATED_GRANTS, PUBLIC_GRANTS, type Grant } from '../lib/access';

const ROLES: Record<string, readonly Grant[]> = { public: PUBLIC_GRANTS, authenticated: AUTHENTICATED_GRANTS };

/**
 * Their names and descriptions as Cài đặt → Vai trò người dùng shows them to the Quản trị. Strapi
 * creates the roles with English ones ("Public", "Default role given to unauthenticated user."); its
 * code finds them by `type`, never by name.
 */
export const READER_ROLE_LABELS: Record<string, { name: string; description: string }> = {
  public: {
    name: 'Khách',
    description: 'Mọi bạn đọc không đăng nhập. Không có quyền gì: bình luận và lượt xem đi qua các địa chỉ riêng.',
  },
  authenticated: {
    name: 'Tài khoản bạn đọc',
    description: 'Không dùng: bạn đọc không có tài khoản (trang đăng ký đã tắt).',
  },
};

/**
 * The users-permissions roles hold exactly the grants of lib/access.ts (today none): whatever
 * Strapi granted on a fresh install (sign-up, login, /users/me...) or an earlier version of this
 * project granted (public reads of every type) is removed at each start.
 */
export async function applyRolePermissions(strapi: Core.Strapi): Promise<void> {
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const [type, grants] of Object.entries(ROLES)) {
    const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type }, select: ['id'] })) as {
      id: number;
    } | null;
    if (!role) throw new Error(`Không tìm thấy vai trò "${type}" của users-permissions`);
    await strapi.db.query('plugin::users-permissions.role').update({ where: { id: role.id }, data: READER_ROLE_LABELS[type] });
    const wanted = new Set(grants.map((g) => g.action));
    const existing = (await permissions.findMany({ where: { role: role.id }, select: ['id', 'action'] })) as {
      id: number;
      action: string;
    }[];
    const extra = existing.filter((p) => !wanted.has(p.action));
    // One by one: delete() also removes the row's link to its role, deleteMany() would not.
    for (const p of extra) await permissions.delete({ where: { id: p.id } });
    const have = new Set(existing.map((p) => p.action));
    for (const action of [...wanted].filter((a) => !have.has(a))) await permissions.create({ data: { action, role: role.id } });
  }
}
