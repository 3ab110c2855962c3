// The build's read of a collection (lib/cms/fetch-all.ts) against a stand-in CMS that pages as
// Strapi does: every entry comes back once, in page order, at the page size asked (the CMS's own
// maximum, or a collection's smaller one), a few pages at a time; a failed page fails the read.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST_MAX_PAGE_SIZE } from '@dbk/shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CmsError } from '../src/lib/cms/client';
import { CONCURRENT_PAGES, fetchAll, PAGE_SIZE, type CollectionSpec } from '../src/lib/cms/fetch-all';

const ENTRIES = 2 * REST_MAX_PAGE_SIZE + 37;
const rows = Array.from({ length: ENTRIES }, (_, i) => ({ id: i + 1, documentId: `doc${i + 1}`, title: `Tin số ${i + 1}` }));

let server: http.Server;
let url = '';
const asked: { page: number; pageSize: number }[] = [];
let inFlight = 0;
let mostInFlight = 0;
let failPage: number | null = null;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://cms').searchParams;
    const page = Number(query.get('pagination[page]'));
    // Strapi caps a larger page size at its maxLimit, silently.
    const pageSize = Math.min(Number(query.get('pagination[pageSize]')), REST_MAX_PAGE_SIZE);
    asked.push({ page, pageSize });
    mostInFlight = Math.max(mostInFlight, ++inFlight);
    setTimeout(() => {
      inFlight--;
      if (page === failPage) {
        res.writeHead(500).end();
        return;
      }
      const data = rows.slice((page - 1) * pageSize, page * pageSize);
      const pageCount = Math.ceil(rows.length / pageSize);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data, meta: { pagination: { page, pageSize, pageCount, total: rows.length } } }));
    }, 5);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const spec = (pageSize?: number): CollectionSpec<{ title: string }> => ({
  path: 'articles',
  label: 'tin bài',
  schema: z.object({ title: z.string() }),
  populate: {},
  ...(pageSize ? { pageSize } : {}),
});

describe('reading a collection page by page', () => {
  it('reads every entry once, in order, in pages of the CMS maximum, a few at a time', async () => {
    asked.length = 0;
    mostInFlight = 0;
    failPage = null;
    const { entries, invalid } = await fetchAll({ url, token: 't' }, spec());
    expect(PAGE_SIZE).toBe(REST_MAX_PAGE_SIZE);
    expect(invalid).toEqual([]);
    expect(entries.map((e) => e.title)).toEqual(rows.map((r) => r.title));
    expect(asked.map((a) => a.pageSize)).toEqual([PAGE_SIZE, PAGE_SIZE, PAGE_SIZE]);
    expect(asked.map((a) => a.page).sort()).toEqual([1, 2, 3]);
    expect(mostInFlight).toBeLessThanOrEqual(CONCURRENT_PAGES);
  });

  it("asks a collection's smaller page size when it has one (the readers' comments endpoint)", async () => {
    asked.length = 0;
    failPage = null;
    const { entries } = await fetchAll({ url, token: 't' }, spec(100));
    expect(entries.length).toBe(ENTRIES);
    expect(asked.length).toBe(Math.ceil(ENTRIES / 100));
    expect(new Set(asked.map((a) => a.pageSize))).toEqual(new Set([100]));
  });

  it('fails the whole read when one page fails, naming the page', async () => {
    failPage = 2;
    await expect(fetchAll({ url, token: 't' }, spec())).rejects.toThrow(CmsError);
    await expect(fetchAll({ url, token: 't' }, spec())).rejects.toThrow(/trang 2/);
    failPage = null;
  });
});
