// The names of the fast lane's files (issue 15), on their own: the search page's browser script
// needs one of them, and importing it from fast-lane.ts (zod schemas) would ship zod to readers.

/** Every prerendered page of a build with its cache key (null: no key, always rendered again). */
export const PAGE_KEYS_FILE = 'page-keys.json';
/** Only in a fast build's output: what it rendered, and which of the base's pages are gone. */
export const FAST_LANE_FILE = 'fast-lane.json';
/** Every build: each search record's key, and what the main index holds (site/src/lib/search). */
export const SEARCH_KEYS_FILE = 'search-keys.json';
/**
 * Under client/: a fast build's small Pagefind index of what changed since the main index. It
 * covers every change since the last full build, so a fast release takes it whole, never merged
 * with its base's.
 */
export const SEARCH_DELTA_DIR = 'pagefind-delta';
/**
 * The line a held fast build prints once it waits for "go" on stdin, everything before its first
 * request to the CMS done (site/src/lib/cms/held-start.ts; scripts/src/lib/site.ts holdSiteBuild).
 */
export const HELD_BUILD_READY_LINE = 'Bản dựng nhanh giữ sẵn: đã sẵn sàng, chờ thay đổi từ CMS.';
