// The delta sync's search for unpublished or deleted entries (lib/cms/missing-rows.ts): against a
// CMS stand-in holding published row ids, it must find exactly the known rows that are gone, ask
// far fewer questions than listing everything, in few round trips (each one a request through
// Strapi and its database), and refuse a CMS that holds rows it cannot explain.
import { describe, expect, it } from 'vitest';
import { CmsError } from '../src/lib/cms/client';
import { LEAF_ROWS, missingRows, type PublishedRows } from '../src/lib/cms/missing-rows';

/**
 * A CMS whose published rows are `published`, counting the questions asked and the round trips:
 * every answer comes in a later turn of the event loop, so a question asked after an answer
 * arrived is one round trip further than that answer's.
 */
function cmsWith(published: number[]) {
  const rows = [...published].sort((a, b) => a - b);
  const calls = { count: 0, list: 0 };
  const trips = { done: 0, longest: 0 };
  const answer = <T>(value: T) => {
    const trip = trips.done + 1;
    trips.longest = Math.max(trips.longest, trip);
    return new Promise<T>((resolve) =>
      setImmediate(() => {
        trips.done = Math.max(trips.done, trip);
        resolve(value);
      }),
    );
  };
  const inRange = (lo: number, hi: number) => rows.filter((r) => r >= lo && r <= hi);
  const cms: PublishedRows = {
    count: (lo, hi) => {
      calls.count++;
      return answer(inRange(lo, hi).length);
    },
    list: (lo, hi) => {
      calls.list++;
      const found = inRange(lo, hi);
      // one REST page, as the real one asks
      return answer({ ids: found.slice(0, LEAF_ROWS), total: found.length });
    },
  };
  return { cms, calls, trips };
}

/** Row ids as Strapi gives them: increasing, with gaps where drafts and older versions took ids. */
function rowIds(count: number, seed: number): number[] {
  const ids: number[] = [];
  let id = 1;
  let s = seed;
  for (let i = 0; i < count; i++) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    id += 1 + (s % 3);
    ids.push(id);
  }
  return ids;
}

describe('missing rows', () => {
  it('finds one unpublished entry among 10,000 in 3 round trips, where listing took 20 pages of 500 in a row', async () => {
    const known = rowIds(10_000, 7);
    const gone = known[6_123]!;
    const { cms, calls, trips } = cmsWith(known.filter((r) => r !== gone));
    expect(await missingRows(known, cms)).toEqual([gone]);
    // one count, 8 counts of 1,250 rows, the 3 pages (of 500) of the range that lost one
    expect(trips.longest).toBe(3);
    expect(calls).toEqual({ count: 9, list: 3 });
  });

  it('lists a collection of one page at once', async () => {
    const known = rowIds(80, 11);
    const { cms, calls, trips } = cmsWith(known.slice(1));
    expect(await missingRows(known, cms)).toEqual([known[0]]);
    expect(calls).toEqual({ count: 0, list: 1 });
    expect(trips.longest).toBe(1);
  });

  it('asks one count when nothing is gone', async () => {
    const known = rowIds(5_000, 3);
    const { cms, calls } = cmsWith(known);
    expect(await missingRows(known, cms)).toEqual([]);
    expect(calls).toEqual({ count: 1, list: 0 });
  });

  it('finds every gone row, wherever they are (first, last, a whole run, scattered), for any leaf size', async () => {
    for (const [size, leaf, seed] of [
      [1, 100, 1],
      [57, 4, 2],
      [2_000, 10, 3],
      [2_000, 100, 4],
      [999, 1, 5],
    ] as const) {
      const known = rowIds(size, seed);
      const goneIdx = new Set([0, size - 1, ...Array.from({ length: Math.min(30, size) }, (_, i) => Math.floor((i * 7919 + seed) % size))]);
      for (let i = Math.floor(size / 3); i < Math.min(size, Math.floor(size / 3) + 25); i++) goneIdx.add(i);
      const gone = known.filter((_, i) => goneIdx.has(i));
      const { cms } = cmsWith(known.filter((_, i) => !goneIdx.has(i)));
      // known rows in any order, with repeats, as the bookkeeping's maps give them
      const shuffled = [...known].reverse().concat(known.slice(0, 3));
      expect(await missingRows(shuffled, cms, leaf), `${size} rows, leaf ${leaf}`).toEqual(gone);
    }
  });

  it('refuses a CMS with published rows it does not know among the known ones (the delta sync then reads in full)', async () => {
    const known = rowIds(1_000, 9);
    // a row between known ones that no sync has seen, in the other half from two known rows gone
    const gap = known.findIndex((r, i) => i >= 500 && known[i + 1]! - r >= 2);
    const stranger = known[gap]! + 1;
    expect(known).not.toContain(stranger);
    const { cms } = cmsWith([...known.filter((r) => r !== known[10] && r !== known[20]), stranger]);
    await expect(missingRows(known, cms, 10)).rejects.toBeInstanceOf(CmsError);
  });

  it('knows nothing: asks nothing', async () => {
    const { cms, calls } = cmsWith([1, 2, 3]);
    expect(await missingRows([], cms)).toEqual([]);
    expect(calls).toEqual({ count: 0, list: 0 });
  });
});
