// `npm run bench -- import`: the importer at archive scale (issue 17, item 5). N synthetic saved
// pages (a wget mirror made from the seeds' text, each with a photo from a shared pool) are imported
// into a fresh CMS by `npm run import`'s own script, run as the operator runs it; the time and the
// peak memory of the importer and of the CMS are printed, and the run again with nothing to change.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { ROOT } from '../lib/paths.ts';
import { bootFreshCms, compileCms, type FreshCms } from './fresh-cms.ts';
import { sampleTreeRss } from './process-tree.ts';
import type { Progress } from './progress.ts';
import { createRandom } from './random.ts';

export const IMPORT_USAGE = `npm run bench -- import [--n 10000] [--photos 200] [--db sqlite|postgres] [--concurrency 4] [--again] [--keep]

  --n       số trang HTML tổng hợp (mặc định 10000)
  --photos  số ảnh khác nhau dùng chung cho các trang (mặc định 200; mỗi trang một ảnh)
  --db      CMS mới trên SQLite (mặc định) hoặc PostgreSQL
  --concurrency  số trang nhập cùng lúc, chuyển cho npm run import (mặc định 4)
  --again   chạy nhập lần hai (không có gì thay đổi) và đo luôn
  --keep    giữ thư mục tạm (các trang, CSDL) để xem lại`;

interface ImportBenchOptions {
  pages: number;
  photos: number;
  db: 'sqlite' | 'postgres';
  concurrency: number;
  again: boolean;
  keep: boolean;
}

export function parseImportArgs(argv: string[]): ImportBenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      n: { type: 'string', default: '10000' },
      photos: { type: 'string', default: '200' },
      db: { type: 'string', default: 'sqlite' },
      concurrency: { type: 'string', default: '4' },
      again: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const int = (raw: string, name: string) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} phải là số nguyên dương, nhận được "${raw}"\n\n${IMPORT_USAGE}`);
    return n;
  };
  if (values.db !== 'sqlite' && values.db !== 'postgres') throw new Error(`--db phải là sqlite hoặc postgres\n\n${IMPORT_USAGE}`);
  return {
    pages: int(values.n, 'n'),
    photos: int(values.photos, 'photos'),
    db: values.db,
    concurrency: int(values.concurrency, 'concurrency'),
    again: values.again,
    keep: values.keep,
  };
}

const SEEDS = path.join(ROOT, 'scripts', 'test', 'fixtures', 'seeds');
const TOKEN = `bench-nhap-${Math.random().toString(36).slice(2)}0123456789abcdef`;
const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');

/** The seeds' paragraphs: long lines of real text to compose pages from. */
function seedParagraphs(): string[] {
  return fs
    .readdirSync(SEEDS)
    .flatMap((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8').split('\n'))
    .map((l) => l.trim().replace(/\u00D0/gu, 'Đ'))
    .filter((l) => l.length > 120);
}

/** Writes the mirror: <dir>/cu.dangbo.vn/tin-tuc/bai-NNNNN.html and the shared photos. */
async function writeSite(dir: string, options: ImportBenchOptions): Promise<void> {
  const host = path.join(dir, 'cu.dangbo.vn');
  fs.mkdirSync(path.join(host, 'tin-tuc'), { recursive: true });
  fs.mkdirSync(path.join(host, 'images'), { recursive: true });
  for (let i = 0; i < options.photos; i++) {
    const jpeg = await sharp({
      create: { width: 640, height: 400, channels: 3, background: { r: (i * 37) % 256, g: (i * 91) % 256, b: i % 256 } },
    })
      .jpeg({ quality: 70 })
      .toBuffer();
    fs.writeFileSync(path.join(host, 'images', `anh-${i}.jpg`), jpeg);
  }
  const paragraphs = seedParagraphs();
  const random = createRandom(17);
  const pick = <T>(list: T[]) => random.pick(list);
  const start = Date.UTC(2012, 0, 1);
  for (let i = 1; i <= options.pages; i++) {
    // One article every ~12 hours back from 2012, at a whole minute in Vietnam time.
    const at = new Date(start + i * 43_200_000 + random.int(0, 600) * 60_000);
    const vn = new Date(at.getTime() + 7 * 3_600_000);
    const p2 = (n: number) => String(n).padStart(2, '0');
    const dateLine = `${WEEKDAYS[vn.getUTCDay()]}, ${p2(vn.getUTCDate())}/${p2(vn.getUTCMonth() + 1)}/${vn.getUTCFullYear()} ${p2(vn.getUTCHours())}:${p2(vn.getUTCMinutes())}`;
    const body = Array.from({ length: random.int(4, 8) }, () => `<p>${escape(pick(paragraphs))}</p>`);
    body.splice(
      1,
      0,
      `<figure><img src="../images/anh-${i % options.photos}.jpg" alt=""><figcaption>Ảnh minh họa số ${i}</figcaption></figure>`,
    );
    const title = `${pick(paragraphs).split(/[,.;]/u)[0]!.slice(0, 120)} (bài ${i})`;
    fs.writeFileSync(
      path.join(host, 'tin-tuc', `bai-${String(i).padStart(5, '0')}.html`),
      `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>
<div class="detail"><h1 class="tieu-de">${escape(title)}</h1><div class="ngay">${dateLine}</div>
<span class="luot-xem">Lượt xem: ${random.int(0, 20_000)}</span><div class="chuyen-muc">Hoạt động</div>
<p class="sapo">${escape(pick(paragraphs).slice(0, 300))}</p><div class="noi-dung">${body.join('\n')}</div>
<p class="tac-gia">${pick(['Minh Thùy', 'Lỳ Lỳ Xá', 'Nguyễn Văn An', 'Trần Thị Bình'])}</p><p class="chuc-vu">Phóng viên</p></div></body></html>`,
    );
  }
  fs.writeFileSync(
    path.join(dir, 'profile.json'),
    JSON.stringify({
      title: '.tieu-de',
      dateLine: '.ngay',
      viewCount: '.luot-xem',
      category: '.chuyen-muc',
      summary: '.sapo',
      body: '.noi-dung',
      byline: '.tac-gia',
      bylinePosition: '.chuc-vu',
      captions: 'figcaption',
    }),
  );
}

interface ImportRun {
  ms: number;
  peakImporterBytes: number;
  peakCmsBytes: number;
  tallies: Record<string, number>;
}

/** One `node scripts/src/import.ts` as the operator runs it; its output goes to a log file. */
async function runImport(
  cms: FreshCms,
  dir: string,
  categories: string,
  log: string,
  progress: Progress,
  options: ImportBenchOptions,
): Promise<ImportRun> {
  const total = options.pages;
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'scripts', 'src', 'import.ts'),
      path.join(dir, 'site'),
      '--profile',
      path.join(dir, 'site', 'profile.json'),
      '--categories',
      categories,
      '--report',
      path.join(dir, 'bao-cao.tsv'),
      '--concurrency',
      String(options.concurrency),
    ],
    { env: { ...process.env, CMS_URL: cms.url, CMS_IMPORT_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const out = fs.createWriteStream(log);
  let tail = '';
  let done = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    out.write(text);
    tail = (tail + text).slice(-4000);
    // The import prints "[i/N] ..." per page: the last one in this chunk is how far it got.
    for (const m of text.matchAll(/^\[(\d+)\/\d+\]/gmu)) done = Number(m[1]);
    progress.tick('trang đã nhập', done, total);
  });
  child.stderr.on('data', (chunk: Buffer) => out.write(chunk));
  const importer = sampleTreeRss(child.pid!);
  // The CMS runs in this process: its peak is this process's.
  let peakCms = 0;
  const cmsSampler = setInterval(() => (peakCms = Math.max(peakCms, process.memoryUsage.rss())), 250);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(cmsSampler);
  out.end();
  const { peakBytes } = importer.stop();
  if (code !== 0) throw new Error(`npm run import thất bại (mã ${code}); xem ${log}:\n${tail}`);
  const tallies: Record<string, number> = {};
  for (const m of tail.matchAll(/\| ([^|]+?)\s+\|\s+(\d+) \|/gu)) tallies[m[1]!] = Number(m[2]);
  return { ms: Date.now() - started, peakImporterBytes: peakBytes, peakCmsBytes: peakCms, tallies };
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

export async function runImportBench(options: ImportBenchOptions, progress: Progress): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-bench-nhap-'));
  let cms: FreshCms | null = null;
  try {
    progress.step(`Tạo ${options.pages} trang HTML tổng hợp và ${options.photos} ảnh (${work})`);
    const genStart = Date.now();
    await writeSite(path.join(work, 'site'), options);
    const siteBytes = Number(execFileSync('du', ['-sb', path.join(work, 'site')], { encoding: 'utf8' }).split('\t')[0]);
    progress.note(`xong sau ${((Date.now() - genStart) / 1000).toFixed(1)} s, ${mb(siteBytes)}`);

    progress.step(`Khởi động CMS mới trên ${options.db}`);
    await compileCms();
    cms = await bootFreshCms(options.db, { CMS_IMPORT_TOKEN: TOKEN, CRON_ENABLED: 'false' });
    cms.strapi.log.level = 'warn';
    const [category] = await cms.strapi.db.query('api::category.category').findMany({ select: ['slug'] });
    const categories = path.join(work, 'chuyen-muc.tsv');
    fs.writeFileSync(categories, `*\t${String(category?.slug)}\n`);

    progress.step(`Nhập ${options.pages} trang (npm run import)`);
    const first = await runImport(cms, work, categories, path.join(work, 'nhap-1.log'), progress, options);
    const runs: [string, ImportRun][] = [['lần 1', first]];
    if (options.again) {
      progress.step('Nhập lại (không có gì thay đổi)');
      runs.push(['lần 2', await runImport(cms, work, categories, path.join(work, 'nhap-2.log'), progress, options)]);
    }
    const rows = runs.map(([label, r]) => {
      const created = r.tallies['Tạo mới'] ?? 0;
      return `| ${label} | ${options.pages} | ${(r.ms / 1000).toFixed(1)} s | ${(options.pages / (r.ms / 1000)).toFixed(1)} | ${created} | ${r.tallies['Không đổi'] ?? 0} | ${r.tallies['Từ chối'] ?? 0} | ${r.tallies['Ảnh tải lên'] ?? 0} | ${mb(r.peakImporterBytes)} | ${mb(r.peakCmsBytes)} |`;
    });
    console.log(
      [
        '',
        `Nhập dữ liệu: ${options.pages} trang, ${options.photos} ảnh, CMS ${options.db}, ${options.concurrency} trang cùng lúc, ${os.cpus().length} lõi, Node ${process.version}`,
        '| lượt | trang | thời gian | trang/s | tạo mới | không đổi | từ chối | ảnh tải lên | đỉnh bộ nhớ trình nhập | đỉnh bộ nhớ CMS |',
        '|---|---|---|---|---|---|---|---|---|---|',
        ...rows,
      ].join('\n'),
    );
  } finally {
    await cms?.stop({ keep: options.keep }).catch((e: Error) => progress.note(`không dừng được CMS: ${e.message}`));
    if (options.keep) progress.note(`Thư mục tạm giữ lại: ${work}${cms ? `; CSDL: ${cms.database}` : ''}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}
