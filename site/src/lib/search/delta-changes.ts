// /pagefind-delta/changes.json: what a fast release's search page must know to merge its delta
// index with the main one (/pagefind/). Written by the search integration, read by
// scripts/search.ts. A full build writes an empty one (no delta), so the search page's request
// for it never fails. Pure.

// From the subpath, not the package's index: this file is bundled for readers' browsers.
export { SEARCH_DELTA_DIR as DELTA_DIR } from '@dbk/shared-types/fast-lane-names';
export const CHANGES_FILE = 'changes.json';

export interface DeltaChanges {
  version: 1;
  /** false when nothing was added or changed (only removals): there is no delta index to merge */
  index: boolean;
  /** urls whose main-index record was replaced by the delta's (for people reading the file) */
  replaced: string[];
  /** urls whose main-index record was removed */
  removed: string[];
  /** Pagefind page ids of the main index never to show: the replaced and removed records */
  hide: string[];
  /** Pagefind page ids of the delta index's records */
  pages: string[];
}

export function isDeltaChanges(value: unknown): value is DeltaChanges {
  const v = value as Partial<DeltaChanges> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.version === 1 &&
    typeof v.index === 'boolean' &&
    Array.isArray(v.hide) &&
    Array.isArray(v.pages)
  );
}

/** A full build's changes.json: nothing to merge, nothing to hide. */
export const NO_CHANGES: DeltaChanges = { version: 1, index: false, replaced: [], removed: [], hide: [], pages: [] };
