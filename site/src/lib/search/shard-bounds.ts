// Where a full build's search records are cut into shards (write-index.ts), chosen so that the
// shards of the next full build are the same wherever the content did not change: each shard's
// Pagefind output is kept and reused (index-cache.ts), and a full build after a few publishes
// indexes again only the shards that hold them.
//
// Cutting every N records would not do: a new article comes first (records are newest first), so
// every later boundary would move by one and every shard change. A shard ends instead after a
// record whose address hashes to a multiple of `spread`, once it holds `min` records (content-
// defined chunking, as rsync and backup tools cut files): a boundary depends on the records around
// it, not on its position, so a record added, edited or removed changes its own shard only. A shard
// never exceeds `max` records (Pagefind's memory grows with it); a cut forced there moves with the
// records before it until the next natural cut.
import { createHash } from 'node:crypto';

export interface ShardSizes {
  min: number;
  spread: number;
  max: number;
}

/** Sizes around `target` records a shard: on average about 0.85 × target, never more than 4/3. */
export function shardSizes(target: number): ShardSizes {
  const min = Math.max(1, Math.ceil(target / 3));
  return { min, spread: Math.max(1, target - min), max: Math.max(min, Math.ceil((4 * target) / 3)) };
}

const urlHash = (url: string) => createHash('sha1').update(url).digest().readUInt32BE(0);

/** The shards of `urls` (in record order) as [start, end) ranges covering them all. */
export function shardRanges(urls: string[], { min, spread, max }: ShardSizes): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < urls.length; i++) {
    const size = i + 1 - start;
    if (size >= max || (size >= min && urlHash(urls[i]!) % spread === 0)) {
      ranges.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < urls.length) ranges.push([start, urls.length]);
  return ranges;
}
