// Comment moderation where staff work: a menu link that opens the comment list on "Chờ duyệt", a
// "Duyệt" / "Từ chối" bulk action on the list's selection and the same two buttons on one comment.
// All three call the admin route POST /moderation/comments (cms/src/lib/newsroom/moderation-route.ts),
// which checks the user's own permission and writes the publication log. After a decision the
// admin's own data layer refetches the comment list and the open comment (no page reload).
import * as React from 'react';
import { useDispatch } from 'react-redux';
import type { StrapiApp } from '@strapi/strapi/admin';
import { adminApi, useFetchClient, useNotification, useTable } from '@strapi/strapi/admin';
import { COMMENT_MODERATION, MODERATION_DECISIONS, type ModerationDecision } from '@dbk/shared-types/moderation';

const COMMENT = 'api::comment.comment';
const MODERATION_PATH = '/moderation/comments';
/** The comment list filtered on "Chờ duyệt", newest first: what the menu link opens. */
export const PENDING_COMMENTS_URL =
  `content-manager/collection-types/${COMMENT}?page=1&pageSize=20&sort=createdAt:DESC` +
  `&filters[$and][0][moderation][$eq]=${COMMENT_MODERATION.pending}`;

const LABELS: Record<ModerationDecision, { one: string; many: (n: number) => string; done: (n: number) => string }> = {
  approve: { one: 'Duyệt', many: () => 'Duyệt', done: (n) => `Đã duyệt ${n} bình luận; bình luận hiện ngay trên trang.` },
  reject: { one: 'Từ chối', many: () => 'Từ chối', done: (n) => `Đã từ chối ${n} bình luận.` },
};

type Notify = ReturnType<typeof useNotification>['toggleNotification'];
type Post = ReturnType<typeof useFetchClient>['post'];
type Dispatch = ReturnType<typeof useDispatch>;
type Tag = { type: string; id: string };
// The content manager adds its "Document" tag to the admin API with enhanceEndpoints, so the
// exported adminApi's types list only the admin's own tags; the action itself is the same.
const invalidateTags = adminApi.util.invalidateTags as unknown as (tags: Tag[]) => Parameters<Dispatch>[0];

/**
 * The tags the content manager's queries provide (services/documents in @strapi/content-manager):
 * "<model>_LIST" for every list page, "<model>_<documentId>" for the open comment. Invalidating
 * them makes the list and the form refetch what the moderation route just stored.
 */
export function refreshComments(dispatch: Dispatch, documentIds: string[]): void {
  dispatch(
    invalidateTags([
      { type: 'Document', id: `${COMMENT}_LIST` },
      ...documentIds.map((id) => ({ type: 'Document', id: `${COMMENT}_${id}` })),
    ]),
  );
}

async function decide(
  post: Post,
  notify: Notify,
  dispatch: Dispatch,
  decision: ModerationDecision,
  documentIds: string[],
): Promise<boolean> {
  try {
    await post(MODERATION_PATH, { decision, documentIds });
  } catch (e) {
    const message = (e as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message;
    notify({ type: 'danger', message: message ?? 'Không lưu được quyết định kiểm duyệt. Vui lòng thử lại.' });
    return false;
  }
  notify({ type: 'success', message: LABELS[decision].done(documentIds.length) });
  refreshComments(dispatch, documentIds);
  return true;
}

type BulkProps = { model: string; documents: { documentId?: string }[] };

function bulkAction(decision: ModerationDecision) {
  const Action = ({ model, documents }: BulkProps) => {
    const { post } = useFetchClient();
    const { toggleNotification } = useNotification();
    const dispatch = useDispatch();
    // The list keeps its selection across a refetch: cleared after a decision, as Strapi's own bulk
    // delete does, or the next action would also apply to rows already decided.
    const selectRow = useTable('ModerationBulkAction', (state) => state.selectRow);
    if (model !== COMMENT) return null;
    const ids = documents.map((d) => d.documentId).filter((id): id is string => typeof id === 'string');
    return {
      label: LABELS[decision].many(ids.length),
      variant: decision === 'approve' ? ('success' as const) : ('danger-light' as const),
      onClick: async () => {
        if (await decide(post, toggleNotification, dispatch, decision, ids)) selectRow([]);
      },
    };
  };
  Action.type = decision;
  return Action;
}

type DocumentProps = { model: string; documentId?: string; document?: { moderation?: string } };

function documentAction(decision: ModerationDecision) {
  const Action = ({ model, documentId, document }: DocumentProps) => {
    const { post } = useFetchClient();
    const { toggleNotification } = useNotification();
    const dispatch = useDispatch();
    if (model !== COMMENT || !documentId) return null;
    return {
      label: LABELS[decision].one,
      variant: decision === 'approve' ? ('success' as const) : ('danger-light' as const),
      position: 'panel' as const,
      disabled: document?.moderation === MODERATION_DECISIONS[decision],
      onClick: () => decide(post, toggleNotification, dispatch, decision, [documentId]),
    };
  };
  Action.type = decision;
  return Action;
}

type Apis = { addBulkAction(actions: unknown[]): void; addDocumentAction(actions: unknown[]): void };
type BootstrapApp = Pick<StrapiApp, 'getPlugin'> & { addMenuLink(link: Record<string, unknown>): void };

export function registerModeration(app: BootstrapApp): void {
  const apis = (app.getPlugin('content-manager') as unknown as { apis: Apis }).apis;
  apis.addBulkAction([bulkAction('approve'), bulkAction('reject')]);
  apis.addDocumentAction([documentAction('approve'), documentAction('reject')]);
  app.addMenuLink({
    to: PENDING_COMMENTS_URL,
    icon: () => <span aria-hidden>💬</span>,
    intlLabel: { id: 'dbk.moderation.menu', defaultMessage: 'Bình luận chờ duyệt' },
    permissions: [{ action: 'plugin::content-manager.explorer.update', subject: COMMENT }],
    position: 3,
  });
}
