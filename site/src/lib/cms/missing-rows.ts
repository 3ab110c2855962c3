// Which rows of the previous sync are no longer published (an entry unpublished or deleted), found by
// counting ranges of row ids instead of listing every published entry. Listing took one request per
// page of entries (then 100: at 10,000 articles, 100 requests in a row in every fast build that
// unpublishes one, most of the cost of an unpublish beyond a publish). A large range that lost rows
// is cut into 8 parts counted at once, and a range of up to 16 list pages is listed, its pages at
// once: for one removed entry among 10,000, three round trips (one count, 8 counts, 3 lists of 500)
// where halving took eight; each round trip is a REST request through Strapi and its database,
// 0.1-0.3 s on PostgreSQL under load.
//
// It relies on what row ids are: Strapi numbers rows in increasing order and never reuses one, and
// publishing makes a new row. So a range between two known rows holds only known rows or fewer
// (a row published since is above every known one, or is a known entry's new version, which the
// delta sync has read already): a range with as many published rows as known ones lost none. A
// range with more than it knows means that reasoning does not hold here: it throws, and the delta
// sync reads the collection in full.
import { CmsError } from './client';
import { PAGE_SIZE } from './fetch-all';

export interface PublishedRows {
  /** published rows with lo ≤ id ≤ hi */
  count(lo: number, hi: number): Promise<number>;
  /** the ids of the published rows with lo ≤ id ≤ hi, and their number (asked only where it is ≤ the leaf size) */
  list(lo: number, hi: number): Promise<{ ids: number[]; total: number }>;
}

/** One list asks about at most this many known rows: one REST page. */
export const LEAF_ROWS = PAGE_SIZE;
/** Parts a large range that lost rows is cut into, counted together. */
const SPLIT = 8;
/** A range of up to this many list pages that lost rows is listed whole, its pages together. */
const LIST_AT_ONCE = 16;

/** The known rows (ids) that are not published any more, ascending. */
export async function missingRows(known: Iterable<number>, cms: PublishedRows, leaf = LEAF_ROWS): Promise<number[]> {
  const rows = [...new Set(known)].sort((a, b) => a - b);
  const missing: number[] = [];
  // rows[from..to) span the ids rows[from]..rows[to - 1]
  const span = (from: number, to: number) => ({ lo: rows[from]!, hi: rows[to - 1]!, expected: to - from });
  /** Whether the range lost rows, given how many of its ids are published; throws when more are. */
  const lost = (from: number, to: number, published: number) => {
    const { lo, hi, expected } = span(from, to);
    if (published > expected)
      throw new CmsError(`CMS có ${published} mục đã xuất bản với mã dòng ${lo}–${hi}, nhiều hơn ${expected} mục đã biết`);
    return published < expected;
  };
  const cut = (from: number, to: number, parts: number): [number, number][] => {
    const size = Math.ceil((to - from) / parts);
    const out: [number, number][] = [];
    for (let at = from; at < to; at += size) out.push([at, Math.min(to, at + size)]);
    return out;
  };
  const list = async ([from, to]: [number, number]) => {
    const { lo, hi } = span(from, to);
    const { ids, total } = await cms.list(lo, hi);
    lost(from, to, total);
    const present = new Set(ids);
    for (let i = from; i < to; i++) if (!present.has(rows[i]!)) missing.push(rows[i]!);
  };
  // A range known to have lost rows: listed when a few pages long, else cut and its parts counted.
  const search = async (from: number, to: number): Promise<void> => {
    const pages = Math.ceil((to - from) / leaf);
    if (pages <= LIST_AT_ONCE) {
      await Promise.all(cut(from, to, pages).map(list));
      return;
    }
    const parts = cut(from, to, SPLIT);
    const counts = await Promise.all(parts.map(([a, b]) => cms.count(rows[a]!, rows[b - 1]!)));
    await Promise.all(parts.filter(([a, b], i) => lost(a, b, counts[i]!)).map(([a, b]) => search(a, b)));
  };
  if (rows.length === 0) return [];
  // A small collection is listed at once; a large one counted first (often nothing is gone).
  if (rows.length <= leaf || lost(0, rows.length, await cms.count(rows[0]!, rows[rows.length - 1]!))) await search(0, rows.length);
  return missing.sort((a, b) => a - b);
}
