import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { draftProblems, publishedProblems, ruledUid, type Problem } from '../lib/content-rules/check-entry';
import { modelRegistry } from '../lib/model-registry';
import { fillReaderDate } from './reader-date-default';

type Row = Record<string, unknown>;
type Attributes = Parameters<typeof publishedProblems>[1];
type Event = { model: { uid: string }; params: { data?: Row; where?: Row } };
type DocumentContext = {
  uid: string;
  action: string;
  contentType: { attributes: Record<string, unknown>; options?: { draftAndPublish?: boolean } };
  params: { data?: Row; documentId?: string; status?: string; locale?: string };
};

/**
 * Invalid content never becomes public, by any path. Two layers, one rule set (the shared zod
 * schema, lib/content-rules):
 *
 * 1. A document-service middleware: the admin's Lưu and Xuất bản, bulk publish, REST with any
 *    token, scheduled publishing, the seed and imports all go through the document service. It runs
 *    before Strapi's own checks, so the refusal is ours: a ValidationError naming each field by its
 *    Vietnamese label, with the field paths the admin uses to mark the inputs.
 * 2. Database lifecycles, for server code that writes rows directly (strapi.db.query): a published
 *    row (publishing in Strapi 5 writes a new one) must pass the shared schema, as the site build
 *    checks it; a draft needs its name and valid values in what it has.
 *
 * Drafts may be unfinished but have a non-blank name ("Tiêu đề" for articles): a nameless draft is
 * a "-" in the list that no one can find. Registered after normalisation and the date default, so
 * slugs, normalised text and the default "Ngày đăng" are in place when the rows are checked.
 */
export function registerValidContentGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const ctx = context as unknown as DocumentContext;
    if (ruledUid(ctx.uid)) refuse(await documentProblems(strapi, ctx));
    return next();
  });

  strapi.db.lifecycles.subscribe({
    models: [...modelRegistry(strapi).site],
    async beforeCreate(event: Event) {
      const uid = event.model.uid;
      if (!ruledUid(uid)) return;
      const data = event.params.data ?? {};
      const attributes = attributesOf(strapi, uid);
      refuse(data.publishedAt != null ? publishedProblems(uid, attributes, data) : draftProblems(uid, attributes, data, true));
    },
    async beforeUpdate(event: Event) {
      const uid = event.model.uid;
      if (!ruledUid(uid) || !event.params.where) return;
      const data = event.params.data ?? {};
      const attributes = attributesOf(strapi, uid);
      const row = (await strapi.db.query(uid as never).findOne({ where: event.params.where })) as Row | null;
      const published = (data.publishedAt ?? row?.publishedAt) != null;
      refuse(published ? publishedProblems(uid, attributes, { ...row, ...data }) : draftProblems(uid, attributes, data, false));
    },
  });
}

const attributesOf = (strapi: Core.Strapi, uid: string) => strapi.contentType(uid as never).attributes as unknown as Attributes;

async function documentProblems(strapi: Core.Strapi, ctx: DocumentContext): Promise<Problem[]> {
  const uid = ctx.uid as Parameters<typeof publishedProblems>[0];
  const attributes = ctx.contentType.attributes as Attributes;
  const { params } = ctx;
  // The row an edit or a publish starts from: the draft, or the one row of a type without drafts.
  const drafts = ctx.contentType.options?.draftAndPublish !== false;
  const draftOf = async () =>
    params.documentId
      ? ((await strapi.db
          .query(uid as never)
          .findOne({ where: { documentId: params.documentId, ...(drafts ? { publishedAt: null } : {}) } })) as Row | null)
      : null;
  if (ctx.action === 'publish') {
    const draft = await draftOf();
    return draft ? publishedProblems(uid, attributes, draft) : [];
  }
  if (ctx.action !== 'create' && ctx.action !== 'update') return [];
  const data = params.data ?? {};
  const creating = ctx.action === 'create';
  const publishing = params.status === 'published' || !drafts;
  if (!publishing) return draftProblems(uid, attributes, data, creating);
  const merged: Row = { ...(creating ? {} : await draftOf()), ...data };
  // The date default is filled in on create (reader-date-default.ts), after this check: apply it here
  // to a copy so the check sees what will be stored.
  if (creating) fillReaderDate(uid, merged);
  return publishedProblems(uid, attributes, merged);
}

function refuse(problems: Problem[]): void {
  if (problems.length === 0) return;
  throw new errors.ValidationError(problems.map((p) => p.message).join(' '), {
    errors: problems.map((p) => ({ path: p.path, message: p.message, name: 'ValidationError', value: null })),
  });
}
