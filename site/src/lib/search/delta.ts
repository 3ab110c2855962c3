// Which records go into a fast build's delta index, and which main-index results the browser must
// hide. Pure. Always taken against the MAIN index (search-keys.ts): a record edited twice since the
// last full build is in the delta once, in its latest form; a record edited back to what the main
// index holds needs no delta at all.

import type { MainEntry } from './search-keys.ts';

export interface DeltaPlan {
  /** urls whose record is new or differs from the main index's: indexed into /pagefind-delta/ */
  indexed: string[];
  /** urls in the main index whose record changed (their current version is in the delta) */
  replaced: string[];
  /** urls in the main index that no longer have a record (unpublished, deleted) */
  removed: string[];
  /** Pagefind page ids of the main index to drop from every result list: replaced + removed */
  hide: string[];
}

export function planDelta(records: Record<string, string>, main: Record<string, MainEntry>): DeltaPlan {
  const indexed: string[] = [];
  const replaced: string[] = [];
  const removed: string[] = [];
  for (const [url, key] of Object.entries(records)) {
    const before = main[url];
    if (before?.key === key) continue;
    indexed.push(url);
    if (before) replaced.push(url);
  }
  for (const url of Object.keys(main)) if (!(url in records)) removed.push(url);
  const hide = [...replaced, ...removed].map((url) => main[url]!.page);
  return { indexed: indexed.sort(), replaced: replaced.sort(), removed: removed.sort(), hide: hide.sort() };
}
