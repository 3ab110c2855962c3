import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../lib/env';

/**
 * A fresh install gets its first super admin from ADMIN_EMAIL / ADMIN_PASSWORD (generated into
 * .env by `npm start`), so staff can log in at once instead of racing to the registration page.
 */
export async function ensureAdminUser(strapi: Core.Strapi): Promise<void> {
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = cmsEnv();
  if (!email || !password) return;
  const users = strapi.service('admin::user') as {
    exists(): Promise<boolean>;
    create(attrs: Record<string, unknown>): Promise<unknown>;
  };
  if (await users.exists()) return;
  const roles = strapi.service('admin::role') as { getSuperAdmin(): Promise<{ id: number } | null> };
  const superAdmin = await roles.getSuperAdmin();
  if (!superAdmin) throw new Error('Không tìm thấy vai trò Super Admin');
  await users.create({
    email: email.toLowerCase(),
    firstname: 'Quản trị',
    lastname: 'viên',
    password,
    registrationToken: null,
    isActive: true,
    roles: [superAdmin.id],
    preferedLanguage: 'vi',
  });
  strapi.log.info(`Đã tạo tài khoản quản trị ${email}`);
}
