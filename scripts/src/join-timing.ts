// Time of a full build's search index when all but one shard are kept from the last full build
// (write-index.ts, shard-bounds.ts): N synthetic articles indexed once with a cache, one edited,
// indexed again. Prints both times; with a folder as second argument, writes the CPU profile of the
// second (Chrome DevTools opens it) and prints its top self times.
//
//   node scripts/src/join-timing.ts [articles=10000] [profile folder]
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { writeSearchIndex } from '../../site/src/lib/search/write-index.ts';
import { summariseProfiles } from './bench/cpu-profile.ts';
import { syntheticRecords } from './search-weight.ts';

const count = Number(process.argv[2] ?? 10_000);
const profileDir = process.argv[3];
const records = syntheticRecords(count);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-join-timing-'));
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
try {
  const cache = path.join(dir, 'cache');
  let started = performance.now();
  const first = await writeSearchIndex(records, path.join(dir, 'first'), cache);
  console.log(`${count} articles, cache empty: ${seconds(started)} s, ${first.shards} shards indexed`);
  const middle = Math.floor(count / 2);
  const edited = records.map((r, i) => (i === middle ? { ...r, body: `${r.body} đoạn sửa đổi` } : r));
  const session = new Session();
  if (profileDir) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  started = performance.now();
  const second = await writeSearchIndex(edited, path.join(dir, 'second'), cache);
  console.log(`one article edited: ${seconds(started)} s, ${second.indexed} of ${second.shards} shards indexed again`);
  if (profileDir) {
    const { profile } = await session.post('Profiler.stop');
    fs.mkdirSync(profileDir, { recursive: true });
    fs.writeFileSync(path.join(profileDir, 'join.cpuprofile'), JSON.stringify(profile));
    const summary = summariseProfiles(profileDir, path.resolve(import.meta.dirname, '../..'));
    for (const entry of summary.top) console.log(`${(entry.ms / 1000).toFixed(2)} s  ${entry.name}`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
