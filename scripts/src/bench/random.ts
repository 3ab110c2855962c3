// A seeded random source: the same --seed gives the same content, so two runs of the benchmark
// measure the same site and their figures can be compared.

export interface Random {
  /** uniform in [0, 1) */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  /** true with probability p */
  chance(p: number): boolean;
  /** distinct items, in random order */
  sample<T>(list: readonly T[], count: number): T[];
  /** log-normal around `median` (sigma in log space): body lengths and the like have long tails */
  logNormal(median: number, sigma: number): number;
}

export function createRandom(seed: number): Random {
  // mulberry32: tiny, fast, good enough for test content.
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (list) => list[Math.floor(next() * list.length)]!,
    chance: (p) => next() < p,
    sample(list, count) {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, count);
    },
    logNormal(median, sigma) {
      // Box-Muller
      const u = 1 - next();
      const v = next();
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      return median * Math.exp(sigma * z);
    },
  };
}
