import type { Core } from '@strapi/strapi';
import { modelRegistry } from '../model-registry';
import { PENDING_DRAFTS_PATH, type PendingDraft, type PendingDraftsResponse } from '@dbk/shared-types/pending-drafts';

/** The role whose drafts wait for an editor: a Phóng viên cannot publish (bootstrap/newsroom-roles.ts). */
const REPORTER_ROLE = 'Phóng viên';
const PUBLISH = 'plugin::content-manager.explorer.publish';
/** The attribute that names an entry in each of our draft types ("Đại hội" has a name, the rest a title). */
const LABEL_FIELDS = ['title', 'name'] as const;

type Row = { documentId: string; updatedAt: string | Date; [field: string]: unknown };
type Author = { firstname?: string | null; lastname?: string | null; email?: string | null };
type Schema = { kind?: string; info?: { displayName?: string }; attributes?: Record<string, unknown> };
type Ability = { can(action: string, subject: string): boolean };
type Ctx = { state: { userAbility?: Ability }; body?: unknown };

const time = (value: string | Date | undefined) => (value ? new Date(value).getTime() : 0);

/**
 * Strapi's own rule for the list's "Đã sửa" badge (content-manager document-metadata): a draft waits
 * when it was never published, or was saved after its published version.
 */
export function draftState(draft: Row, published: Row | undefined): PendingDraft['state'] | null {
  if (!published) return 'moi';
  return time(draft.updatedAt) > time(published.updatedAt) ? 'da_sua' : null;
}

const authorName = (a: Author | null | undefined) => [a?.lastname, a?.firstname].filter(Boolean).join(' ').trim() || a?.email || 'Không rõ';

/**
 * Drafts written by a Phóng viên that an editor has not yet published as they stand: in every draft
 * type the asking user may publish (an editor sees all of them, a reporter none), newest first.
 */
export async function findPendingDrafts(strapi: Core.Strapi, ability: Ability | undefined): Promise<PendingDraft[]> {
  const reporters = (await strapi.db.query('admin::user').findMany({ select: ['id'], where: { roles: { name: REPORTER_ROLE } } })) as {
    id: number;
  }[];
  if (!reporters.length || !ability) return [];
  const pending: PendingDraft[] = [];
  for (const uid of modelRegistry(strapi).published) {
    if (!ability.can(PUBLISH, uid)) continue;
    const schema = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as Schema;
    const labelField = LABEL_FIELDS.find((f) => f in (schema.attributes ?? {}));
    const drafts = (await strapi.db.query(uid).findMany({
      select: ['documentId', 'updatedAt', ...(labelField ? [labelField] : [])],
      where: { publishedAt: null, createdBy: { id: { $in: reporters.map((r) => r.id) } } },
      populate: { createdBy: { select: ['firstname', 'lastname', 'email'] } },
    })) as (Row & { createdBy?: Author })[];
    if (!drafts.length) continue;
    const published = (await strapi.db.query(uid).findMany({
      select: ['documentId', 'updatedAt'],
      where: { publishedAt: { $notNull: true }, documentId: { $in: drafts.map((d) => d.documentId) } },
    })) as Row[];
    const byId = new Map(published.map((p) => [p.documentId, p]));
    for (const draft of drafts) {
      const state = draftState(draft, byId.get(draft.documentId));
      if (!state) continue;
      const label = labelField ? draft[labelField] : undefined;
      pending.push({
        model: uid,
        kind: schema.kind === 'singleType' ? 'single-types' : 'collection-types',
        typeName: schema.info?.displayName ?? uid,
        documentId: draft.documentId,
        title: typeof label === 'string' && label.trim() ? label : '(chưa có tiêu đề)',
        author: authorName(draft.createdBy),
        updatedAt: new Date(draft.updatedAt).toISOString(),
        state,
      });
    }
  }
  return pending.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/**
 * GET /newsroom/pending-drafts: the "Bài chờ duyệt" page's rows. An admin route (admin JWT); which
 * types it covers follows the user's own publish permissions, so no role sees more than it may publish.
 */
export function registerPendingDraftsRoute(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: PENDING_DRAFTS_PATH,
        handler: async (ctx: Ctx) => {
          const body: PendingDraftsResponse = { data: await findPendingDrafts(strapi, ctx.state.userAbility) };
          ctx.body = body;
        },
        info: { apiName: 'article' },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  });
}
