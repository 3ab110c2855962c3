import type { ModelRegistry } from '../lib/model-registry';

// Which CMS events change what readers see. Only the site's types (the model registry: every
// `api::` type but those it names as never on the site, such as readers' comments) and media;
// never users, roles or tokens. For draft types only publish, unpublish and delete matter: a
// draft edit changes nothing readers see.

const PUBLISHED_EVENTS = new Set(['entry.publish', 'entry.unpublish', 'entry.delete']);
const LIVE_EVENTS = new Set(['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish']);
const MEDIA_EVENTS = new Set(['media.create', 'media.update', 'media.delete']);

export interface Change {
  event: string;
  uid: string;
  documentId?: string;
}

type Payload = { uid?: string; model?: string; entry?: { documentId?: string } | null; media?: { documentId?: string } | null };

/** The change a Strapi event hub event stands for, or null when it does not touch the site. */
export function changeOf(eventName: string, payload: unknown, models: ModelRegistry): Change | null {
  const p = (payload ?? {}) as Payload;
  if (MEDIA_EVENTS.has(eventName)) {
    return { event: eventName, uid: 'plugin::upload.file', ...docId(p.media) };
  }
  const uid = p.uid;
  if (!uid) return null;
  const allowed =
    (models.published.includes(uid) && PUBLISHED_EVENTS.has(eventName)) || (models.live.includes(uid) && LIVE_EVENTS.has(eventName));
  return allowed ? { event: eventName, uid, ...docId(p.entry) } : null;
}

function docId(entry: { documentId?: string } | null | undefined): { documentId?: string } {
  return typeof entry?.documentId === 'string' ? { documentId: entry.documentId } : {};
}
