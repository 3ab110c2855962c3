// The /uploads/ caching rules, on the very Koa, koa-static and koa-range Strapi serves uploads
// with (no Strapi boot needed: the middleware only wraps that route).
import fs from 'node:fs';
import type http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import uploadsCache from '../src/middlewares/uploads-cache';

// Reached through @strapi/strapi, as Strapi itself reaches them: the versions it runs, not copies.
const fromStrapi = createRequire(createRequire(import.meta.url).resolve('@strapi/strapi/package.json'));
const within = (pkg: string) => createRequire(fromStrapi.resolve(`${pkg}/package.json`));
const KoaApp = within('@strapi/core')('koa') as typeof Koa;
const range = within('@strapi/upload')('koa-range') as Koa.Middleware;
const serve = within('@strapi/upload')('koa-static') as (root: string, opts: object) => Koa.Middleware;

describe('uploads cache middleware', () => {
  let dir: string;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-uploads-'));
    fs.mkdirSync(path.join(dir, 'uploads'));
    fs.writeFileSync(path.join(dir, 'uploads', 'anh_hoi_nghi_abc123.jpg'), Buffer.alloc(2048, 7));
    const app = new KoaApp();
    app.use(uploadsCache() as unknown as Koa.Middleware);
    app.use(range);
    app.use(serve(dir, { defer: true }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}/uploads/anh_hoi_nghi_abc123.jpg`;
  });

  afterAll(() => {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('asks for revalidation of a plain URL and answers a current copy with 304, no body', async () => {
    const first = await fetch(base);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect((await first.arrayBuffer()).byteLength).toBe(2048);
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    expect(etag).toMatch(/^W\/"/);
    expect(lastModified).toBeTruthy();

    for (const headers of [{ 'If-None-Match': etag! }, { 'If-Modified-Since': lastModified! }]) {
      const again = await fetch(base, { headers });
      expect(again.status).toBe(304);
      expect((await again.arrayBuffer()).byteLength).toBe(0);
    }
  });

  it('serves a replaced file in full to a client holding the old copy', async () => {
    const old = (await fetch(base)).headers.get('etag')!;
    fs.writeFileSync(path.join(dir, 'uploads', 'anh_hoi_nghi_abc123.jpg'), Buffer.alloc(3000, 9));
    const res = await fetch(base, { headers: { 'If-None-Match': old } });
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBe(3000);
  });

  it('lets a versioned URL be cached for a year', async () => {
    const res = await fetch(`${base}?v=1795337547801`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('leaves other paths and missing files alone', async () => {
    const missing = await fetch(base.replace('abc123', 'khong-co'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBeNull();
  });
});
