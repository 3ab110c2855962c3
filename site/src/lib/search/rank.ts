// Final order of results, one list whatever their kind. Pagefind ranks by folded words only: it
// cannot tell "Đảng" from "đang", nor the phrase "Đảng bộ" from "Đảng" and "bộ" far apart, and it
// leaves equally relevant results in no particular order. So, in this order:
//  1. the documents the query's number names (pinned);
//  2. the more of the query's words a result has with the tones typed (a query typed with tones);
//  3. the more of the query's adjacent word pairs it has adjacent (the phrase);
//  4. relevance and freshness together: Pagefind's score against the best one, plus a share for
//     how recent the result is among the results, so a recent article is not buried under an old
//     document of the same relevance, and a much better match still wins over a newer one.
// Pure.

export interface RankedResult {
  id: string;
  score: number;
}

export interface RankSignals {
  /** ids of the same search sorted by date, newest first (undated results are missing) */
  newestFirst: string[];
  /** ids to put first, in this order (the documents the query's number names) */
  pinned?: string[];
  /** per id, the share (0–1) of the query's toned words found with exactly those tones */
  tones?: Map<string, number>;
  /** per id, the share (0–1) of the query's adjacent word pairs found adjacent */
  phrase?: Map<string, number>;
}

/** How much freshness weighs against relevance (relevance is 1 − this). */
export const FRESHNESS_WEIGHT = 0.3;
/** Freshness of an undated result (a page such as "Giới thiệu"): neither new nor old. */
export const UNDATED_FRESHNESS = 0.5;
/** Combined scores closer than this count as equal; the newer result then comes first. */
const EPSILON = 1e-6;

export function rankResults<T extends RankedResult>(results: T[], signals: RankSignals): T[] {
  const { newestFirst, pinned = [], tones, phrase } = signals;
  const ids = new Set(results.map((r) => r.id));
  const dated = newestFirst.filter((id) => ids.has(id));
  const age = new Map(dated.map((id, i) => [id, i]));
  const freshness = (id: string) => {
    const i = age.get(id);
    if (i === undefined) return UNDATED_FRESHNESS;
    return dated.length > 1 ? 1 - i / (dated.length - 1) : 1;
  };
  const best = Math.max(0, ...results.map((r) => (Number.isFinite(r.score) ? r.score : 0)));
  const relevance = (r: T) => (best > 0 && Number.isFinite(r.score) ? r.score / best : 0);
  const combined = new Map(results.map((r) => [r.id, (1 - FRESHNESS_WEIGHT) * relevance(r) + FRESHNESS_WEIGHT * freshness(r.id)]));
  const pinRank = new Map(pinned.map((id, i) => [id, i]));
  const position = new Map(results.map((r, i) => [r.id, i]));
  const order = (id: string) => age.get(id) ?? Number.MAX_SAFE_INTEGER;
  const share = (map: Map<string, number> | undefined, id: string) => map?.get(id) ?? 0;
  return [...results].sort((a, b) => {
    const pa = pinRank.get(a.id) ?? Infinity;
    const pb = pinRank.get(b.id) ?? Infinity;
    if (pa !== pb) return pa - pb;
    const tone = share(tones, b.id) - share(tones, a.id);
    if (tone !== 0) return tone;
    const words = share(phrase, b.id) - share(phrase, a.id);
    if (words !== 0) return words;
    const score = combined.get(b.id)! - combined.get(a.id)!;
    if (Math.abs(score) > EPSILON) return score;
    return order(a.id) - order(b.id) || position.get(a.id)! - position.get(b.id)!;
  });
}
