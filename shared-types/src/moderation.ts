// A reader comment's moderation state: the values stored in the comment's `moderation` field
// (cms/src/api/comment schema.json), the Vietnamese label staff see for each (admin list, form,
// filter, bulk actions), and who acts on them. Pure (no zod), so the admin bundle can import it.

export const COMMENT_MODERATION = { pending: 'cho_duyet', approved: 'da_duyet', rejected: 'tu_choi' } as const;
export const COMMENT_MODERATION_VALUES = [COMMENT_MODERATION.pending, COMMENT_MODERATION.approved, COMMENT_MODERATION.rejected] as const;
export type CommentModeration = (typeof COMMENT_MODERATION_VALUES)[number];

export const COMMENT_MODERATION_LABELS: Record<CommentModeration, string> = {
  cho_duyet: 'Chờ duyệt',
  da_duyet: 'Đã duyệt',
  tu_choi: 'Từ chối',
};

/** The decisions a moderator takes in the admin (POST /moderation/comments): the state each sets. */
export const MODERATION_DECISIONS = { approve: COMMENT_MODERATION.approved, reject: COMMENT_MODERATION.rejected } as const;
export type ModerationDecision = keyof typeof MODERATION_DECISIONS;

/** Body of the admin route POST /moderation/comments and its answer. */
export interface ModerationRequest {
  decision: ModerationDecision;
  documentIds: string[];
}
export interface ModerationResponse {
  data: { decision: ModerationDecision; moderation: CommentModeration; updated: string[] };
}

/** At most this many comments per request (a list page holds at most 100 rows). */
export const MODERATION_MAX_BATCH = 100;
