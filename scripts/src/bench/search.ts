// Step 7: the search index a release carries, and what a reader downloads for a first search: the
// built search page opened in Chromium (a fresh profile per query, as a first visit), every byte
// the static server sends counted. Skipped, with the reason, when the build has no /pagefind/ or
// no Chromium is installed.
import fs from 'node:fs';
import type http from 'node:http';
import { serveStatic } from '../lib/static-server.ts';
import { listOutput } from './output.ts';
import { onResponseBytes } from '../lib/response-bytes.ts';
import { scriptEnv } from '../lib/settings.ts';

export const QUERIES = ['dang bo', '35-NQ/TW'] as const;

export interface SearchResult {
  skipped: string | null;
  indexFiles: number;
  indexBytes: number;
  firstQuery: Array<{ query: string; hits: number; requests: number; bytes: number; pagefindBytes: number; ms: number }>;
}

const CHROMIUM = scriptEnv().CHROMIUM_PATH;

function countBytes(server: http.Server, log: Array<{ url: string; bytes: number }>): void {
  onResponseBytes(server, (url, bytes) => log.push({ url, bytes }));
}

export async function measureSearch(dir: string): Promise<SearchResult> {
  const index = listOutput(dir).filter((f) => f.rel.startsWith('pagefind/'));
  const result: SearchResult = {
    skipped: null,
    indexFiles: index.length,
    indexBytes: index.reduce((n, f) => n + f.bytes, 0),
    firstQuery: [],
  };
  if (index.length === 0) return { ...result, skipped: 'bản dựng không có /pagefind/ (chưa có tìm kiếm)' };
  if (!fs.existsSync(CHROMIUM))
    return { ...result, skipped: `không có Chromium ở ${CHROMIUM} (đặt CHROMIUM_PATH) để đo truy vấn đầu tiên` };

  const { chromium } = await import('playwright-core');
  const server = await serveStatic(dir, 0, '127.0.0.1');
  const port = (server.address() as { port: number }).port;
  const log: Array<{ url: string; bytes: number }> = [];
  countBytes(server, log);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    for (const query of QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      log.length = 0;
      const started = Date.now();
      await page.goto(`http://127.0.0.1:${port}/tim-kiem/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('[data-search-status][data-state]:not([data-state="loading"])', { timeout: 120_000 });
      const ms = Date.now() - started;
      const hits = await page.locator('[data-search-results] > li').count();
      await context.close();
      result.firstQuery.push({
        query,
        hits,
        requests: log.length,
        bytes: log.reduce((n, s) => n + s.bytes, 0),
        pagefindBytes: log.filter((s) => s.url.startsWith('/pagefind/')).reduce((n, s) => n + s.bytes, 0),
        ms,
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return result;
}
