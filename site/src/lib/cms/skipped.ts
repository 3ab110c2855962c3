// Published entries the build left out because they break the shared schema (one written straight
// into the database, say). One bad entry must not keep every other publish from going live: the
// loaders skip it and record it here; build-info.json lists it, so the rebuild service's /status
// and the build log name it for staff to fix.
//
// Kept on globalThis: the content loaders and the pages that read this list may be loaded as two
// module instances (content sync, then the prerender bundle) inside the one build process.

export interface SkippedEntry {
  /** REST path of the collection, e.g. "articles" */
  collection: string;
  /** Vietnamese name of the collection, e.g. "tin bài" */
  label: string;
  /** documentId (or id) and title of the entry, as far as they can be read */
  entry: string;
  /** what is wrong, in the schema's words */
  problems: string;
}

const KEY = Symbol.for('dbk.site.skippedEntries');
type Registry = Map<string, SkippedEntry[]>;

function registry(): Registry {
  const g = globalThis as { [KEY]?: Registry };
  g[KEY] ??= new Map();
  return g[KEY];
}

/** Replaces a collection's list: each load of a collection starts afresh. */
export function setSkipped(collection: string, entries: SkippedEntry[]): void {
  registry().set(collection, entries);
}

export function skippedEntries(): SkippedEntry[] {
  return [...registry().values()].flat();
}
