import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export const AUDIT_LOG = 'api::audit-log.audit-log';

/** What the log records (the `action` enumeration of its schema.json). */
export const AUDIT_ACTIONS = { publish: 'xuat_ban', unpublish: 'go_xuat_ban', delete: 'xoa', moderation: 'kiem_duyet' } as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];

export const AUDIT_WRITE_REFUSED = 'Nhật ký xuất bản chỉ do hệ thống ghi; không ai thêm, sửa hay xoá được.';

export interface AuditEntry {
  action: AuditAction;
  uid: string;
  documentId?: string | null;
  title?: string | null;
  detail?: string | null;
}

type AdminUser = { firstname?: string | null; lastname?: string | null; username?: string | null; email?: string | null };

// Set only while writeAuditEntry runs: the one path allowed to add rows.
const writing = new AsyncLocalStorage<true>();

/** The staff member behind the current request (admin JWT), or null for the system (scheduler, bootstrap). */
function currentUser(strapi: Core.Strapi): AdminUser | null {
  const ctx = strapi.requestContext.get() as { state?: { user?: AdminUser } } | undefined;
  return ctx?.state?.user ?? null;
}

function nameOf(user: AdminUser | null): string {
  if (!user) return 'Hệ thống';
  const full = [user.firstname, user.lastname].filter(Boolean).join(' ').trim();
  return full || user.username || user.email || 'Không rõ';
}

const cut = (value: string | null | undefined, max: number) => (value == null ? null : String(value).slice(0, max));

/**
 * Appends one entry. Through the query layer (not the document service): the log's own writes must
 * not fire webhooks, rebuilds or the document middlewares that write the log.
 */
export async function writeAuditEntry(strapi: Core.Strapi, entry: AuditEntry): Promise<void> {
  const user = currentUser(strapi);
  const now = new Date();
  const displayName = (strapi.contentType(entry.uid as never) as { info?: { displayName?: string } } | undefined)?.info?.displayName;
  await writing.run(true, () =>
    strapi.db.query(AUDIT_LOG).create({
      data: {
        action: entry.action,
        at: now,
        actorName: cut(nameOf(user), 200),
        actorEmail: cut(user?.email, 254),
        contentType: entry.uid,
        contentTypeName: cut(displayName ?? entry.uid, 120),
        targetDocumentId: cut(entry.documentId, 64),
        targetTitle: cut(entry.title, 300),
        detail: cut(entry.detail, 300),
        // What the document service sets for types without drafts; the admin lists by it.
        publishedAt: now,
      },
    }),
  );
}

/**
 * Append-only at the database layer, so the admin (even a super admin), REST, and any server code
 * are refused alike: rows are added only by writeAuditEntry, never changed or removed.
 */
export function registerAuditLogGuard(strapi: Core.Strapi): void {
  const refuse = () => {
    throw new errors.ForbiddenError(AUDIT_WRITE_REFUSED);
  };
  const refuseUnlessLogger = () => {
    if (!writing.getStore()) refuse();
  };
  strapi.db.lifecycles.subscribe({
    models: [AUDIT_LOG],
    beforeCreate: refuseUnlessLogger,
    beforeCreateMany: refuseUnlessLogger,
    beforeUpdate: refuse,
    beforeUpdateMany: refuse,
    beforeDelete: refuse,
    beforeDeleteMany: refuse,
  });
}
