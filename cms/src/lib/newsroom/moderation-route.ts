import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  MODERATION_DECISIONS,
  MODERATION_MAX_BATCH,
  type ModerationDecision,
  type ModerationRequest,
  type ModerationResponse,
} from '@dbk/shared-types/moderation';

const COMMENT = 'api::comment.comment';
/** Who may moderate: whoever may edit comments in the content manager (Biên tập viên, Quản trị). */
export const MODERATE_PERMISSION = ['plugin::content-manager.explorer.update', COMMENT] as const;
export const MODERATION_PATH = '/moderation/comments';

type Ctx = { request: { body?: unknown }; body?: unknown };

function parse(body: unknown): ModerationRequest {
  const { decision, documentIds } = (body ?? {}) as Partial<Record<keyof ModerationRequest, unknown>>;
  if (typeof decision !== 'string' || !(decision in MODERATION_DECISIONS)) {
    throw new errors.ValidationError('Quyết định không hợp lệ: chỉ "approve" (duyệt) hoặc "reject" (từ chối).');
  }
  if (
    !Array.isArray(documentIds) ||
    documentIds.length === 0 ||
    !documentIds.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 64)
  ) {
    throw new errors.ValidationError('Chọn ít nhất một bình luận.');
  }
  if (documentIds.length > MODERATION_MAX_BATCH)
    throw new errors.ValidationError(`Mỗi lần duyệt tối đa ${MODERATION_MAX_BATCH} bình luận.`);
  return { decision: decision as ModerationDecision, documentIds: [...new Set(documentIds as string[])] };
}

/**
 * POST /moderation/comments { decision, documentIds }: approve or reject one comment or a selection
 * (the admin's "Duyệt" / "Từ chối" buttons and bulk actions). Each goes through the document
 * service, so the publication log records the decision with the moderator's name; the reader
 * comments endpoint reads the stored state, so an approved comment is live at once.
 */
async function moderate(strapi: Core.Strapi, ctx: Ctx): Promise<void> {
  const { decision, documentIds } = parse(ctx.request.body);
  const moderation = MODERATION_DECISIONS[decision];
  const found = (await strapi.db.query(COMMENT).findMany({ select: ['documentId'], where: { documentId: { $in: documentIds } } })) as {
    documentId: string;
  }[];
  const known = new Set(found.map((row) => row.documentId));
  const missing = documentIds.filter((id) => !known.has(id));
  if (missing.length) throw new errors.NotFoundError(`Không tìm thấy bình luận: ${missing.join(', ')}`);
  // Comments have no generated types here: the document service's input type does not know the field.
  const comments = strapi.documents(COMMENT) as unknown as {
    update(p: { documentId: string; data: { moderation: string } }): Promise<unknown>;
  };
  for (const documentId of documentIds) {
    await comments.update({ documentId, data: { moderation } });
  }
  const body: ModerationResponse = { data: { decision, moderation, updated: documentIds } };
  ctx.body = body;
}

/**
 * An admin-type route (admin JWT, not an API token) whose policy checks the user's own RBAC
 * permission. API folders can only declare content-API routes, hence registered here.
 */
export function registerModerationRoute(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'POST',
        path: MODERATION_PATH,
        handler: (ctx: Ctx) => moderate(strapi, ctx),
        info: { apiName: 'comment' },
        config: {
          policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [[...MODERATE_PERMISSION]] } }],
        },
      },
    ],
  });
}
