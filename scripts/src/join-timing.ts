// Time of a full build's search index when all but one shard are kept from the last full build
// (write-index.ts, shard-bounds.ts): N synthetic articles indexed once with a cache, one edited,
// indexed again. Prints both times and the second's shards.
//
//   node scripts/src/join-timing.ts [articles=10000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSearchIndex } from '../../site/src/lib/search/write-index.ts';
import { syntheticRecords } from './search-weight.ts';

const count = Number(process.argv[2] ?? 10_000);
const records = syntheticRecords(count);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-join-timing-'));
try {
  const cache = path.join(dir, 'cache');
  let started = Date.now();
  const first = await writeSearchIndex(records, path.join(dir, 'first'), cache);
  console.log(`${count} articles, cache empty: ${((Date.now() - started) / 1000).toFixed(1)} s, ${first.shards} shards indexed`);
  const middle = Math.floor(count / 2);
  const edited = records.map((r, i) => (i === middle ? { ...r, body: `${r.body} đoạn sửa đổi` } : r));
  started = Date.now();
  const second = await writeSearchIndex(edited, path.join(dir, 'second'), cache);
  console.log(
    `one article edited: ${((Date.now() - started) / 1000).toFixed(1)} s, ${second.indexed} of ${second.shards} shards indexed again, ` +
      `Node peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
