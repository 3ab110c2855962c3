import type { Core } from '@strapi/strapi';
import { runExclusive } from '../lib/cluster-lock';
import { modelRegistry } from '../lib/model-registry';

// One minute's worth is plenty; the rest waits for the next run rather than holding the cron.
const BATCH = 100;

type Draft = { documentId: string; publishAt: string; title?: string; documentNumber?: string };

/**
 * Publishes every draft whose publication time has come. Goes through the document service, so
 * the secret-document guard refuses what it must and the publish notifier starts the rebuild,
 * exactly as when an editor clicks "Xuất bản". The time is cleared in the same transaction as the
 * publish, so a document is published once, not at every run.
 *
 * Every CMS instance runs this cron; the cluster lock lets one run at a time (across instances on
 * PostgreSQL, in this process on SQLite), and a run that outlasts the interval is not doubled. A
 * run that waits for the lock finds the drafts the previous one published already cleared.
 */
export async function publishDueDocuments(strapi: Core.Strapi, now = new Date()): Promise<{ published: number; refused: number }> {
  const run = await runExclusive(strapi, 'scheduled-publish', () => publishDue(strapi, now));
  return run.ran ? run.value : { published: 0, refused: 0 };
}

async function publishDue(strapi: Core.Strapi, now: Date): Promise<{ published: number; refused: number }> {
  let published = 0;
  let refused = 0;
  for (const uid of modelRegistry(strapi).scheduled) {
    const documents = strapi.documents(uid as never) as unknown as {
      findMany(p: object): Promise<Draft[]>;
      update(p: object): Promise<unknown>;
      publish(p: object): Promise<unknown>;
    };
    const due = await documents.findMany({
      status: 'draft',
      filters: { publishAt: { $notNull: true, $lte: now.toISOString() } },
      sort: ['publishAt:asc'],
      limit: BATCH,
    });
    for (const draft of due) {
      const name = draft.title ?? draft.documentNumber ?? draft.documentId;
      try {
        await strapi.db.transaction(async () => {
          await documents.update({ documentId: draft.documentId, data: { publishAt: null } });
          await documents.publish({ documentId: draft.documentId });
        });
        published++;
        strapi.log.info(`Hẹn giờ xuất bản: đã xuất bản "${name}" (${uid}, hẹn lúc ${draft.publishAt}).`);
      } catch (e) {
        refused++;
        // Cleared so that a refused document (a secret one) is not retried and logged every minute.
        await documents.update({ documentId: draft.documentId, data: { publishAt: null } }).catch(() => undefined);
        strapi.log.warn(`Hẹn giờ xuất bản: không xuất bản được "${name}" (${uid}): ${(e as Error).message} Đã bỏ hẹn giờ.`);
      }
    }
  }
  return { published, refused };
}
