// Final order of results. Pagefind ranks by relevance (title words weigh more than body words,
// see record-html.ts) but leaves equally relevant results in no particular order; readers expect
// the newer one first. And a query that names a document number puts that document first. Pure.

export interface RankedResult {
  id: string;
  score: number;
}

/** Scores that agree to this many significant digits count as equally relevant. */
export const SCORE_DIGITS = 3;

const bucket = (score: number) => (Number.isFinite(score) ? Number(score.toPrecision(SCORE_DIGITS)) : 0);

/**
 * @param results Pagefind's results, by relevance
 * @param newestFirst ids of the same search sorted by date, newest first (undated results may be missing)
 * @param pinned ids to put first, in this order (the documents the query's number names)
 */
export function rankResults<T extends RankedResult>(results: T[], newestFirst: string[], pinned: string[] = []): T[] {
  const age = new Map(newestFirst.map((id, i) => [id, i]));
  const pinRank = new Map(pinned.map((id, i) => [id, i]));
  const position = new Map(results.map((r, i) => [r.id, i]));
  const order = (r: T) => age.get(r.id) ?? Number.MAX_SAFE_INTEGER;
  return [...results].sort((a, b) => {
    const pa = pinRank.get(a.id) ?? Infinity;
    const pb = pinRank.get(b.id) ?? Infinity;
    if (pa !== pb) return pa - pb;
    return bucket(b.score) - bucket(a.score) || order(a) - order(b) || position.get(a.id)! - position.get(b.id)!;
  });
}
