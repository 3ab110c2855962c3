import type { Core } from '@strapi/strapi';
import { COMMENT_MODERATION_LABELS, type CommentModeration } from '@dbk/shared-types/moderation';
import { AUDIT_ACTIONS, AUDIT_LOG, writeAuditEntry, type AuditAction } from './audit-log';

const COMMENT = 'api::comment.comment';
// The field that names an entry in the log, by preference (comments are named by their sender).
const TITLE_FIELDS = ['title', 'name', 'documentNumber'] as const;
const LOGGED: Record<string, AuditAction> = {
  publish: AUDIT_ACTIONS.publish,
  unpublish: AUDIT_ACTIONS.unpublish,
  delete: AUDIT_ACTIONS.delete,
};

type Row = Record<string, unknown>;
type Ctx = { uid: string; action: string; params: { documentId?: string; data?: Row; status?: string } };

async function current(strapi: Core.Strapi, uid: string, documentId: string): Promise<Row | null> {
  return (await strapi.db.query(uid as never).findOne({ where: { documentId } })) as Row | null;
}

function titleOf(row: Row | null): string | null {
  for (const field of TITLE_FIELDS) if (typeof row?.[field] === 'string' && row[field]) return row[field] as string;
  return null;
}

/**
 * "Nhật ký xuất bản": every publish, unpublish and delete of our content and every change of a
 * comment's moderation state, by whatever path (admin, bulk actions, REST, the scheduler, the
 * moderation route), written after the action succeeded. A document-service middleware, because
 * these are document actions; the actor comes from the request (none: "Hệ thống").
 */
export function registerPublicationLog(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const ctx = context as unknown as Ctx;
    if (!ctx.uid.startsWith('api::') || ctx.uid === AUDIT_LOG) return next();
    // create/update with status "published" (REST ?status=published, the seed) publish inside the
    // document service without passing this middleware again: logged here, after they succeeded.
    const drafts = (strapi.contentType(ctx.uid as never) as { options?: { draftAndPublish?: boolean } }).options?.draftAndPublish === true;
    if (drafts && ctx.params?.status === 'published' && (ctx.action === 'create' || ctx.action === 'update')) {
      const result = await next();
      const row = result as unknown as Row | null;
      if (row?.documentId)
        await writeAuditEntry(strapi, {
          action: AUDIT_ACTIONS.publish,
          uid: ctx.uid,
          documentId: String(row.documentId),
          title: titleOf(row),
        });
      return result;
    }
    const documentId = ctx.params?.documentId;
    if (!documentId) return next();

    const moderation =
      ctx.uid === COMMENT && ctx.action === 'update' ? (ctx.params.data?.moderation as CommentModeration | undefined) : undefined;
    const action = moderation ? AUDIT_ACTIONS.moderation : LOGGED[ctx.action];
    if (!action) return next();

    const before = await current(strapi, ctx.uid, documentId);
    const result = await next();
    if (!before) return result;
    if (moderation && before.moderation === moderation) return result;
    await writeAuditEntry(strapi, {
      action,
      uid: ctx.uid,
      documentId,
      title: titleOf(before),
      detail: moderation ? (COMMENT_MODERATION_LABELS[moderation] ?? moderation) : null,
    });
    return result;
  });
}
