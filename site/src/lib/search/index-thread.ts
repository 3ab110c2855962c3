// writeSearchIndex (write-index.ts) on a worker thread of its own. A full build indexes search while
// its pages render (records-hand-off.ts), and besides Pagefind's own processes the index takes
// JavaScript time: the HTML given to Pagefind for every record (about 9 s at 10,000 articles), the
// hashes that find the shards kept from the last build, and joining the shards (merge-shards.ts).
// On Astro's thread all of that stalled the render; here it runs on the second core, and its
// memory goes when the thread ends. The thread loads this same file (Node strips its types).
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { SearchRecord } from './record-html.ts';
import { writeSearchIndex, type IndexStats } from './write-index.ts';

interface Job {
  job: 'dbk-search-index';
  records: SearchRecord[];
  outputPath: string;
  cacheDir: string | undefined;
}

type Reply = { stats: IndexStats } | { error: string };

/** writeSearchIndex(records, outputPath, cacheDir) on a worker thread. */
export function writeSearchIndexOffThread(records: SearchRecord[], outputPath: string, cacheDir?: string): Promise<IndexStats> {
  return new Promise((resolve, reject) => {
    const job: Job = { job: 'dbk-search-index', records, outputPath, cacheDir };
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    worker.once('message', (reply: Reply) => settle(() => ('stats' in reply ? resolve(reply.stats) : reject(new Error(reply.error)))));
    worker.once('error', (error) => settle(() => reject(new Error(`Luồng lập chỉ mục tìm kiếm gặp lỗi: ${error.message}`))));
    worker.once('exit', (code) => settle(() => reject(new Error(`Luồng lập chỉ mục tìm kiếm dừng (mã ${code}) trước khi xong.`))));
  });
}

const job = isMainThread ? null : (workerData as Partial<Job> | null);
if (job?.job === 'dbk-search-index') {
  const { records, outputPath, cacheDir } = job as Job;
  writeSearchIndex(records, outputPath, cacheDir).then(
    (stats) => parentPort!.postMessage({ stats } satisfies Reply),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies Reply),
  );
}
