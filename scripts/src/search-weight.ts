// How much a reader downloads for a first search, at the sample site's size and at 10,000 articles.
//
//   node scripts/src/search-weight.ts [articles=10000]
//
// No Strapi and no Astro build: synthetic articles are generated from the sample content (a
// word-pair chain over the seed articles, pages and documents, so common words are as common as in
// real Party news, plus made-up names and numbers that keep growing the vocabulary), indexed with
// the site's own code (site/src/lib/search/record-html.ts and write-index.ts), and searched in
// Debian's Chromium by the search page's own script (site/src/scripts/search.ts, bundled with
// esbuild into a page that has the same form). Each query runs in a fresh browser context, as a
// reader's first search; the static server counts every byte it sends. Pagefind's index files are
// gzip-compressed already; "gzip" adds what a server that compresses JavaScript would save.
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { articles as seedArticles } from '../../cms/src/seed/data/articles.ts';
import { documents as seedDocuments } from '../../cms/src/seed/data/documents.ts';
import { pages as seedPages } from '../../cms/src/seed/data/pages.ts';
import type { SearchRecord } from '../../site/src/lib/search/record-html.ts';
import { writeSearchIndex } from '../../site/src/lib/search/write-index.ts';
import { serveStatic } from './lib/static-server.ts';
import { onResponseBytes } from './lib/response-bytes.ts';
import { scriptEnv } from './lib/settings.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = scriptEnv().CHROMIUM_PATH;
const QUERIES = ['dang bo', 'Đảng bộ khối', 'nghi quyet 35', '35-NQ/TW', 'lich su truyen thong', 'hoi nghi ban chap hanh', 'xyzkhongcotu'];
const CATEGORIES = [
  'tin-tuc-su-kien',
  'hoat-dong-dang-bo-khoi',
  'tin-co-so',
  'cong-tac-tuyen-giao',
  'cong-tac-kiem-tra-giam-sat',
  'cong-tac-to-chuc-xay-dung-dang',
  'dai-hoi-dang',
  'hoc-tap-lam-theo-bac',
  'cong-doan-doan-thanh-nien',
  'van-hoa-xa-hoi',
];
const DOC_KINDS = ['NQ', 'CT', 'QĐi', 'QĐ', 'KL', 'HD', 'KH', 'BC', 'TB'];
const DOC_ISSUERS = ['TW', 'TU', 'ĐUK', 'BCĐ'];

/** Deterministic: the same numbers every run. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A word-pair chain over the sample text: next word given the previous one. */
function chainFrom(texts: string[]) {
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const text of texts) {
    for (const sentence of text.split(/[.!?\n]+/u)) {
      const words = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}/-]*/gu) ?? [];
      if (words.length < 3) continue;
      starts.push(words[0]!);
      for (let i = 0; i + 1 < words.length; i++) {
        const list = next.get(words[i]!) ?? [];
        list.push(words[i + 1]!);
        next.set(words[i]!, list);
      }
    }
  }
  return { next, starts };
}

function generator(seed: number) {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chain = chainFrom([
    ...seedArticles.flatMap((a) => [a.title, a.summary ?? '', a.body]),
    ...seedPages.map((p) => p.body),
    ...seedDocuments.flatMap((d) => [d.title ?? '', d.excerpt]),
  ]);
  const syllables = [...chain.next.keys()].filter((w) => /^\p{Lu}?\p{Ll}+$/u.test(w));
  // Names of people, places and units: new words the sample never had.
  const name = () =>
    Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(syllables))
      .map((s) => s[0]!.toUpperCase() + s.slice(1))
      .join('');
  const words = (count: number): string => {
    const out: string[] = [];
    let word = pick(chain.starts);
    while (out.length < count) {
      const r = random();
      if (r < 0.02) out.push(name());
      else if (r < 0.03) out.push(String(Math.floor(random() * 2000)));
      else if (r < 0.032) out.push(`${1 + Math.floor(random() * 300)}-${pick(DOC_KINDS)}/${pick(DOC_ISSUERS)}`);
      else out.push(word);
      const options = chain.next.get(word);
      word = options && random() < 0.9 ? pick(options) : pick(chain.starts);
    }
    return out.join(' ');
  };
  return { random, pick, words };
}

export function syntheticRecords(count: number, seed = 42): SearchRecord[] {
  const { random, pick, words } = generator(seed);
  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(start + random() * span + 7 * 3600_000).toISOString().slice(0, 16);
    const summary = words(30 + Math.floor(random() * 30));
    return {
      url: `/bai-viet/bai-viet-tong-hop-${i + 1}/`,
      kind: 'tin-bai' as const,
      title: words(8 + Math.floor(random() * 12)),
      date,
      categories: [pick(CATEGORIES)],
      excerpt: summary,
      body: `${summary}\n${words(350 + Math.floor(random() * 550))}`,
      documentNumbers: [],
    };
  });
}

const HARNESS = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tìm kiếm</title></head><body>
<form data-search-form action="/" method="get"><input name="q" type="search"><select name="loai"><option value="">Tất cả</option></select>
<select name="chuyen-muc"><option value="">Tất cả</option></select><select name="nam"><option value="">Tất cả</option></select><button>Tìm</button></form>
<p data-search-status></p><ol data-search-results></ol><button type="button" hidden data-search-more>Xem thêm</button>
<script type="module" src="/search.js"></script></body></html>`;

interface Sent {
  url: string;
  bytes: number;
  gzip: number;
}

/** Counts what the server sends, per request; `gzip` is what it would send compressing JS/JSON/HTML. */
function countBytes(server: http.Server, root: string, log: Sent[]): void {
  onResponseBytes(server, (url, bytes) => {
    const file = path.join(root, url.endsWith('/') ? `${url}index.html` : url);
    const compressible = /\.(?:js|json|html)$/u.test(file) && fs.existsSync(file);
    log.push({ url, bytes, gzip: compressible ? zlib.gzipSync(fs.readFileSync(file)).length : bytes });
  });
}

async function measure(count: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-search-weight-'));
  try {
    let started = Date.now();
    const records = syntheticRecords(count);
    const stats = await writeSearchIndex(records, path.join(dir, 'pagefind'));
    const words = records.reduce((n, r) => n + r.body.split(' ').length + r.title.split(' ').length, 0);
    console.log(
      `${count} bài viết tổng hợp, trung bình ${Math.round(words / count)} từ; chỉ mục: ${stats.files} tệp, ${(stats.bytes / 1024).toFixed(0)} KB, lập trong ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    await build({
      stdin: { contents: `import { setupSearch } from './site/src/scripts/search.ts'; setupSearch();`, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      outfile: path.join(dir, 'search.js'),
      define: { 'import.meta.env.BASE_URL': '"/"' },
      logLevel: 'error',
    });
    fs.writeFileSync(path.join(dir, 'index.html'), HARNESS);

    const server = await serveStatic(dir, 0, '127.0.0.1');
    const port = (server.address() as { port: number }).port;
    const log: Sent[] = [];
    countBytes(server, dir, log);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      console.log('\ntruy vấn đầu tiên                 kết quả   byte (gzip JS)  = JS + wasm + meta + chỉ mục + đoạn + lọc');
      for (const query of QUERIES) {
        const context = await browser.newContext();
        const page = await context.newPage();
        log.length = 0;
        started = Date.now();
        await page.goto(`http://127.0.0.1:${port}/?q=${encodeURIComponent(query)}`);
        await page.waitForSelector('[data-search-status][data-state]:not([data-state="loading"])', { timeout: 120_000 });
        const ms = Date.now() - started;
        const hits = await page.locator('[data-search-results] > li').count();
        await context.close();
        const sent = log.filter((s) => s.url !== '/');
        const sum = (f: (s: Sent) => boolean, key: 'bytes' | 'gzip' = 'bytes') => sent.filter(f).reduce((n, s) => n + s[key], 0);
        const kb = (n: number) => `${(n / 1024).toFixed(1)}`;
        console.log(
          `${query.padEnd(32)} ${String(hits).padStart(6)}   ${kb(sum(() => true)).padStart(6)} KB (${kb(sum(() => true, 'gzip'))} KB) = ` +
            [/\.js$/u, /\.pagefind$/u, /pf_meta|entry\.json/u, /pf_index/u, /pf_fragment/u, /pf_filter/u]
              .map((re) => kb(sum((s) => re.test(s.url))))
              .join(' + ') +
            `  ${ms} ms`,
        );
      }
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await measure(Number(process.argv[2] ?? 10_000));
}
