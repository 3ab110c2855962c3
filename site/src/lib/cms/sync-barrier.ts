// One moment for every collection's changes to Astro's content store (issue 15).
//
// Astro writes its whole store (35 MB at 10,000 articles, about a second of CPU) half a second
// after the last change to it (astro/dist/content/mutable-data-store.js, SAVE_DEBOUNCE_MS), and
// again at the end of the sync if anything changed since. Its loaders run side by side; a small
// collection that changed (a comment approved, a category renamed) used to write its entries while
// the articles were still being read, so the whole store was written twice: once mid-sync, once at
// its end. Each loader now reads first, then waits here until every loader of the sync has read
// (or failed) before changing the store, so the changes come together and the store is written once.
//
// Every loader of a sync is started before any of them has an answer from the CMS (Astro starts
// them all at once), so "every loader started so far has arrived" means the whole sync has.

let started = 0;
let arrived = 0;
let release: (() => void) | null = null;
let released: Promise<void> | null = null;

function openIfAllArrived(): void {
  if (arrived < started || !release) return;
  release();
  // The next sync (astro dev syncs again) starts afresh.
  started = arrived = 0;
  release = null;
  released = null;
}

/**
 * Joins the barrier for one loader's sync. `ready()` waits until every loader that joined has
 * called it or `leave()`; `leave()` (in a finally: after success, failure or an early return)
 * lets the others go without this one. Both are idempotent.
 */
export function joinSync(): { ready(): Promise<void>; leave(): void } {
  started++;
  released ??= new Promise<void>((resolve) => (release = resolve));
  const wait = released;
  let done = false;
  const arrive = () => {
    if (done) return;
    done = true;
    arrived++;
    openIfAllArrived();
  };
  return {
    ready() {
      arrive();
      return wait;
    },
    leave: arrive,
  };
}
