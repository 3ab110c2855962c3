// Tunables of the reader interactions, from the environment (documented in .env.example).
// A malformed value stops the CMS at start rather than silently counting with a default.
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

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} phải là số nguyên từ ${min} trở lên (đang là "${raw}")`);
  return value;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): InteractionSettings {
  return {
    viewWindowMs: whole(env, 'READER_VIEW_WINDOW_MINUTES', 60, 1) * MINUTE,
    visitSessionMs: whole(env, 'READER_VISIT_SESSION_MINUTES', 30, 1) * MINUTE,
    onlineWindowMs: 5 * MINUTE,
    commentMinFillMs: whole(env, 'READER_COMMENT_MIN_SECONDS', 3, 0) * 1000,
    visitsBase: whole(env, 'READER_VISITS_BASE', 0, 0),
  };
}

let cached: InteractionSettings | null = null;
export function settings(): InteractionSettings {
  cached ??= readSettings();
  return cached;
}
