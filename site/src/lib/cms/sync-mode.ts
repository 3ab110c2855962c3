// SITE_CONTENT_SYNC: "full" (the default) reads every entry of every collection from the CMS at each
// build; "delta" reads only what changed since the previous build's sync (lib/cms/delta-sync.ts).
// The fast lane sets delta; the full build behind it keeps full, which reconciles anything a delta
// could miss. Read here rather than in env.ts while the fast lane is assembled (see the README).

export type ContentSyncMode = 'full' | 'delta';

export function contentSyncMode(env: Record<string, string | undefined> = process.env): ContentSyncMode {
  const value = env.SITE_CONTENT_SYNC?.trim() || 'full';
  if (value !== 'full' && value !== 'delta') {
    throw new Error(`SITE_CONTENT_SYNC="${value}" không hợp lệ: chỉ nhận "full" (đọc lại toàn bộ) hoặc "delta" (chỉ đọc phần thay đổi).`);
  }
  return value;
}
