// What staff read for each stored enumeration value. Strapi's edit form already looks an enum
// option's text up as a message with the value as its id (falling back to the raw value); the list
// view's cells are taught the same lookup by ../vite.config.ts. So a value's label is one message.
// The labels readers see come from shared-types: the admin shows the same words as the site.
import { DOCUMENT_KINDS, RECURRENCES } from '@dbk/shared-types/document-kinds';

/** Comment moderation states (staff only; readers never see the state's name). */
const COMMENT_STATES = { cho_duyet: 'Chờ duyệt', da_duyet: 'Đã duyệt', tu_choi: 'Từ chối' };

export const viEnums: Record<string, string> = { ...DOCUMENT_KINDS, ...RECURRENCES, ...COMMENT_STATES };
