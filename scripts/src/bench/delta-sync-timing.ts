// How long the build's content sync takes, full (every entry of every collection) against delta
// (SITE_CONTENT_SYNC=delta: what changed since the previous sync, site/src/lib/cms/delta-sync.ts)
// after one article is edited and published. A fresh CMS with N synthetic articles (step 1 of the
// bench), the site's own sync code, all collections at once as Astro runs its loaders, stores in
// memory. Prints the medians of 3 runs each and the requests they made.
//
//   node scripts/src/bench/delta-sync-timing.ts --n 2000
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SITE_DIR } from '../lib/paths.ts';
import { bootFreshCms, compileCms } from './fresh-cms.ts';
import { generateContent } from './generate.ts';
import { createProgress } from './progress.ts';
import { loadSiteCms } from './site-modules.ts';

process.removeAllListeners('warning');
const n = Number(process.argv[process.argv.indexOf('--n') + 1] ?? 2000) || 2000;
const progress = createProgress();

type Entry = { id: string; data: Record<string, unknown>; digest?: string | number };
class MemoryStore {
  map = new Map<string, Entry>();
  set = (e: Entry) => this.map.set(e.id, e);
  delete = (id: string) => void this.map.delete(id);
  clear = () => this.map.clear();
  keys = () => [...this.map.keys()];
  entries = () => [...this.map.entries()];
}
class MemoryMeta {
  map = new Map<string, string>();
  get = (k: string) => this.map.get(k);
  set = (k: string, v: string) => void this.map.set(k, v);
  delete = (k: string) => void this.map.delete(k);
}
interface DeltaModule {
  syncCollection(args: Record<string, unknown>): Promise<{ how: string; read: number; removed: number }>;
}

progress.step('Biên dịch và khởi động CMS mới (SQLite)');
await compileCms();
const cms = await bootFreshCms('sqlite', { CRON_ENABLED: 'false' });
cms.strapi.log.level = 'warn';
try {
  progress.step(`Tạo ${n} tin bài tổng hợp`);
  const gen = await generateContent(cms, { articles: n, images: 10, seed: 1 }, progress);
  process.env.CMS_URL ??= cms.url;
  const site = await loadSiteCms();
  const delta = (await import(pathToFileURL(path.join(SITE_DIR, 'src', 'lib', 'cms', 'delta-sync.ts')).href)) as DeltaModule;
  const config = { url: cms.url, token: cms.buildToken };
  const stores = new Map(Object.keys(site.COLLECTIONS).map((name) => [name, { store: new MemoryStore(), meta: new MemoryMeta() }]));
  let requests = 0;
  const original = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    requests++;
    return original(input, init).catch((e: Error) => {
      console.error('fetch:', String(input), e.cause);
      throw e;
    });
  };
  const syncAll = async (mode: 'full' | 'delta') => {
    requests = 0;
    const started = performance.now();
    const results = await Promise.all(
      Object.entries(site.COLLECTIONS).map(async ([name, collection]) => {
        const { store, meta } = stores.get(name)!;
        const r = await delta.syncCollection({
          collection,
          store,
          meta,
          logger: { info() {}, warn() {} },
          generateDigest: () => '',
          config,
          mode,
        });
        return `${name}:${r.how}/${r.read}`;
      }),
    );
    return { ms: performance.now() - started, requests, results };
  };
  // Past the sync margin (30 s) after the generator's last write, as a publish minutes later is.
  progress.step('Chờ 31 s qua khoảng an toàn của mốc đồng bộ');
  await new Promise((r) => setTimeout(r, 31_000));
  // The harness's Strapi has the document service; FreshCms types only what the bench uses.
  const strapi = cms.strapi as unknown as {
    documents(uid: string): { update(p: unknown): Promise<unknown>; publish(p: unknown): Promise<unknown> };
  };
  const articles = strapi.documents('api::article.article');
  const fulls: number[] = [];
  const deltas: number[] = [];
  for (let round = 1; round <= 3; round++) {
    const full = await syncAll('full');
    fulls.push(full.ms);
    progress.note(`đầy đủ: ${full.ms.toFixed(0)} ms, ${full.requests} yêu cầu`);
    await articles.update({ documentId: gen.sample.articleDocumentId, data: { kicker: `Sửa lần ${round}` } });
    await articles.publish({ documentId: gen.sample.articleDocumentId });
    const d = await syncAll('delta');
    deltas.push(d.ms);
    progress.note(`phần thay đổi: ${d.ms.toFixed(0)} ms, ${d.requests} yêu cầu (${d.results.join(' ')})`);
  }
  globalThis.fetch = original;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!.toFixed(0);
  console.log(
    `\n${gen.published.articles} tin bài: đồng bộ đầy đủ ${median(fulls)} ms, phần thay đổi sau một lần sửa ${median(deltas)} ms (trung vị 3 lần)`,
  );
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await cms.stop();
  process.exit();
}
