// Which CMS events change what readers see. An allowlist, not a denylist: reader-interaction
// tables (view counts, visits, comments) are written on every page view and must never start a
// build, and neither must any type added later until someone decides it belongs on the site.

/** Draft & publish types: only publishing, unpublishing and deleting change the public site. */
export const PUBLISHED_TYPES = [
  'api::article.article',
  'api::party-document.party-document',
  'api::congress.congress',
  'api::gallery.gallery',
  'api::video.video',
  'api::page.page',
] as const;

/** Types without drafts: every saved change is live at once (menus, banner, links, settings). */
export const LIVE_TYPES = [
  'api::category.category',
  'api::anniversary.anniversary',
  'api::linked-site.linked-site',
  'api::site-setting.site-setting',
] as const;

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
export function changeOf(eventName: string, payload: unknown): Change | null {
  const p = (payload ?? {}) as Payload;
  if (MEDIA_EVENTS.has(eventName)) {
    return { event: eventName, uid: 'plugin::upload.file', ...docId(p.media) };
  }
  const uid = p.uid;
  if (!uid) return null;
  const allowed =
    ((PUBLISHED_TYPES as readonly string[]).includes(uid) && PUBLISHED_EVENTS.has(eventName)) ||
    ((LIVE_TYPES as readonly string[]).includes(uid) && LIVE_EVENTS.has(eventName));
  return allowed ? { event: eventName, uid, ...docId(p.entry) } : null;
}

function docId(entry: { documentId?: string } | null | undefined): { documentId?: string } {
  return typeof entry?.documentId === 'string' ? { documentId: entry.documentId } : {};
}
