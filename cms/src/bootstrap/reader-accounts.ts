import type { Core } from '@strapi/strapi';

type Routes = { routes: unknown[] };

/**
 * Readers have no accounts: comments and counters are anonymous endpoints. So the users-permissions
 * plugin's content API routes (sign-up at /api/auth/local/register, login, password reset, e-mail
 * confirmation, /api/users, /api/users-permissions/roles and permissions) are not mounted at all:
 * they answer 404 whatever a role allows, and nobody can create an account or list staff e-mails.
 * The plugin itself stays: its "public" role is how Strapi authorises anonymous requests, and its
 * admin screens remain. Must run in register(), before Strapi builds its router.
 */
export function unmountReaderAccounts(strapi: Core.Strapi): void {
  const routes = strapi.plugin('users-permissions').routes as unknown as Record<string, Routes>;
  const contentApi = routes['content-api'];
  if (!contentApi) throw new Error('Không tìm thấy các route content-api của users-permissions để gỡ.');
  contentApi.routes = [];
}
