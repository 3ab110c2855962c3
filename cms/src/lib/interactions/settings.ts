// Tunables of the reader interactions, from the environment (lib/env.ts, documented in .env.example).
// A malformed value stops the CMS at start rather than silently counting with a default.
import { cmsEnv, type CmsEnv } from '../env';

export interface InteractionSettings {
  /** one counted view per visitor per article within this span */
  viewWindowMs: number;
  /** a visitor unseen for this long starts a new visit */
  visitSessionMs: number;
  /** "online now": distinct visitors seen within this span (the issue fixes it at 5 minutes) */
  onlineWindowMs: number;
  /** a comment form sent sooner than this after it was shown is a bot */
  commentMinFillMs: number;
  /** added to the total of visits, to carry over the old site's counter */
  visitsBase: number;
}

const MINUTE = 60_000;

export function readSettings(env: CmsEnv = cmsEnv()): InteractionSettings {
  return {
    viewWindowMs: env.READER_VIEW_WINDOW_MINUTES * MINUTE,
    visitSessionMs: env.READER_VISIT_SESSION_MINUTES * MINUTE,
    onlineWindowMs: 5 * MINUTE,
    commentMinFillMs: env.READER_COMMENT_MIN_SECONDS * 1000,
    visitsBase: env.READER_VISITS_BASE,
  };
}

let cached: InteractionSettings | null = null;
export function settings(): InteractionSettings {
  cached ??= readSettings();
  return cached;
}
