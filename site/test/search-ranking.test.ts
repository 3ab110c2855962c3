// Ranking against a real Pagefind index, searched in Chromium by the search page's own script:
// records are indexed with the site's own code (record-html.ts, write-index.ts), search.ts is
// bundled with esbuild into a page with the same form, and the order of the results is read from
// the page. Each ambiguous pair has the "wrong" page made more relevant to the folded query (its
// word in the title, repeated, newer), so only the tones or the phrase can put the right one first.
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchKind, SearchRecord } from '../src/lib/search/record-html';
import { writeSearchIndex } from '../src/lib/search/write-index';
import { serveStatic } from '../../scripts/src/lib/static-server.ts';
import { launchChromium } from './build/served-site';

const SITE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const HARNESS = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tìm kiếm</title></head><body>
<form data-search-form action="/" method="get"><input name="q" type="search"><select name="loai"><option value="">Tất cả</option></select>
<select name="chuyen-muc"><option value="">Tất cả</option></select><select name="nam"><option value="">Tất cả</option></select><button>Tìm</button></form>
<p data-search-status></p><ol data-search-results></ol><button type="button" hidden data-search-more>Xem thêm</button>
<script type="module" src="/search.js"></script></body></html>`;

/** Filler that shares no word with any query below, so pages differ only where the test says. */
const FILLER = 'Ban biên tập giới thiệu cùng bạn đọc thông tin trong tuần qua tại địa phương.';

function record(slug: string, kind: SearchKind, title: string, body: string, date: string | null): SearchRecord {
  return {
    url: `/${kind}/${slug}/`,
    kind,
    title,
    date,
    categories: [],
    excerpt: title,
    body: `${body} ${FILLER}`,
    documentNumbers: [],
  };
}

const RECORDS: SearchRecord[] = [
  // Đảng (the Party) / đang (currently)
  record('hop-chi-bo', 'tin-bai', 'Kỳ họp chi bộ thôn Đông', 'Chi bộ họp bàn công việc của Đảng.', '2019-05-02T08:00'),
  record(
    'cong-trinh-dang-lam',
    'tin-bai',
    'Công trình đang làm, đang chờ nghiệm thu',
    'Nhà văn hóa đang được xây, đang hoàn thiện.',
    '2024-03-01T08:00',
  ),
  // Hội (meeting) / hồi (memoir, moment)
  record('tong-ket-nam', 'tin-bai', 'Tổng kết năm của thôn Bắc', 'Hội nghị tổng kết được tổ chức long trọng.', '2018-12-20T08:00'),
  record('hoi-ky-chien-si', 'van-ban', 'Hồi ký chiến sĩ, hồi ức một thời', 'Cuốn hồi ký kể lại những hồi gian khó.', '2023-07-27T00:00'),
  // chính sách (policy) / chinh … sạch (conquer … clean)
  record('an-sinh', 'trang', 'An sinh cho người dân', 'Thực hiện tốt chính sách an sinh cho người dân.', null),
  record(
    'chinh-phuc-duong-sach',
    'thu-vien-anh',
    'Chinh phục cung đường sạch, chinh phục ước mơ',
    'Đường làng sạch sẽ, sạch đẹp.',
    '2025-01-15T08:00',
  ),
  // kiểm tra giám sát as a phrase / the same words far apart, and more often
  record(
    'cong-tac-kiem-tra',
    'tin-bai',
    'Chuyên đề năm 2016',
    'Ủy ban làm tốt công tác kiểm tra giám sát trong toàn ngành.',
    '2016-04-10T08:00',
  ),
  record(
    'giam-doc-kiem-ke',
    'tin-bai',
    'Giám đốc kiểm kê kho, tra cứu hồ sơ, sát sao giám định',
    'Giám đốc kiểm đếm hàng; tra soát lại; sát cánh cùng kiểm toán; tra lại; giám định.',
    '2025-06-01T08:00',
  ),
];

describe('search ranking on a real index, in Chromium', () => {
  let dir: string;
  let server: http.Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-search-ranking-'));
    // In shards of three records, joined (merge-shards.ts), as the full build indexes a large site:
    // the browser must rank on the joined index as on Pagefind's own (the site-build suite has that).
    await writeSearchIndex(RECORDS, path.join(dir, 'pagefind'), undefined, 3);
    await build({
      stdin: { contents: `import { setupSearch } from './src/scripts/search.ts'; setupSearch();`, resolveDir: SITE, loader: 'ts' },
      bundle: true,
      format: 'esm',
      outfile: path.join(dir, 'search.js'),
      define: { 'import.meta.env.BASE_URL': '"/"' },
      logLevel: 'error',
    });
    fs.writeFileSync(path.join(dir, 'index.html'), HARNESS);
    server = await serveStatic(dir, 0, '127.0.0.1');
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The result addresses for a query, in the order the page shows them. */
  async function search(q: string): Promise<string[]> {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}/?q=${encodeURIComponent(q)}`);
      await page.waitForSelector('[data-search-status][data-state]:not([data-state="loading"])', { timeout: 30_000 });
      return await page.$$eval('[data-search-results] h2 a', (links) => links.map((a) => a.getAttribute('href')!));
    } finally {
      await page.close();
    }
  }

  const slug = (url: string | undefined) => url?.split('/')[2];

  it.each([
    ['Đảng', 'hop-chi-bo', 'cong-trinh-dang-lam'],
    ['ĐẢNG', 'hop-chi-bo', 'cong-trinh-dang-lam'],
    ['đang', 'cong-trinh-dang-lam', 'hop-chi-bo'],
    ['Hội', 'tong-ket-nam', 'hoi-ky-chien-si'],
    ['hồi', 'hoi-ky-chien-si', 'tong-ket-nam'],
    ['chính sách', 'an-sinh', 'chinh-phuc-duong-sach'],
  ])('with tones, %j puts the page with those tones first and still finds the other', async (q, first, second) => {
    const urls = await search(q);
    expect(urls.map(slug)).toEqual([first, second]);
  });

  it('without tones, ranks the folded matches by relevance and freshness alone', async () => {
    // The "wrong" pages of each pair are newer and more relevant to the folded words.
    expect((await search('dang')).map(slug)[0]).toBe('cong-trinh-dang-lam');
    expect((await search('hoi')).map(slug)[0]).toBe('hoi-ky-chien-si');
    expect((await search('chinh')).map(slug)[0]).toBe('chinh-phuc-duong-sach');
  });

  it('puts the phrase above the same words far apart, with or without tones', async () => {
    for (const q of ['kiem tra giam sat', 'kiểm tra giám sát']) {
      const urls = await search(q);
      expect(urls.map(slug), q).toEqual(['cong-tac-kiem-tra', 'giam-doc-kiem-ke']);
    }
    // The same words in an order no page has: the scattered page is the better match, it has
    // every word more often.
    expect((await search('sat giam tra kiem')).map(slug)).toEqual(['giam-doc-kiem-ke', 'cong-tac-kiem-tra']);
  });

  it('ranks a tone typed wrong like no tone at all, and finds nothing for a toned word nowhere', async () => {
    // "dảng" is no word: no page has it, so the order is the folded one.
    expect(await search('dảng')).toEqual(await search('dang'));
    const none = await search('Đảngxyz');
    expect(none).toEqual([]);
  });
});
