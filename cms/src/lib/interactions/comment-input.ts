import { COMMENT_LIMITS, normalizeLine, normalizeText } from '@dbk/shared-types';
import { isDocumentId } from './articles';
import { checkCommentToken } from './comment-token';
import { MESSAGES } from './messages';

export interface CommentInput {
  articleId: string;
  name: string;
  email: string | null;
  text: string;
}

/** Why a submission is refused: a Vietnamese message and a machine-readable reason. */
export class CommentRefused extends Error {
  constructor(
    message: string,
    readonly reason: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

// Deliberately loose: one @, a dot in the domain, no spaces. The address is only for staff.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the fill-time check needs: the CMS's APP_KEYS, the server's time, the minimum fill time. */
export interface FormClock {
  keys: readonly string[];
  nowMs: number;
  minFillMs: number;
}

/**
 * Checks a submitted comment form. Text is kept as typed (the project's storage rule only: NFC,
 * Đ, no invisible or control characters); escaping is the renderer's job. Bots are refused by the
 * honeypot field `website` (hidden from people, so only bots fill it) and by the fill time, measured
 * on the server's clock from the signed token the form fetched (`formToken`, see comment-token.ts):
 * a script that posts at once, or without a token it did not wait for, is refused.
 */
export function parseCommentInput(body: unknown, clock: FormClock): CommentInput {
  const data = (body as { data?: unknown } | null)?.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new CommentRefused(MESSAGES.badBody, 'du_lieu');
  const d = data as Record<string, unknown>;

  if (d.website !== undefined && d.website !== null && d.website !== '') throw new CommentRefused(MESSAGES.rejected, 'bay');
  const check = checkCommentToken(clock.keys, d.formToken, clock.nowMs, clock.minFillMs);
  if (check === 'missing' || check === 'invalid') throw new CommentRefused(MESSAGES.formTokenMissing, 'thoi_gian');
  if (check === 'expired') throw new CommentRefused(MESSAGES.formTokenExpired, 'het_han');
  if (check === 'too-fast') throw new CommentRefused(MESSAGES.tooFast, 'qua_nhanh');

  if (!isDocumentId(d.articleId)) throw new CommentRefused(MESSAGES.badArticleId, 'du_lieu', 'articleId');
  if (typeof d.name !== 'string') throw new CommentRefused(MESSAGES.nameRequired, 'du_lieu', 'name');
  const name = normalizeLine(d.name);
  if (name === '') throw new CommentRefused(MESSAGES.nameRequired, 'du_lieu', 'name');
  if (name.length > COMMENT_LIMITS.name) throw new CommentRefused(MESSAGES.nameTooLong(COMMENT_LIMITS.name), 'du_lieu', 'name');

  let email: string | null = null;
  if (d.email !== undefined && d.email !== null && d.email !== '') {
    if (typeof d.email !== 'string') throw new CommentRefused(MESSAGES.emailInvalid, 'du_lieu', 'email');
    email = normalizeLine(d.email);
    if (email.length > COMMENT_LIMITS.email || !EMAIL.test(email)) throw new CommentRefused(MESSAGES.emailInvalid, 'du_lieu', 'email');
  }

  if (typeof d.text !== 'string') throw new CommentRefused(MESSAGES.textRequired, 'du_lieu', 'text');
  const text = normalizeText(d.text);
  if (text.trim() === '') throw new CommentRefused(MESSAGES.textRequired, 'du_lieu', 'text');
  if (text.length > COMMENT_LIMITS.text) throw new CommentRefused(MESSAGES.textTooLong(COMMENT_LIMITS.text), 'du_lieu', 'text');

  return { articleId: d.articleId, name, email, text };
}
