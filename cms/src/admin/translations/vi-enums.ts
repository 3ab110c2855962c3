// What staff read for each stored enumeration value. Strapi's edit form already looks an enum
// option's text up as a message with the value as its id (falling back to the raw value); the list
// view's cells are taught the same lookup by ../vite.config.ts. So a value's label is one message.
// The labels readers see come from shared-types: the admin shows the same words as the site.
import { DOCUMENT_KINDS, RECURRENCES } from '@dbk/shared-types/document-kinds';
import { COMMENT_MODERATION_LABELS } from '@dbk/shared-types/moderation';

/** The publication log's actions (api::audit-log schema.json; AUDIT_ACTIONS in lib/newsroom/audit-log.ts). */
const AUDIT_ACTION_LABELS = { xuat_ban: 'Xuất bản', go_xuat_ban: 'Gỡ xuất bản', xoa: 'Xoá', kiem_duyet: 'Kiểm duyệt bình luận' };

export const viEnums: Record<string, string> = { ...DOCUMENT_KINDS, ...RECURRENCES, ...COMMENT_MODERATION_LABELS, ...AUDIT_ACTION_LABELS };
