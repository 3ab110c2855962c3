import type { Core } from '@strapi/strapi';
import { modelRegistry } from '../lib/model-registry';
import { AUDIT_LOG } from '../lib/newsroom/audit-log';

const COMMENT = 'api::comment.comment';
const CM = 'plugin::content-manager.explorer';
export const EXPLORER = {
  create: `${CM}.create`,
  read: `${CM}.read`,
  update: `${CM}.update`,
  delete: `${CM}.delete`,
  publish: `${CM}.publish`,
} as const;
const IS_CREATOR = 'admin::is-creator';

/** The newsroom's roles, by Vietnamese name (the name is the key: a role renamed by hand is re-created). */
export const NEWSROOM_ROLES = {
  reporter: { name: 'Phóng viên', description: 'Viết và sửa bản nháp của mình, tải ảnh lên; không xuất bản, gỡ hay xoá' },
  editor: { name: 'Biên tập viên', description: 'Sửa và xuất bản mọi nội dung, duyệt bình luận, xem nhật ký xuất bản' },
} as const;
/** Strapi's super admin role (every permission, users and settings) is shown as "Quản trị". */
export const ADMIN_ROLE_NAME = 'Quản trị';
const STRAPI_DEFAULT_ROLE_CODES = ['strapi-editor', 'strapi-author'];

type Permission = { action: string; subject?: string | null; properties?: { fields?: string[] }; conditions?: string[] };
type Action = { actionId: string; subjects?: string[]; section: string };
type RoleService = {
  find(where: Record<string, unknown>): Promise<{ id: number; name: string; code: string }[]>;
  create(attrs: { name: string; description: string }): Promise<{ id: number }>;
  update(params: { id: number }, attrs: Record<string, unknown>): Promise<unknown>;
  getSuperAdmin(): Promise<{ id: number; name: string } | null>;
  assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
  getUsersCount(roleId: number): Promise<number>;
  deleteByIds(ids: number[]): Promise<unknown>;
  hooks: { willResetSuperAdminPermissions: { register(fn: (permissions: Permission[]) => Permission[]): void } };
};
type PermissionService = { actionProvider: { get(id: string): Action | undefined } };
type ContentTypeService = { getPermissionsWithNestedFields(actions: Action[], opts?: { restrictedSubjects?: string[] }): Permission[] };

/** Permissions of `actionIds` on exactly `subjects`, each with every field (nested components too). */
function explorerPermissions(
  strapi: Core.Strapi,
  actionIds: string[],
  subjects: readonly string[],
  conditions: string[] = [],
): Permission[] {
  const actions = (strapi.service('admin::permission') as PermissionService).actionProvider;
  const contentTypes = strapi.service('admin::content-type') as ContentTypeService;
  return actionIds.flatMap((id) => {
    const action = actions.get(id);
    if (!action) return [];
    const restrictedSubjects = (action.subjects ?? []).filter((s) => !subjects.includes(s));
    return contentTypes.getPermissionsWithNestedFields([action], { restrictedSubjects }).map((p) => ({ ...p, conditions }));
  });
}

function mediaPermissions(conditions: string[]): Permission[] {
  return [
    { action: 'plugin::upload.read', conditions },
    { action: 'plugin::upload.configure-view' },
    { action: 'plugin::upload.assets.create' },
    { action: 'plugin::upload.assets.update', conditions },
    { action: 'plugin::upload.assets.download' },
    { action: 'plugin::upload.assets.copy-link' },
  ];
}

export function reporterPermissions(strapi: Core.Strapi): Permission[] {
  const registry = modelRegistry(strapi);
  return [
    // Reads everything on the site (to pick a category, a related document); writes drafts of its own.
    ...explorerPermissions(strapi, [EXPLORER.read], registry.site),
    ...explorerPermissions(strapi, [EXPLORER.create, EXPLORER.update], registry.published, [IS_CREATOR]),
    ...mediaPermissions([IS_CREATOR]),
  ];
}

export function editorPermissions(strapi: Core.Strapi): Permission[] {
  const registry = modelRegistry(strapi);
  const all = Object.values(EXPLORER);
  return [
    ...explorerPermissions(strapi, all, registry.site),
    ...explorerPermissions(strapi, [EXPLORER.read, EXPLORER.update, EXPLORER.delete], [COMMENT]),
    ...explorerPermissions(strapi, [EXPLORER.read], [AUDIT_LOG]),
    ...mediaPermissions([]),
  ];
}

/**
 * The log is read-only for every role, the super admin too: Strapi gives the super admin every
 * permission at each start, so its write permissions on the log are filtered out (the database
 * guard refuses such writes anyway). Call in register(), before the admin's bootstrap resets them.
 */
export function keepAuditLogReadOnly(strapi: Core.Strapi): void {
  const roles = strapi.service('admin::role') as RoleService;
  roles.hooks.willResetSuperAdminPermissions.register((permissions) =>
    permissions.filter((p) => p.subject !== AUDIT_LOG || p.action === EXPLORER.read),
  );
}

/**
 * Creates the newsroom roles and (re)sets their permissions at every start: idempotent, and a
 * content type added later is covered at the next start. Permissions changed by hand are put back,
 * on purpose: the roles are the newsroom's rules, kept in code and reviewed.
 */
export async function ensureNewsroomRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as RoleService;
  const wanted: [{ name: string; description: string }, Permission[]][] = [
    [NEWSROOM_ROLES.reporter, reporterPermissions(strapi)],
    [NEWSROOM_ROLES.editor, editorPermissions(strapi)],
  ];
  const ours: number[] = [];
  for (const [role, permissions] of wanted) {
    const [existing] = await roles.find({ name: role.name });
    const id = existing?.id ?? (await roles.create(role)).id;
    await roles.assignPermissions(id, permissions);
    ours.push(id);
  }
  const superAdmin = await roles.getSuperAdmin();
  if (superAdmin) ours.push(superAdmin.id);
  // Strapi's own first-start roles (English "Editor", "Author") duplicate these and hold every action
  // on every type, the log included: removed while nobody has them, else kept away from the log.
  for (const code of STRAPI_DEFAULT_ROLE_CODES) {
    const [role] = await roles.find({ code });
    if (!role) continue;
    if ((await roles.getUsersCount(role.id)) === 0) await roles.deleteByIds([role.id]);
  }
  const others = (await roles.find({})).filter((r) => !ours.includes(r.id)).map((r) => r.id);
  if (others.length)
    await strapi.db.query('admin::permission').deleteMany({ where: { subject: AUDIT_LOG, role: { id: { $in: others } } } });
  await strapi.db.query('admin::permission').deleteMany({ where: { subject: AUDIT_LOG, action: { $ne: EXPLORER.read } } });
  if (superAdmin && superAdmin.name !== ADMIN_ROLE_NAME) {
    await roles.update({ id: superAdmin.id }, { name: ADMIN_ROLE_NAME, description: 'Toàn quyền: nội dung, người dùng và cài đặt' });
  }
}
