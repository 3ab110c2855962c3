// Signed draft-preview links. The CMS signs a link for one entry (cms/config/admin.ts, Strapi's
// preview button); the site's preview server renders the draft only for a link it can verify
// (site/src/pages/xem-truoc/). A link names its entry and expires, so a leaked link shows one draft
// for a short while, never the others; the secret itself never leaves the two servers.
// WebCrypto, not node:crypto: this package is also bundled into browser scripts.

/** Content types an editor can preview, and the path segment of each on the preview server. */
export const PREVIEW_KINDS = {
  'api::article.article': 'bai-viet',
  'api::page.page': 'trang',
  'api::party-document.party-document': 'van-ban',
} as const;

export type PreviewKind = (typeof PREVIEW_KINDS)[keyof typeof PREVIEW_KINDS];

export const isPreviewKind = (value: string): value is PreviewKind => Object.values(PREVIEW_KINDS).includes(value as PreviewKind);

/** How long a link works: the admin asks for a fresh one each time the preview opens. */
export const PREVIEW_LINK_LIFETIME_SECONDS = 60 * 60;

export const PREVIEW_SECRET_MIN_LENGTH = 16;

const encoder = new TextEncoder();

function hmacKey(secret: string) {
  if (secret.length < PREVIEW_SECRET_MIN_LENGTH) throw new Error(`PREVIEW_SECRET phải dài ít nhất ${PREVIEW_SECRET_MIN_LENGTH} ký tự.`);
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

const message = (kind: string, documentId: string, expires: number) => encoder.encode(`${kind}\n${documentId}\n${expires}`);
const toHex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** The path (below the preview server's address) that shows this entry's draft until `expires` (Unix seconds). */
export async function signedPreviewPath(secret: string, kind: PreviewKind, documentId: string, expires: number): Promise<string> {
  const signature = toHex(await crypto.subtle.sign('HMAC', await hmacKey(secret), message(kind, documentId, expires)));
  return `/xem-truoc/${kind}/${encodeURIComponent(documentId)}/?exp=${expires}&sig=${signature}`;
}

export type PreviewCheck = 'valid' | 'expired' | 'invalid';

/** Checks a link's `exp` and `sig` (crypto.subtle.verify compares in constant time). */
export async function checkPreviewLink(
  secret: string,
  kind: string,
  documentId: string,
  exp: string | null,
  sig: string | null,
  nowMs: number,
): Promise<PreviewCheck> {
  if (!exp || !sig || !/^\d{1,12}$/.test(exp) || !/^[0-9a-f]{64}$/.test(sig)) return 'invalid';
  const bytes = new Uint8Array(sig.match(/../g)!.map((h) => parseInt(h, 16)));
  const ok = await crypto.subtle.verify('HMAC', await hmacKey(secret), bytes, message(kind, documentId, Number(exp)));
  if (!ok) return 'invalid';
  return Number(exp) * 1000 < nowMs ? 'expired' : 'valid';
}
