// The browser side of a fast release's search delta (delta-changes.ts): results of the main index
// that the delta replaced or removed are dropped, and a search sorted by date is put back in date
// order. Pure apart from the `dayOf` callback; runs in the browser and in unit tests.
//
// Why the second part: Pagefind's mergeIndex concatenates the indexes' results and sorts them by
// score only, and in a sorted search each index scores its results by position (n−1 … 0). The
// merged "newest first" list is therefore interleaved by position, not by date. Each index's own
// order is still right, so the delta's results (few) are placed among the main index's by date.

export interface ScoredResult {
  id: string;
  score: number;
}

export function withoutHidden<T extends ScoredResult>(results: T[], hide: ReadonlySet<string>): T[] {
  return hide.size === 0 ? results : results.filter((r) => !hide.has(r.id));
}

/**
 * Re-merges a date-sorted (newest first) merged result list. `deltaPages` are the delta index's
 * page ids; `dayOf` gives a result's day ("2024-03-01", null when undated). Only days are compared,
 * and on the same day the delta's result goes first: it is the one published or edited last.
 * Each delta result's place is found by galloping from the top (new articles belong there, so
 * typically one or two main results are looked at), then bisecting.
 */
export async function mergeByDate<T extends ScoredResult>(
  results: T[],
  deltaPages: ReadonlySet<string>,
  dayOf: (result: T) => Promise<string | null>,
): Promise<T[]> {
  const delta = results.filter((r) => deltaPages.has(r.id));
  if (delta.length === 0) return results;
  // Within one index the score is the position, so sorting each side by score restores its order.
  const byScore = (a: T, b: T) => b.score - a.score;
  const main = results.filter((r) => !deltaPages.has(r.id)).sort(byScore);
  delta.sort(byScore);
  const days = new Map<T, Promise<string | null>>();
  const day = (r: T) => {
    let d = days.get(r);
    if (!d) days.set(r, (d = dayOf(r)));
    return d;
  };
  // Does the delta result of day `d` go before main[i]? It does when main[i] is older or of the
  // same day; undated main results come last.
  const older = async (i: number, d: string) => {
    const m = await day(main[i]!);
    return m === null || m <= d;
  };
  const places: number[] = [];
  for (const r of delta) {
    const d = await day(r);
    if (d === null) {
      places.push(main.length);
      continue;
    }
    // Smallest i with older(i): gallop 0, 1, 3, 7 … then bisect.
    let low = 0;
    let step = 1;
    let high = 0;
    while (high < main.length && !(await older(high, d))) {
      low = high + 1;
      high += step;
      step *= 2;
    }
    high = Math.min(high, main.length);
    while (low < high) {
      const mid = (low + high) >> 1;
      if (await older(mid, d)) high = mid;
      else low = mid + 1;
    }
    places.push(low);
  }
  const out: T[] = [];
  let next = 0;
  const order = delta.map((r, i) => ({ r, place: places[i]! })).sort((a, b) => a.place - b.place);
  for (const { r, place } of order) {
    while (next < place) out.push(main[next++]!);
    out.push(r);
  }
  while (next < main.length) out.push(main[next++]!);
  return out;
}
