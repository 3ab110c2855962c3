// The "Bài chờ duyệt" contract: what GET /newsroom/pending-drafts answers (cms/src/lib/newsroom/
// pending-drafts.ts) and the admin page reads (cms/src/admin/pending-drafts-page.tsx). Pure, no
// imports: the admin bundle loads it too.
export const PENDING_DRAFTS_PATH = '/newsroom/pending-drafts';

export interface PendingDraft {
  model: string;
  kind: 'collection-types' | 'single-types';
  /** The type's Vietnamese name ("Tin bài", "Văn bản", ...). */
  typeName: string;
  documentId: string;
  title: string;
  /** The Phóng viên who created the draft. */
  author: string;
  /** ISO instant of the draft's last save. */
  updatedAt: string;
  /** "moi": never published; "da_sua": saved again after its last publish. */
  state: 'moi' | 'da_sua';
}

export interface PendingDraftsResponse {
  data: PendingDraft[];
}
