// Benchmark of the busiest public endpoint, POST /api/interactions/views/:articleId, on this
// machine: throw-away CMS instances (sample content, production mode, trusting X-Forwarded-For)
// under autocannon, every request from a different simulated reader, so every request takes the
// full write path (dedup mark + counter increment). Afterwards the counter must have risen by
// exactly the number of 200 answers: speed without lost increments.
//
//   npx node scripts/src/bench-views.ts                          one instance on a temporary SQLite file
//   BENCH_DB=postgres npx node scripts/src/bench-views.ts        one instance on a new PostgreSQL database
//   BENCH_DB=postgres BENCH_INSTANCES=2 npx node scripts/src/bench-views.ts
//                                                                two instances on one database, rate limits in Redis
//
// BENCH_CONNECTIONS (50) and BENCH_REQUESTS (5000) are totals, split evenly across the instances;
// BENCH_PORT (1347) is the first instance's port, the next ones follow. PostgreSQL:
// TEST_PG_ADMIN_URL (postgres://postgres@127.0.0.1:5432/postgres, may create databases); Redis:
// BENCH_REDIS_URL (redis://127.0.0.1:6379). The database is dropped afterwards; the Redis keys
// (prefixed with the database's name) expire with their one-minute window.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildCmsIfNeeded, startCms } from './lib/cms.ts';
import { ensureEnvFile, loadEnv } from './lib/env.ts';
import { BIN } from './lib/paths.ts';
import { scriptEnv } from './lib/settings.ts';

const {
  BENCH_CONNECTIONS: connections,
  BENCH_REQUESTS: amount,
  BENCH_DB: db,
  BENCH_INSTANCES: count,
  BENCH_PORT: firstPort,
  TEST_PG_ADMIN_URL: PG_ADMIN_URL,
  BENCH_REDIS_URL: REDIS_URL,
} = scriptEnv();
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';

if (count > 1 && db === 'sqlite') throw new Error('Nhiều phiên bản CMS cần PostgreSQL (BENCH_DB=postgres): SQLite là một tệp của một máy.');

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { average: number; p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  '2xx': number;
}

/** The parts of the CMS's JSON answers this script reads. */
interface ArticleList {
  data: { documentId: string }[];
}
interface ViewAnswer {
  data: { views: number; counted?: boolean };
}

function autocannon(url: string, dir: string, share: { connections: number; amount: number }): Promise<AutocannonResult> {
  // The request comes from a HAR file: autocannon's -H parsing mangles "[<id>]", which
  // --idReplacement turns into a fresh random id in every request (a new reader each time).
  const har = path.join(dir, `views-${new URL(url).port}.har`);
  const headers = [
    { name: 'X-Forwarded-For', value: '[<id>]' },
    { name: 'User-Agent', value: BROWSER },
  ];
  const entry = {
    request: { method: 'POST', url, httpVersion: 'HTTP/1.1', headers, queryString: [], cookies: [], headersSize: -1, bodySize: 0 },
  };
  fs.writeFileSync(har, JSON.stringify({ log: { version: '1.2', creator: { name: 'bench-views', version: '1' }, entries: [entry] } }));
  // The installed autocannon (a devDependency): nothing is downloaded while measuring.
  const args = ['--json', '-c', String(share.connections), '-a', String(share.amount), '--idReplacement', '--har', har, url];
  return new Promise((resolve, reject) => {
    execFile(path.join(BIN, 'autocannon'), args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const last = stdout.trim().split('\n').pop();
      if (error || !last) return reject(new Error(`autocannon thất bại: ${error?.message ?? 'không có kết quả'}\n${stderr}`));
      resolve(JSON.parse(last) as AutocannonResult);
    });
  });
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { 'User-Agent': BROWSER, ...init?.headers } });
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-bench-'));
// Throw-away CMS instances: their own fresh secrets in the temporary folder, the project's .env untouched.
const env = loadEnv(ensureEnvFile(path.join(tmp, '.env')).file);
const dbName = `dbk_bench_${randomBytes(6).toString('hex')}`;
const pgUrl = Object.assign(new URL(PG_ADMIN_URL), { pathname: `/${dbName}` }).toString();
Object.assign(env, {
  DATABASE_CLIENT: db,
  DATABASE_FILENAME: path.join(tmp, 'bench.db'),
  DATABASE_URL: db === 'postgres' ? pgUrl : '',
  IS_PROXIED: 'true',
  SEED_SAMPLE_CONTENT: 'true',
  CRON_ENABLED: 'false',
  REBUILD_WEBHOOK_URL: '',
  GITHUB_DISPATCH_REPO: '',
  BUILD_HOOK_URLS: '',
  // Several instances share one budget per client through Redis, as in production.
  REDIS_URL: count > 1 ? REDIS_URL : '',
  REDIS_KEY_PREFIX: dbName,
});

if (db === 'postgres') await admin(`CREATE DATABASE ${dbName}`);
const running: Awaited<ReturnType<typeof startCms>>[] = [];
try {
  await buildCmsIfNeeded(env);
  // One after the other: the first creates the tables and seeds, the others find them ready.
  for (let i = 0; i < count; i++) {
    running.push(await startCms({ ...env, PORT: String(firstPort + i), SEED_SAMPLE_CONTENT: i === 0 ? 'true' : 'false' }, { quiet: true }));
  }
  const first = running[0]!;
  // Content is read with the build's token: anonymous callers read nothing through the generic API.
  const list = await json<ArticleList>(`${first.url}/api/articles?pagination[pageSize]=1&fields[0]=title`, {
    headers: { Authorization: `Bearer ${env.STRAPI_BUILD_TOKEN}` },
  });
  const articleId = list.data[0]!.documentId;
  const targets = running.map((cms) => `${cms.url}/api/interactions/views/${articleId}`);
  const views = async () => (await json<ViewAnswer>(targets[0]!)).data.views;
  // Two addresses must be two readers, or the CMS is not trusting X-Forwarded-For.
  for (const [i, target] of targets.entries()) {
    for (const ip of [`192.0.2.${2 * i + 1}`, `192.0.2.${2 * i + 2}`]) {
      const { data } = await json<ViewAnswer>(target, { method: 'POST', headers: { 'X-Forwarded-For': ip } });
      if (!data.counted) throw new Error('CMS không tin X-Forwarded-For (IS_PROXIED): không đo được nhiều bạn đọc.');
    }
  }
  const before = await views();
  const share = { connections: Math.ceil(connections / count), amount: Math.ceil(amount / count) };
  console.log(
    `Đo POST /api/interactions/views/:id: ${count} phiên bản CMS trên ${db === 'postgres' ? 'PostgreSQL' : 'SQLite'}${count > 1 ? ' (giới hạn tần suất trong Redis)' : ''}, ` +
      `${share.connections * count} kết nối, ${share.amount * count} yêu cầu, CPU ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
  );
  // One autocannon per instance, all at once (as a load balancer would spread them).
  const results = await Promise.all(targets.map((target) => autocannon(target, tmp, share)));
  const rise = (await views()) - before;
  const sum = (pick: (r: AutocannonResult) => number) => results.reduce((acc, r) => acc + pick(r), 0);
  const ok = sum((r) => r['2xx']);
  // A request the client gave up on (timeout, reset) may still have been counted by the server.
  const unanswered = sum((r) => r.timeouts + r.errors);
  console.log(`  yêu cầu/giây (trung bình, tổng các phiên bản): ${Math.round(sum((r) => r.requests.average))}`);
  for (const [i, r] of results.entries()) {
    console.log(
      `  phiên bản ${i + 1} — độ trễ: trung bình ${r.latency.average} ms, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, tối đa ${r.latency.max} ms`,
    );
  }
  console.log(`  trả lời 2xx: ${ok}, khác 2xx: ${sum((r) => r.non2xx)}, lỗi: ${sum((r) => r.errors)}, quá hạn: ${sum((r) => r.timeouts)}`);
  const exact = rise >= ok && rise <= ok + unanswered;
  console.log(
    `  lượt xem tăng: ${rise} (số trả lời 2xx ${ok}${unanswered ? ` + tối đa ${unanswered} yêu cầu không nhận được trả lời` : ''}: ${exact ? 'khớp' : 'SAI'})`,
  );
  if (!exact) process.exitCode = 1;
} finally {
  for (const cms of running) await cms.stop();
  if (db === 'postgres') await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  fs.rmSync(tmp, { recursive: true, force: true });
}
