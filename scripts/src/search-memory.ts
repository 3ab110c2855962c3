// Peak memory of Pagefind's process while the site's code indexes N synthetic articles (the
// records of search-weight.ts), for issue 15's memory goal.
//
//   node scripts/src/search-memory.ts [articles=10000] [records per Pagefind process=SHARD_RECORDS]
//
// (a second number as large as the first indexes in one process, as before shards: merge-shards.ts)
// Pagefind's Node API runs its binary as a child process; its peak resident size is read from
// /proc/<pid>/status (VmHWM) while it runs, next to this process's own peak. Linux only. Run it
// with MALLOC_ARENA_MAX etc. set to see what the allocator's settings change (the child inherits
// the environment).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPageIds } from '../../site/src/lib/search/page-ids.ts';
import { SHARD_RECORDS, writeSearchIndex } from '../../site/src/lib/search/write-index.ts';
import { syntheticRecords } from './search-weight.ts';

const kb = (status: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);

/** Pids of this process's children. */
function children(): number[] {
  const file = `/proc/${process.pid}/task/${process.pid}/children`;
  return fs.readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

async function measure(count: number, shardRecords: number): Promise<void> {
  const records = syntheticRecords(count);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-search-memory-'));
  let peak = 0;
  const poll = setInterval(() => {
    for (const pid of children()) {
      try {
        peak = Math.max(peak, kb(fs.readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmHWM'));
      } catch {
        // the child ended between the listing and the read
      }
    }
  }, 50);
  const started = Date.now();
  try {
    const stats = await writeSearchIndex(records, path.join(dir, 'pagefind'), undefined, shardRecords);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    // What a full build adds to note each record's Pagefind id in search-keys.json (page-ids.ts).
    const reading = Date.now();
    const ids = readPageIds(path.join(dir, 'pagefind'));
    const idsMs = Date.now() - reading;
    console.log(
      `${count} articles (${stats.shards} × Pagefind), ${stats.files} files, ${(stats.bytes / 1024 / 1024).toFixed(1)} MB; ` +
        `Pagefind peak RSS ${(peak / 1024).toFixed(0)} MB, Node peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, ` +
        `${seconds} s; page ids of ${ids.size} records read in ${idsMs} ms` +
        `${process.env['MALLOC_ARENA_MAX'] ? ` (MALLOC_ARENA_MAX=${process.env['MALLOC_ARENA_MAX']})` : ''}`,
    );
  } finally {
    clearInterval(poll);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await measure(Number(process.argv[2] ?? 10_000), Number(process.argv[3] ?? SHARD_RECORDS));
}
