// The fast lane's cache shares the full build's transformed images (lib/fast-lane/cache-dir.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { fastLaneCacheDir } from '../src/lib/fast-lane/cache-dir';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-cache-'));
  made.push(d);
  return d;
};

it('gives the fast lane its own folder whose assets/ is the full cache’s', () => {
  const root = tmp();
  const fast = fastLaneCacheDir(path.join(root, 'astro-cache'));
  expect(fast).toBe(path.join(root, 'astro-cache-fast-lane'));
  fs.writeFileSync(path.join(root, 'astro-cache', 'assets', 'anh.webp'), 'x');
  expect(fs.readFileSync(path.join(fast, 'assets', 'anh.webp'), 'utf8')).toBe('x');
  // Its own content store: nothing else is shared.
  fs.writeFileSync(path.join(fast, 'data-store.json'), '[]');
  expect(fs.existsSync(path.join(root, 'astro-cache', 'data-store.json'))).toBe(false);
});

it('is idempotent, and replaces a folder of images the fast lane made on its own before', () => {
  const root = tmp();
  fs.mkdirSync(path.join(root, 'c-fast-lane', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'c-fast-lane', 'assets', 'cu.webp'), 'cu');
  fastLaneCacheDir(path.join(root, 'c'));
  fastLaneCacheDir(path.join(root, 'c/'));
  expect(fs.lstatSync(path.join(root, 'c-fast-lane', 'assets')).isSymbolicLink()).toBe(true);
  expect(fs.readlinkSync(path.join(root, 'c-fast-lane', 'assets'))).toBe(path.join('..', 'c', 'assets'));
  expect(fs.readdirSync(path.join(root, 'c-fast-lane', 'assets'))).toEqual([]);
});
