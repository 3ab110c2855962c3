// A fast build's search output (README, "Search"): instead of indexing every record again into
// /pagefind/ (15 s at 10,000 articles), it indexes only the records that are new or changed since
// the main index into /pagefind-delta/, with changes.json saying which main-index results to hide.
// The release keeps its base's /pagefind/; the search page merges both (scripts/search.ts).
import fs from 'node:fs';
import path from 'node:path';
import { CHANGES_FILE, type DeltaChanges } from './delta-changes.ts';
import { planDelta } from './delta.ts';
import { readPageIds } from './page-ids.ts';
import type { SearchRecord } from './record-html.ts';
import { readSearchKeys, recipe, SEARCH_KEYS_FILE, type SearchKeys } from './search-keys.ts';
import { writeSearchIndex } from './write-index.ts';

// The delta is merged into the main index's Pagefind, which brings the script and the wasm; the
// delta's own copies would never be fetched.
const UNUSED = /^(?:pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/u;

export interface DeltaStats {
  indexed: number;
  replaced: number;
  removed: number;
}

/**
 * Writes `deltaDir` (replacing it) for `records` (whose keys are `keys`) against the base build `baseDir` (which holds
 * search-keys.json and client/pagefind/), and returns this build's search keys: its own records and
 * the base's main index carried forward.
 */
export async function writeSearchDelta(
  records: SearchRecord[],
  keys: Record<string, string>,
  baseDir: string,
  deltaDir: string,
): Promise<{ keys: SearchKeys; stats: DeltaStats }> {
  const keysFile = path.join(baseDir, SEARCH_KEYS_FILE);
  if (!fs.existsSync(keysFile) || !fs.existsSync(path.join(baseDir, 'client', 'pagefind')))
    throw new Error(`Bản dựng gốc ${baseDir} thiếu ${SEARCH_KEYS_FILE} hoặc client/pagefind/: không lập được chỉ mục tìm kiếm bổ sung.`);
  const base = readSearchKeys(keysFile);
  const { main } = base;
  const current = recipe();
  if (base.recipe !== current) throw new Error(`Cách lập chỉ mục tìm kiếm đã đổi so với bản dựng gốc ${baseDir}: cần dựng lại toàn bộ.`);
  const plan = planDelta(keys, main);
  fs.rmSync(deltaDir, { recursive: true, force: true });
  let pages: string[] = [];
  if (plan.indexed.length > 0) {
    const wanted = new Set(plan.indexed);
    const chosen = records.filter((r) => wanted.has(r.url));
    // Only a record equal to the main index's is ever reused unmade (record-reuse.ts).
    if (chosen.length !== wanted.size) throw new Error('Chỉ mục tìm kiếm bổ sung thiếu bản ghi của một trang đã đổi.');
    await writeSearchIndex(chosen, deltaDir);
    for (const name of fs.readdirSync(deltaDir)) if (UNUSED.test(name)) fs.rmSync(path.join(deltaDir, name));
    pages = [...readPageIds(deltaDir).values()].sort();
  }
  fs.mkdirSync(deltaDir, { recursive: true });
  const changes: DeltaChanges = {
    version: 1,
    index: pages.length > 0,
    replaced: plan.replaced,
    removed: plan.removed,
    hide: plan.hide,
    pages,
  };
  fs.writeFileSync(path.join(deltaDir, CHANGES_FILE), JSON.stringify(changes));
  return {
    keys: { version: 1, recipe: current, records: keys, main },
    stats: { indexed: plan.indexed.length, replaced: plan.replaced.length, removed: plan.removed.length },
  };
}
