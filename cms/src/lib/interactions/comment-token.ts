import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The comment form's token: proof of when the server handed the form its token, so the minimum
 * fill time is measured on the server's clock and a script cannot claim to have waited (the old
 * form sent its own timestamps). `<issued ms>.<nonce>.<HMAC-SHA256>`, signed with the first of
 * the CMS's APP_KEYS and accepted under any of them (keys can be rotated); nothing is stored.
 */
export const COMMENT_TOKEN_LIFETIME_MS = 2 * 60 * 60_000;
// Instances behind one load balancer may disagree on the time by a little; beyond that, forged.
const CLOCK_SKEW_MS = 5_000;

export type TokenCheck = 'ok' | 'missing' | 'invalid' | 'expired' | 'too-fast';

const sign = (key: string, payload: string) => createHmac('sha256', key).update(`comment-form:${payload}`).digest('base64url');

export function issueCommentToken(keys: readonly string[], nowMs: number): string {
  const key = keys[0];
  if (!key) throw new Error('APP_KEYS chưa đặt: không ký được mã biểu mẫu bình luận.');
  const payload = `${nowMs}.${randomBytes(12).toString('base64url')}`;
  return `${payload}.${sign(key, payload)}`;
}

export function checkCommentToken(keys: readonly string[], token: unknown, nowMs: number, minFillMs: number): TokenCheck {
  if (token === undefined || token === null || token === '') return 'missing';
  if (typeof token !== 'string' || token.length > 200) return 'invalid';
  const m = /^(\d{1,15})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return 'invalid';
  const payload = `${m[1]}.${m[2]}`;
  const given = Buffer.from(m[3]!);
  if (!keys.some((key) => timingSafeEqual(Buffer.from(sign(key, payload)), given))) return 'invalid';
  const issued = Number(m[1]);
  if (issued > nowMs + CLOCK_SKEW_MS) return 'invalid';
  if (nowMs - issued > COMMENT_TOKEN_LIFETIME_MS) return 'expired';
  if (nowMs - issued < minFillMs) return 'too-fast';
  return 'ok';
}
