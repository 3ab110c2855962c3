// A full build's search records, made once and handed to the search integration as soon as they
// exist, so Pagefind (its own processes) indexes them on the second core while Astro renders the
// pages on the first: at 10,000 articles indexing takes about a minute, as long as the render.
//
// The first page rendered starts making them (BaseLayout calls startSearchRecords()); Astro renders
// the records' endpoint (pages/search-records.json.ts) near the end, by its route order, and it
// returns the same records. The integration (integrations/search-index.ts) listens only in a full
// `astro build`; elsewhere (a fast build, the preview server, astro dev) nothing starts early and
// the endpoint makes the records when asked. Integration and server bundle are separate copies of
// this module in one process, hence the state on globalThis.
import type { RecordsFile } from './record-reuse';

interface HandOff {
  listener?: (file: RecordsFile) => void;
  made?: Promise<RecordsFile>;
}

const KEY = Symbol.for('dbk.search-records');
const state = (): HandOff => ((globalThis as Record<symbol, HandOff | undefined>)[KEY] ??= {});

/** The integration, at the start of a full build: `listener` gets the records once made. */
export function listenForRecords(listener: (file: RecordsFile) => void): void {
  const s = state();
  s.listener = listener;
  s.made = undefined;
}

/** The records, made at the first call (`make`) and handed to the listener. */
export function searchRecords(make: () => Promise<RecordsFile>): Promise<RecordsFile> {
  const s = state();
  s.made ??= make().then((file) => {
    s.listener?.(file);
    return file;
  });
  return s.made;
}

/** Starts making the records when a build listens for them; a failure surfaces in the endpoint. */
export function startSearchRecords(make: () => Promise<RecordsFile>): void {
  if (state().listener) searchRecords(make).catch(() => undefined);
}
