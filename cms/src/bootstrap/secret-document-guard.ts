import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export const SECRET_PUBLISH_MESSAGE = 'Văn bản đã đánh dấu "Mật" không được xuất bản. Bỏ đánh dấu "Mật" nếu văn bản được phép công khai.';

const DOCUMENT = 'api::party-document.party-document';

type Row = { id?: number; documentId?: string; publishedAt?: unknown; secret?: unknown };
type Event = { params: { data?: Record<string, unknown>; where?: Record<string, unknown> }; result?: Row | Row[] };

/**
 * Secret means never public, whatever path the flag arrives by.
 *
 * Two rules, both at the database layer, so the admin, REST, bulk actions, scheduled publishing,
 * imports and any server code that writes rows obey them alike:
 *
 * 1. A published row is never secret: publishing a secret draft (which in Strapi 5 writes a new
 *    published row) and setting the flag on a published row are refused; the surrounding
 *    transaction leaves the document as it was.
 * 2. A document whose draft becomes secret loses its published version in the same transaction.
 *    Editing in Strapi 5 changes only the draft, so without this the published version (flag off)
 *    went on serving the text. Withdrawing at once rather than refusing the save: marking a
 *    document secret is an urgent protective act; refusing it would leave the text public until
 *    someone notices the error and unpublishes by hand. The unpublish goes through the document
 *    service, so it notifies the rebuild and the publication log like an editor's own.
 */
export function registerSecretDocumentGuard(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [DOCUMENT],
    async beforeCreate(event: Event) {
      const data = event.params.data ?? {};
      if (data.publishedAt != null && data.secret === true) throw new errors.ApplicationError(SECRET_PUBLISH_MESSAGE);
    },
    async beforeUpdate(event: Event) {
      const data = event.params.data ?? {};
      if (data.secret !== true || !event.params.where) return;
      const published = await strapi.db.query(DOCUMENT).findOne({
        select: ['id'],
        // $and, not a spread: a filter on publishedAt of its own (a draft row) must not be overwritten.
        where: { $and: [event.params.where, { publishedAt: { $notNull: true } }] },
      });
      if (published) throw new errors.ApplicationError(SECRET_PUBLISH_MESSAGE);
    },
    async afterCreate(event: Event) {
      await withdrawIfSecret(strapi, rowsOf(event));
    },
    async afterUpdate(event: Event) {
      await withdrawIfSecret(strapi, rowsOf(event));
    },
    // updateMany answers a count, not rows: find the drafts its filter reached.
    async afterUpdateMany(event: Event) {
      if (event.params.data?.secret !== true || !event.params.where) return;
      const rows = await strapi.db.query(DOCUMENT).findMany({ select: ['id', 'documentId', 'publishedAt'], where: event.params.where });
      await withdrawIfSecret(strapi, rows as Row[]);
    },
  });
}

function rowsOf(event: Event): Row[] {
  const result = event.result;
  return Array.isArray(result) ? result : result ? [result] : [];
}

async function withdrawIfSecret(strapi: Core.Strapi, rows: Row[]): Promise<void> {
  for (const row of rows) {
    if (row.publishedAt != null) continue;
    // A row answered without its documentId (a narrow select) is looked up rather than skipped.
    const documentId =
      row.documentId ??
      (row.id
        ? ((await strapi.db.query(DOCUMENT).findOne({ select: ['documentId'], where: { id: row.id } })) as Row | null)?.documentId
        : undefined);
    if (documentId) await withdrawSecretDocument(strapi, documentId);
  }
}

/** Unpublishes the document when its draft is secret and a published version exists. */
export async function withdrawSecretDocument(strapi: Core.Strapi, documentId: string): Promise<boolean> {
  const versions = (await strapi.db.query(DOCUMENT).findMany({
    select: ['id', 'publishedAt', 'secret', 'documentNumber'],
    where: { documentId },
  })) as (Row & { documentNumber?: string })[];
  const secretDraft = versions.find((v) => v.publishedAt == null && v.secret === true);
  if (!secretDraft || !versions.some((v) => v.publishedAt != null)) return false;
  await strapi.documents(DOCUMENT).unpublish({ documentId });
  strapi.log.warn(`Văn bản "${secretDraft.documentNumber ?? documentId}" được đánh dấu "Mật": đã gỡ xuất bản.`);
  return true;
}

/**
 * Installs that ran before rule 2 may hold published documents whose draft is secret: withdraw
 * them at start, once each, before the site is built again.
 */
export async function withdrawLeakedSecretDocuments(strapi: Core.Strapi): Promise<number> {
  const drafts = (await strapi.db.query(DOCUMENT).findMany({
    select: ['documentId'],
    where: { secret: true, publishedAt: { $null: true } },
  })) as Row[];
  let withdrawn = 0;
  for (const { documentId } of drafts) {
    if (documentId && (await strapi.db.transaction(() => withdrawSecretDocument(strapi, documentId)))) withdrawn++;
  }
  return withdrawn;
}
