// The content store of this very `astro build`, handed to its bundle in memory (issue 15).
//
// Astro writes the store its loaders filled to <cacheDir>/data-store.json, and the bundle's store
// module (integrations/data-store-file.ts) reads it back: at 10,000 articles 35 MB read, parsed and
// rebuilt by devalue, about a second of every build, fast or full, and a second copy of every entry
// in memory while the pages render. The loaders run in the same process just before, so each shares
// its collection here and the bundle builds Astro's map from them: the same entries, in the order
// Astro's writer gives the file (collections and entries sorted by id with localeCompare,
// astro/dist/content/data-store-writer.js sortCollections), so every page comes out the same. A
// process that ran no loader (the release's preview server) reads the file as before.

/** The part of Astro's scoped data store shared: its entries, as the store keeps them. */
export interface SharedCollection {
  entries(): [string, unknown][];
}

/** A global, not a module variable: the loaders and the bundle are separate module graphs. */
export const LIVE_STORE_KEY = 'dbk.live-content-store';

type Registry = Map<string, SharedCollection>;
const registry = (): Registry => {
  const g = globalThis as { [key: symbol]: Registry | undefined };
  return (g[Symbol.for(LIVE_STORE_KEY)] ??= new Map());
};

/** Called by each loader with its collection's store. */
export function shareCollection(name: string, store: SharedCollection): void {
  registry().set(name, store);
}

/** Astro's map of collections as its writer orders them, or null when no loader ran in this process. */
export function liveStore(): Map<string, Map<string, unknown>> | null {
  const registered = registry();
  if (registered.size === 0) return null;
  // Intl.Collator() compares as localeCompare() with no arguments does, without a collator per call.
  const { compare } = new Intl.Collator();
  const byId = ([a]: readonly [string, unknown], [b]: readonly [string, unknown]) => compare(a, b);
  return new Map(
    [...registered]
      .map(([name, store]) => [name, store.entries()] as const)
      // A collection with no entry: Astro's map has none once it is cleared, and pages read none either way.
      .filter(([, entries]) => entries.length > 0)
      .sort(byId)
      .map(([name, entries]) => [name, new Map(entries.sort(byId))]),
  );
}
