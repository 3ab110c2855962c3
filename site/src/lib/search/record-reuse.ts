// The records a build hands the search integration (pages/search-records.json.ts). A full build
// makes every record. A fast build makes only those that may differ from what its base build
// indexed: making a record turns its Markdown into text, about 4.5 s for 10,000 articles, which a
// fast build must not spend on articles nobody touched. A record is reused (its key taken from
// the base, not made) when its inputs' digest equals the base's and the base's record is the one
// in the main index (a record changed since the last full build must be indexed into every delta
// again, so it is made).
import { digestOf } from '../data/page-digest';
import type { SearchRecord } from './record-html';
import type { SearchEntry } from './records';
import { recipe, type SearchKeys } from './search-keys';

export interface RecordsFile {
  /** the records made by this build */
  records: SearchRecord[];
  /** url → digest of the inputs of every record of the site (search-keys.json keeps it) */
  sources: Record<string, string>;
  /** url → key, for the records not made, as the base build had them */
  reused: Record<string, string>;
}

export function recordsFile(entries: SearchEntry[], base: SearchKeys | null): RecordsFile {
  const usable = base?.sources && base.recipe === recipe() ? base : null;
  const out: RecordsFile = { records: [], sources: {}, reused: {} };
  for (const entry of entries) {
    const digest = digestOf(entry.inputs);
    out.sources[entry.url] = digest;
    const key = usable?.records[entry.url];
    if (usable && key !== undefined && usable.sources![entry.url] === digest && usable.main[entry.url]?.key === key)
      out.reused[entry.url] = key;
    else out.records.push(entry.record());
  }
  return out;
}
