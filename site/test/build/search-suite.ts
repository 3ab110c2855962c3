// Search on the built sample site, in Debian's Chromium: Vietnamese folding (tones, đ, the
// look-alike Ð), document numbers, the history page, "no result", drafts, filters, highlighting,
// the weight of a first search, pages that must not load the index, and the page without
// JavaScript. Only the static files are served: no CMS is reachable from the browser.
import fs from 'node:fs';
import type http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './served-site';
import { exactQuery } from '../../src/lib/search/exact-tokens';
import { serveStatic } from '../../../scripts/src/lib/static-server.ts';
import { freePort } from '../../../cms/test/harness';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const HISTORY = '/trang/lich-su-truyen-thong/';
const DRAFT_WORD = 'xyzbanthaoquyetdinh';
const NOWHERE = 'qwxzkhongcotunaytrongbai';
/** Spellings that must give the same results: case, the look-alike Ð, NFD; tones or none. */
const SPELLINGS: [string, string][] = [
  ['Đảng bộ', 'ĐẢNG BỘ'],
  ['Đảng bộ', '\u00D0ẢNG BỘ'],
  ['Đảng bộ', 'Đảng bộ'.normalize('NFD')],
  ['dang bo', 'DANG BO'],
];
/**
 * Goal of the search issue for a first query: bytes over the network, the page itself excluded,
 * JavaScript gzip-compressed as the README's nginx and Caddy configurations send it (Pagefind's
 * own files are compressed already).
 */
const FIRST_QUERY_BUDGET = 150 * 1024;

interface Sent {
  path: string;
  bytes: number;
}

interface Outcome {
  state: string;
  status: string;
  urls: string[];
  kinds: string[];
  dates: string[];
  firstTitleHtml: string;
  marks: string[];
}

/** The page of the published document with this number, found in the built site. */
function documentPage(dir: string, number: string): string {
  const root = path.join(dir, 'van-ban');
  for (const slug of fs.readdirSync(root)) {
    const file = path.join(root, slug, 'index.html');
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(`<dd>${number}</dd>`)) return `/van-ban/${slug}/`;
  }
  throw new Error(`no page for ${number}`);
}

export function defineSearchTests(outDir: () => string): void {
  describe('search in the browser', () => {
    let browser: Browser;
    let server: http.Server;
    let base: string;
    const sent: Sent[] = [];

    beforeAll(async () => {
      const port = await freePort();
      server = await serveStatic(outDir(), port, '127.0.0.1');
      // Count the bytes of every response, as they leave the server.
      server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
        let bytes = 0;
        const size = (c: unknown) => (typeof c === 'string' || c instanceof Uint8Array ? Buffer.byteLength(c) : 0);
        const write = res.write.bind(res) as (...a: unknown[]) => boolean;
        const end = res.end.bind(res) as (...a: unknown[]) => http.ServerResponse;
        res.write = ((c: unknown, ...rest: unknown[]) => ((bytes += size(c)), write(c, ...rest))) as typeof res.write;
        res.end = ((c?: unknown, ...rest: unknown[]) => {
          bytes += size(c);
          sent.push({ path: (req.url ?? '/').replace(/\?.*$/u, ''), bytes });
          return end(c, ...rest);
        }) as typeof res.end;
      });
      base = `http://127.0.0.1:${port}`;
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      server?.close();
    });

    /** A fresh context (empty cache) that can reach nothing but the static site. */
    async function freshPage(options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
      const context = await browser.newContext(options);
      await context.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
      return { context, page: await context.newPage() };
    }

    async function settled(page: Page): Promise<Outcome> {
      await page.waitForSelector('[data-search-status][data-state]:not([data-state="loading"])', { timeout: 30_000 });
      return page.evaluate(() => {
        const hits = [...document.querySelectorAll('[data-search-results] > li')];
        return {
          state: document.querySelector<HTMLElement>('[data-search-status]')!.dataset['state'] ?? '',
          status: document.querySelector('[data-search-status]')!.textContent ?? '',
          urls: hits.map((li) => li.querySelector('h2 a')!.getAttribute('href')!),
          kinds: hits.map((li) => li.querySelector('.search-hit-kind')?.textContent ?? ''),
          dates: hits.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? ''),
          firstTitleHtml: hits[0]?.querySelector('h2 a')?.innerHTML ?? '',
          marks: [...document.querySelectorAll('[data-search-results] mark')].map((m) => m.textContent ?? ''),
        };
      });
    }

    async function search(params: Record<string, string>): Promise<Outcome> {
      const { context, page } = await freshPage();
      await page.goto(`${base}/tim-kiem/?${new URLSearchParams(params)}`);
      const outcome = await settled(page);
      await context.close();
      return outcome;
    }

    it.each(SPELLINGS)('finds for %j the same first results as for %j', async (as, q) => {
      const reference = await search({ q: as });
      expect(reference.state).toBe('done');
      expect(reference.urls.length).toBeGreaterThanOrEqual(5);
      const outcome = await search({ q });
      expect(outcome.state).toBe('done');
      expect(outcome.urls.slice(0, 5)).toEqual(reference.urls.slice(0, 5));
      expect(outcome.marks.join(' ').toLowerCase()).toContain('đảng bộ');
    });

    it('ranks kinds together: "dang bo" has an article near the top', async () => {
      const outcome = await search({ q: 'dang bo' });
      expect(outcome.kinds.slice(0, 2)).toContain('Tin bài');
      expect(new Set(outcome.kinds).size).toBeGreaterThan(1);
    });

    it.each(['Đảng bộ', 'đang', 'Hội nghị'])('with tones, %j puts first the pages that have its words as typed', async (q) => {
      const outcome = await search({ q });
      expect(outcome.state).toBe('done');
      // What Pagefind holds for each page (its fragment): the toned words it has (exact-tokens.ts).
      const dir = path.join(outDir(), 'pagefind', 'fragment');
      const content = new Map<string, string>();
      for (const f of fs.readdirSync(dir)) {
        const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8');
        const data = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
        content.set(data.url, ` ${data.content} `);
      }
      const toned = exactQuery(q, 12).toned;
      expect(toned.length).toBeGreaterThan(0);
      const exact = outcome.urls.map((url) => toned.every((t) => content.get(url)!.includes(` ${t} `)));
      expect(exact[0], outcome.urls[0]).toBe(true);
      // Folded matches still come, after every exact one.
      const firstFolded = exact.indexOf(false);
      if (firstFolded >= 0) expect(exact.slice(firstFolded).includes(true), outcome.urls.join(' ')).toBe(false);
    });

    it.each([
      [390, 'dang bo'],
      [1280, 'dang bo'],
      [1280, 'Đảng bộ'],
      [390, NOWHERE],
      [1280, ''],
    ])('does not move while it searches (CLS 0) at %i px for %j', async (width, q) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      await context.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
      const page = await context.newPage();
      // The reader's day is the build's: a page older than today redraws its anniversary banner
      // (scripts/banner.ts), a shift of every page that is no concern of search.
      const today = /"today":"(\d{4}-\d{2}-\d{2})"/u.exec(fs.readFileSync(path.join(outDir(), 'tim-kiem', 'index.html'), 'utf8'))![1]!;
      await page.clock.setFixedTime(new Date(`${today}T09:00:00+07:00`));
      await page.addInitScript(() => {
        const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
        w.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node | null }[];
          }[]) {
            if (entry.hadRecentInput) continue;
            const sources = (entry.sources ?? []).map((s) => {
              const el = s.node instanceof Element ? s.node : s.node?.parentElement;
              return el ? `${el.tagName.toLowerCase()}.${el.className}` : '?';
            });
            w.__shifts.push({ value: entry.value, sources });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${base}/tim-kiem/${q ? `?q=${encodeURIComponent(q)}` : ''}`);
      const outcome = await settled(page);
      expect(outcome.state).toBe(q === '' ? 'prompt' : q === NOWHERE ? 'none' : 'done');
      // Layout shifts are reported after the frame that drew them: let two more frames pass.
      const shifts = await page.evaluate(
        () =>
          new Promise<{ value: number; sources: string[] }[]>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve((window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts)),
            ),
          ),
      );
      expect(shifts).toEqual([]);
      // The listing links are there once the search is done, results or not.
      await expect(page.locator('main a[href="/van-ban/"]').first().isVisible()).resolves.toBe(true);
      await context.close();
    });

    it.each(['nghi quyet 35', '35-NQ/TW', '35 NQ TW', 'nq 35', 'Nghị quyết số 35-NQ/TW'])(
      'puts document 35-NQ/TW first for %j',
      async (q) => {
        const outcome = await search({ q });
        expect(outcome.urls[0]).toBe(documentPage(outDir(), '35-NQ/TW'));
        expect(outcome.kinds[0]).toBe('Văn bản');
      },
    );

    it('keeps QĐi symbols whole and marks the number in the title', async () => {
      for (const q of ['08-QĐi/TW', '08-qdi/tw', 'quy dinh 8']) {
        const outcome = await search({ q });
        expect(outcome.urls[0], q).toBe(documentPage(outDir(), '08-QĐi/TW'));
      }
      expect((await search({ q: '08-QĐi/TW' })).firstTitleHtml).toContain('<mark>08-QĐi/TW</mark>');
    });

    it('finds the history page from words typed without tones', async () => {
      const outcome = await search({ q: 'lich su truyen thong' });
      expect(outcome.urls[0]).toBe(HISTORY);
      expect(outcome.firstTitleHtml).toBe('<mark>Lịch sử truyền thống</mark>');
    });

    it('says clearly when nothing is found', async () => {
      const outcome = await search({ q: NOWHERE });
      expect(outcome.state).toBe('none');
      expect(outcome.status).toContain('Không tìm thấy kết quả');
      expect(outcome.urls).toEqual([]);
    });

    it('finds nothing of a draft or a secret document', async () => {
      for (const q of [DRAFT_WORD, '45-TB/ĐUK', 'thong bao 45']) {
        const outcome = await search({ q });
        expect(
          outcome.urls.filter((u) => /45-tb|ban-thao/u.test(u)),
          q,
        ).toEqual([]);
      }
      const draft = await search({ q: DRAFT_WORD });
      expect(draft.state).toBe('none');
      expect(draft.status).toContain('Không tìm thấy kết quả');
    });

    it('filters by kind, year and category, and lists a filter alone newest first', async () => {
      const documents = await search({ q: 'dang bo', loai: 'van-ban' });
      expect(documents.urls.length).toBeGreaterThan(0);
      expect(new Set(documents.kinds)).toEqual(new Set(['Văn bản']));
      const year = await search({ q: 'dang bo', nam: '2024' });
      expect(year.urls.length).toBeGreaterThan(0);
      for (const d of year.dates) expect(d.slice(0, 4)).toBe('2024');
      const category = await search({ q: 'dang', 'chuyen-muc': 'tin-tuc-su-kien' });
      expect(category.urls.length).toBeGreaterThan(0);
      expect(new Set(category.kinds)).toEqual(new Set(['Tin bài']));
      const albums = await search({ loai: 'thu-vien-anh' });
      expect(albums.urls.length).toBeGreaterThan(0);
      expect(albums.urls.every((u) => u.startsWith('/thu-vien-anh/'))).toBe(true);
      expect([...albums.dates].sort().reverse()).toEqual(albums.dates);
    });

    it('searches from the header box of any page', async () => {
      const { context, page } = await freshPage();
      await page.goto(`${base}/`);
      await page.fill('#q-header', 'Đảng bộ');
      await page.press('#q-header', 'Enter');
      await page.waitForURL(/\/tim-kiem\/\?q=/u);
      const outcome = await settled(page);
      expect(outcome.state).toBe('done');
      expect(await page.inputValue('#q')).toBe('Đảng bộ');
      // A new search from the page's own form keeps the address in step.
      await page.fill('#q', 'lich su truyen thong');
      await page.press('#q', 'Enter');
      await page.waitForURL(/q=lich\+su\+truyen\+thong/u);
      await page.waitForFunction(
        () => document.querySelector('[data-search-results] h2 a')?.getAttribute('href') === '/trang/lich-su-truyen-thong/',
      );
      await context.close();
    });

    it('loads the index only on the search page, and weighs a first search', async () => {
      for (const p of ['/', '/bai-viet/doi-moi-sang-tao-xay-dung-dang-bo-trong-sach-vung-manh/', '/van-ban/']) {
        const { context, page } = await freshPage();
        sent.length = 0;
        await page.goto(base + p, { waitUntil: 'load' });
        await page.waitForTimeout(300);
        expect(
          sent.filter((s) => s.path.startsWith('/pagefind/')),
          p,
        ).toEqual([]);
        await context.close();
      }
      const { context, page } = await freshPage();
      sent.length = 0;
      await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent('dang bo')}`);
      expect((await settled(page)).urls.length).toBe(10);
      await context.close();
      // What searching costs on top of the page: the search script and everything of Pagefind.
      const search = sent.filter((s) => s.path.startsWith('/pagefind/') || /^\/_astro\/tim-kiem.*\.js$/u.test(s.path));
      const total = search.reduce((n, s) => n + s.bytes, 0);
      const wire = search.reduce(
        (n, s) => n + (s.path.endsWith('.js') ? zlib.gzipSync(fs.readFileSync(path.join(outDir(), s.path))).length : s.bytes),
        0,
      );
      const group = (re: RegExp) => search.filter((s) => re.test(s.path)).reduce((n, s) => n + s.bytes, 0);
      console.log(
        `[search weight] first query "dang bo" on the sample site: ${total} bytes as served, ${wire} with gzip JavaScript, in ${search.length} requests ` +
          `(scripts ${group(/\.js$/u)}, wasm ${group(/\.pagefind$/u)}, meta ${group(/pf_meta|entry\.json/u)}, index ${group(/pf_index/u)}, ` +
          `fragments ${group(/pf_fragment/u)}, filters ${group(/pf_filter/u)})`,
      );
      expect(wire).toBeLessThan(FIRST_QUERY_BUDGET);
    });

    it('leads somewhere useful without JavaScript', async () => {
      const { context, page } = await freshPage({ javaScriptEnabled: false });
      sent.length = 0;
      await page.goto(`${base}/tim-kiem/?q=dang+bo`);
      await expect(page.getByText('Trình duyệt đang tắt JavaScript').isVisible()).resolves.toBe(true);
      for (const href of ['/van-ban/', '/luu-tru/', '/chuyen-muc/tin-tuc-su-kien/']) {
        await expect(page.locator(`main a[href="${href}"]`).first().isVisible(), href).resolves.toBe(true);
      }
      expect(sent.filter((s) => s.path.startsWith('/pagefind/'))).toEqual([]);
      await context.close();
      // With JavaScript the message goes away.
      const js = await freshPage();
      await js.page.goto(`${base}/tim-kiem/?q=dang+bo`);
      await settled(js.page);
      await expect(js.page.getByText('Trình duyệt đang tắt JavaScript').isVisible()).resolves.toBe(false);
      await js.context.close();
    });

    it.each([390, 1280])('shows results at %i px without horizontal scroll', async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent('35-NQ/TW')}`);
      await settled(page);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
      await context.close();
    });

    it('has no serious or critical axe-core violations with results shown', async () => {
      const { context, page } = await freshPage();
      await page.goto(`${base}/tim-kiem/?q=dang+bo`);
      await settled(page);
      await page.addScriptTag({ content: AXE_SOURCE });
      const result = await page.evaluate(async () =>
        (
          window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
        ).axe.run(),
      );
      const bad = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
      expect(bad).toEqual([]);
      await context.close();
    });
  });
}
