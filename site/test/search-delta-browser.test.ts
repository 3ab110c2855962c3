// A fast release's search in Chromium: a main index written by a full build, then two fast builds
// in a row (the second from the release the first made), each writing /pagefind-delta/ with the
// site's own code (lib/search/build-search.ts); the release serves the main index with the last
// delta, searched by the search page's own script (search.ts bundled with esbuild, as in
// search-ranking.test.ts).
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/src/lib/static-server.ts';
import { buildSearch } from '../src/lib/search/build-search';
import type { DeltaChanges } from '../src/lib/search/delta-changes';
import type { SearchKind, SearchRecord } from '../src/lib/search/record-html';
import { readSearchKeys } from '../src/lib/search/search-keys';
import { launchChromium } from './build/served-site';

const SITE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const HARNESS = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tìm kiếm</title></head><body>
<form data-search-form action="/" method="get"><input name="q" type="search"><select name="loai"><option value="">Tất cả</option><option value="tin-bai">Tin bài</option></select>
<select name="chuyen-muc"><option value="">Tất cả</option></select><select name="nam"><option value="">Tất cả</option></select><button>Tìm</button></form>
<p data-search-status></p><ol data-search-results></ol><button type="button" hidden data-search-more>Xem thêm</button>
<script type="module" src="/search.js"></script></body></html>`;

const FILLER = 'Ban biên tập giới thiệu cùng bạn đọc thông tin trong tuần qua tại địa phương.';

function record(slug: string, title: string, body: string, date: string, kind: SearchKind = 'tin-bai'): SearchRecord {
  return { url: `/${kind}/${slug}/`, kind, title, date, categories: [], excerpt: title, body: `${body} ${FILLER}`, documentNumbers: [] };
}

const HOP_CHI_BO = record('hop-chi-bo', 'Kỳ họp chi bộ thôn Đông', 'Chi bộ họp bàn công việc của Đảng.', '2019-05-02T08:00');
const TONG_KET = record('tong-ket', 'Tổng kết năm của thôn Bắc', 'Hội nghị tổng kết được tổ chức long trọng.', '2018-12-20T08:00');
const CU_NHAT = record('cu-nhat', 'Trồng cây đầu xuân', 'Đoàn viên trồng cây ven đường.', '2015-01-01T08:00');
const VU_MUA = record('vu-mua', 'Vụ mùa ở xã Nam', 'Bà con thu hoạch khoai lang trên đồi.', '2020-03-01T08:00');
const VU_MUA_EDITED = { ...VU_MUA, body: `Bà con thu hoạch lúa nếp trên đồi. ${FILLER}` };
const CA_PHE = record('ca-phe', 'Quán cà phê của đoàn viên', 'Đoàn viên mở quán cà phê khởi nghiệp.', '2021-05-05T08:00');
const BAC_THANG = record('bac-thang', 'Ruộng bậc thang mùa nước đổ', 'Du khách về xem ruộng bậc thang.', '2026-11-30T08:00');
// More relevant to the folded "dang" than HOP_CHI_BO, and newer: only the tones can put it second for "Đảng".
const DANG_LAM = record(
  'cong-trinh-dang-lam',
  'Công trình đang làm, đang chờ nghiệm thu',
  'Nhà văn hóa đang được xây, đang hoàn thiện.',
  '2024-03-01T08:00',
);

/** The full build: the main index. */
const S1 = [HOP_CHI_BO, TONG_KET, CU_NHAT, VU_MUA, CA_PHE];
/** First fast build: two articles published, one edited. */
const S2 = [HOP_CHI_BO, TONG_KET, CU_NHAT, VU_MUA_EDITED, CA_PHE, BAC_THANG, DANG_LAM];
/** Second fast build, from the release of the first: one article unpublished. */
const S3 = S2.filter((r) => r !== CA_PHE);

describe('search of a fast release (main index + delta), in Chromium', () => {
  let dir: string;
  let server: http.Server;
  let browser: Browser;
  let base: string;
  let changes: DeltaChanges;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-search-delta-'));
    const out = (name: string) => {
      fs.mkdirSync(path.join(dir, name, 'client'), { recursive: true });
      return { outDir: path.join(dir, name), clientDir: path.join(dir, name, 'client') };
    };
    await buildSearch({ records: S1, reused: {}, sources: {}, ...out('full'), fastBase: null });
    await buildSearch({ records: S2, reused: {}, sources: {}, ...out('fast1'), fastBase: path.join(dir, 'full') });
    // The release the first fast build makes: the full build's client with the delta on top, and
    // the fast build's search keys.
    const release1 = out('release1');
    fs.cpSync(path.join(dir, 'full', 'client'), release1.clientDir, { recursive: true });
    fs.cpSync(path.join(dir, 'fast1', 'client'), release1.clientDir, { recursive: true });
    fs.copyFileSync(path.join(dir, 'fast1', 'search-keys.json'), path.join(release1.outDir, 'search-keys.json'));
    await buildSearch({ records: S3, reused: {}, sources: {}, ...out('fast2'), fastBase: release1.outDir });
    expect(fs.existsSync(path.join(dir, 'fast2', 'client', 'pagefind'))).toBe(false);

    const site = path.join(dir, 'site');
    fs.cpSync(path.join(dir, 'full', 'client'), site, { recursive: true });
    fs.cpSync(path.join(dir, 'fast2', 'client'), site, { recursive: true });
    changes = JSON.parse(fs.readFileSync(path.join(site, 'pagefind-delta', 'changes.json'), 'utf8')) as DeltaChanges;
    await build({
      stdin: { contents: `import { setupSearch } from './src/scripts/search.ts'; setupSearch();`, resolveDir: SITE, loader: 'ts' },
      bundle: true,
      format: 'esm',
      outfile: path.join(site, 'search.js'),
      define: { 'import.meta.env.BASE_URL': '"/"' },
      logLevel: 'error',
    });
    fs.writeFileSync(path.join(site, 'index.html'), HARNESS);
    server = await serveStatic(site, 0, '127.0.0.1');
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function search(query: string): Promise<string[]> {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}/?${query}`);
      await page.waitForSelector('[data-search-status][data-state]:not([data-state="loading"])', { timeout: 30_000 });
      expect(await page.getAttribute('[data-search-status]', 'data-state')).not.toBe('error');
      return (await page.$$eval('[data-search-results] h2 a', (links) => links.map((a) => a.getAttribute('href')!))).map(
        (url) => url.split('/')[2]!,
      );
    } finally {
      await page.close();
    }
  }
  const q = (text: string) => `q=${encodeURIComponent(text)}`;

  it('carries the first fast build forward: the delta holds every change since the full build', () => {
    expect(changes.replaced).toEqual([VU_MUA.url]);
    expect(changes.removed).toEqual([CA_PHE.url]);
    expect(changes.hide).toHaveLength(2);
    expect(changes.pages).toHaveLength(3);
    const keys = readSearchKeys(path.join(dir, 'fast2', 'search-keys.json'));
    expect(Object.keys(keys.records).sort()).toEqual(S3.map((r) => r.url).sort());
    expect(keys.main).toEqual(readSearchKeys(path.join(dir, 'full', 'search-keys.json')).main);
  });

  it('finds a newly published word', async () => {
    expect(await search(q('bậc thang'))).toEqual(['bac-thang']);
  });

  it('no longer finds an edited page by the word edited away, and finds it once by its new words', async () => {
    expect(await search(q('khoai lang'))).toEqual([]);
    expect(await search(q('lúa nếp'))).toEqual(['vu-mua']);
    expect(await search(q('vụ mùa'))).toEqual(['vu-mua']);
  });

  it('never shows an unpublished page, in a search or a listing', async () => {
    expect(await search(q('cà phê'))).toEqual([]);
    expect(await search(q('đoàn viên'))).toEqual(['cu-nhat']);
    // A listing is newest first, the delta's pages in their place among the main index's.
    expect(await search('loai=tin-bai')).toEqual(['bac-thang', 'cong-trinh-dang-lam', 'vu-mua', 'hop-chi-bo', 'tong-ket', 'cu-nhat']);
  });

  it('still ranks the page with the tones typed first, whichever index it comes from', async () => {
    expect(await search(q('Đảng'))).toEqual(['hop-chi-bo', 'cong-trinh-dang-lam']);
    expect(await search(q('đang'))).toEqual(['cong-trinh-dang-lam', 'hop-chi-bo']);
  });
});
