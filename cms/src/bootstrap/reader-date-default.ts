import type { Core } from '@strapi/strapi';

/** The date readers see, per type: "Ngày đăng" of an article, the date of a gallery or video. */
export const READER_DATE_FIELDS: Record<string, string> = {
  'api::article.article': 'displayDate',
  'api::gallery.gallery': 'date',
  'api::video.video': 'date',
};

type Event = { model: { uid: string }; params: { data?: Record<string, unknown> } };

/**
 * Fills the reader date of a new entry of `uid` with "now" when it has none, in place. One rule for
 * the lifecycle below and for the content guard, which checks a create-and-publish before the
 * lifecycle has run.
 */
export function fillReaderDate(uid: string, data: Record<string, unknown>): void {
  const field = READER_DATE_FIELDS[uid];
  if (field && (data[field] === undefined || data[field] === null || data[field] === '')) data[field] = new Date().toISOString();
}

/**
 * A new entry without a date gets the moment it is created ("now"; an instant, shown to readers in
 * Asia/Ho_Chi_Minh): staff expect "Ngày đăng" to default to today, as the admin form also shows
 * (admin/field-helpers.tsx). Imports and editors who give a date keep theirs. Only on create: an
 * update never invents a date, and publishing copies the draft's.
 */
export function registerReaderDateDefault(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: Object.keys(READER_DATE_FIELDS),
    async beforeCreate(event: Event) {
      if (event.params.data) fillReaderDate(event.model.uid, event.params.data);
    },
  });
}
