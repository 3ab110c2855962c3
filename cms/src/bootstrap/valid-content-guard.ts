import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { draftProblems, publishedProblems, ruledUid, type Problem } from '../lib/content-rules/check-entry';
import { API_UIDS } from './content-types';

type Row = Record<string, unknown>;
type Event = {
  model: { uid: string };
  params: { data?: Row; where?: Row };
};

/**
 * Invalid content never becomes public, by any path: the admin's Lưu and Xuất bản, bulk publish,
 * REST with any token, scheduled publishing, the seed, imports and server code all end in a row
 * written through the database layer, and publishing in Strapi 5 writes a new published row. So
 * the rules sit there: a published row must pass the shared schema (what the site build checks);
 * a draft needs its name (non-blank "Tiêu đề") and valid values in what it has. The refusal is a
 * ValidationError naming each field by its Vietnamese label, so the admin marks the fields.
 *
 * Registered after the normalisation subscriber: slugs are already made and text normalised.
 */
export function registerValidContentGuard(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [...API_UIDS],
    async beforeCreate(event: Event) {
      const uid = event.model.uid;
      if (!ruledUid(uid)) return;
      const data = event.params.data ?? {};
      const attributes = strapi.contentType(uid as never).attributes as never;
      refuse(data.publishedAt != null ? publishedProblems(uid, attributes, data) : draftProblems(uid, attributes, data, true));
    },
    async beforeUpdate(event: Event) {
      const uid = event.model.uid;
      if (!ruledUid(uid) || !event.params.where) return;
      const data = event.params.data ?? {};
      const attributes = strapi.contentType(uid as never).attributes as never;
      const row = (await strapi.db.query(uid as never).findOne({ where: event.params.where })) as Row | null;
      const published = (data.publishedAt ?? row?.publishedAt) != null;
      refuse(published ? publishedProblems(uid, attributes, { ...row, ...data }) : draftProblems(uid, attributes, data, false));
    },
  });
}

function refuse(problems: Problem[]): void {
  if (problems.length === 0) return;
  throw new errors.ValidationError(problems.map((p) => p.message).join(' '), {
    errors: problems.map((p) => ({ path: p.path, message: p.message, name: 'ValidationError', value: null })),
  });
}
