import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export const SECRET_PUBLISH_MESSAGE =
  'Văn bản đã đánh dấu "Mật" không được xuất bản. Bỏ đánh dấu "Mật" nếu văn bản được phép công khai.';

type Event = { params: { data?: Record<string, unknown>; where?: Record<string, unknown> } };

/**
 * Publishing in Strapi 5 writes a new published row; refusing that write at the database layer
 * stops every path (admin button, REST ?status=published, bulk publish, scripts) in one place,
 * and the surrounding transaction leaves the document unpublished.
 */
export function registerSecretDocumentGuard(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: ['api::party-document.party-document'],
    async beforeCreate(event: Event) {
      const data = event.params.data ?? {};
      if (data.publishedAt != null && data.secret === true) throw new errors.ApplicationError(SECRET_PUBLISH_MESSAGE);
    },
    async beforeUpdate(event: Event) {
      const data = event.params.data ?? {};
      if (data.secret !== true || !event.params.where) return;
      const published = await strapi.db.query('api::party-document.party-document').findOne({
        select: ['id'],
        where: { ...event.params.where, publishedAt: { $notNull: true } },
      });
      if (published) throw new errors.ApplicationError(SECRET_PUBLISH_MESSAGE);
    },
  });
}
