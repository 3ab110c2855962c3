// Benchmark of the busiest public endpoint, POST /api/interactions/views/:articleId, on this
// machine: a throw-away CMS (temporary SQLite file, sample content, production mode, trusting
// X-Forwarded-For) under autocannon, every request from a different simulated reader, so every
// request takes the full write path (dedup mark + counter increment). Afterwards the counter must
// have risen by exactly the number of 200 answers: speed without lost increments.
//
//   npx node scripts/src/bench-views.ts            (BENCH_CONNECTIONS=50, BENCH_REQUESTS=5000)
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCmsIfNeeded, startCms } from './lib/cms.ts';
import { ensureEnvFile, loadEnv } from './lib/env.ts';
import { BIN } from './lib/paths.ts';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const amount = Number(process.env.BENCH_REQUESTS ?? 5000);
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { average: number; p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  '2xx': number;
}

function autocannon(url: string, dir: string): Promise<AutocannonResult> {
  // The request comes from a HAR file: autocannon's -H parsing mangles "[<id>]", which
  // --idReplacement turns into a fresh random id in every request (a new reader each time).
  const har = path.join(dir, 'views.har');
  const headers = [{ name: 'X-Forwarded-For', value: '[<id>]' }, { name: 'User-Agent', value: BROWSER }];
  const entry = { request: { method: 'POST', url, httpVersion: 'HTTP/1.1', headers, queryString: [], cookies: [], headersSize: -1, bodySize: 0 } };
  fs.writeFileSync(har, JSON.stringify({ log: { version: '1.2', creator: { name: 'bench-views', version: '1' }, entries: [entry] } }));
  // The installed autocannon (a devDependency): nothing is downloaded while measuring.
  const args = ['--json', '-c', String(connections), '-a', String(amount), '--idReplacement', '--har', har, url];
  return new Promise((resolve, reject) => {
    execFile(path.join(BIN, 'autocannon'), args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const last = stdout.trim().split('\n').pop();
      if (error || !last) return reject(new Error(`autocannon thất bại: ${error?.message ?? 'không có kết quả'}\n${stderr}`));
      resolve(JSON.parse(last) as AutocannonResult);
    });
  });
}

async function json(url: string, init?: RequestInit): Promise<any> {
  const res = await fetch(url, { ...init, headers: { 'User-Agent': BROWSER, ...init?.headers } });
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: HTTP ${res.status}`);
  return res.json();
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-bench-'));
// A throw-away CMS: its own fresh secrets in the temporary folder, the project's .env untouched.
const env = loadEnv(ensureEnvFile(path.join(tmp, '.env')).file);
Object.assign(env, {
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: path.join(tmp, 'bench.db'),
  PORT: process.env.BENCH_PORT ?? '1347',
  IS_PROXIED: 'true',
  SEED_SAMPLE_CONTENT: 'true',
  CRON_ENABLED: 'false',
  REBUILD_WEBHOOK_URL: '',
  GITHUB_DISPATCH_REPO: '',
  BUILD_HOOK_URLS: '',
});

await buildCmsIfNeeded(env);
const cms = await startCms(env, { quiet: true });
try {
  // Content is read with the build's token: anonymous callers read nothing through the generic API.
  const list = await json(`${cms.url}/api/articles?pagination[pageSize]=1&fields[0]=title`, { headers: { Authorization: `Bearer ${env.STRAPI_BUILD_TOKEN}` } });
  const articleId: string = list.data[0].documentId;
  const target = `${cms.url}/api/interactions/views/${articleId}`;
  const views = async () => (await json(target)).data.views as number;
  // Two addresses must be two readers, or the CMS is not trusting X-Forwarded-For.
  for (const ip of ['192.0.2.1', '192.0.2.2']) {
    const { data } = await json(target, { method: 'POST', headers: { 'X-Forwarded-For': ip } });
    if (!data.counted) throw new Error('CMS không tin X-Forwarded-For (IS_PROXIED): không đo được nhiều bạn đọc.');
  }
  const before = await views();
  console.log(`Đo POST /api/interactions/views/:id: ${connections} kết nối, ${amount} yêu cầu, CPU ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`);
  const r = await autocannon(target, tmp);
  const rise = (await views()) - before;
  // A request the client gave up on (timeout, reset) may still have been counted by the server.
  const unanswered = r.timeouts + r.errors;
  console.log(`  yêu cầu/giây (trung bình): ${Math.round(r.requests.average)}`);
  console.log(`  độ trễ: trung bình ${r.latency.average} ms, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, tối đa ${r.latency.max} ms`);
  console.log(`  trả lời 2xx: ${r['2xx']}, khác 2xx: ${r.non2xx}, lỗi: ${r.errors}, quá hạn: ${r.timeouts}`);
  const exact = rise >= r['2xx'] && rise <= r['2xx'] + unanswered;
  console.log(`  lượt xem tăng: ${rise} (số trả lời 2xx ${r['2xx']}${unanswered ? ` + tối đa ${unanswered} yêu cầu không nhận được trả lời` : ''}: ${exact ? 'khớp' : 'SAI'})`);
  if (!exact) process.exitCode = 1;
} finally {
  await cms.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
