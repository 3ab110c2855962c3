// The full build's search index is written on a worker thread (index-thread.ts), off Astro's
// render thread: the same files as on the caller's thread, and its failures reach the build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSearchIndexOffThread } from '../src/lib/search/index-thread';
import type { SearchRecord } from '../src/lib/search/record-html';
import { writeSearchIndex } from '../src/lib/search/write-index';

const RECORDS: SearchRecord[] = Array.from({ length: 30 }, (_, i) => ({
  url: `/bai-viet/tin-${i}/`,
  kind: 'tin-bai',
  title: `Hội nghị Đảng bộ khối lần thứ ${i}`,
  date: `2026-0${1 + (i % 9)}-1${i % 10}T08:00`,
  categories: ['tin-co-so'],
  excerpt: 'Đảng bộ khối học tập nghị quyết',
  body: `Chi bộ số ${i} tổ chức học tập, quán triệt nghị quyết ${i}-NQ/TW của Trung ương.`,
  documentNumbers: [],
}));

const contents = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [
        path.relative(dir, path.join(e.parentPath, e.name)),
        fs.readFileSync(path.join(e.parentPath, e.name)).toString('base64'),
      ]),
  );

describe('search index on a worker thread', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-index-thread-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the same index as the calling thread would', async () => {
    const stats = await writeSearchIndexOffThread(RECORDS, path.join(dir, 'thread'));
    await writeSearchIndex(RECORDS, path.join(dir, 'here'));
    expect(stats).toMatchObject({ records: RECORDS.length, reused: false, shards: 1, indexed: 1 });
    const here = contents(path.join(dir, 'here'));
    expect(Object.keys(here).length).toBeGreaterThan(RECORDS.length);
    expect(contents(path.join(dir, 'thread'))).toEqual(here);
  }, 60_000);

  it("rejects with the thread's error", async () => {
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');
    // The cache folder is a file: the index is written, storing it fails on this side of Pagefind.
    await expect(writeSearchIndexOffThread(RECORDS, path.join(dir, 'stored'), blocker)).rejects.toThrow(/ENOTDIR|not a directory/);
  }, 60_000);

  it('rejects when Pagefind dies, where its own promise would never settle', async () => {
    // Pagefind's binary panics when it cannot write; its Node API then leaves the promise pending
    // and the thread's event loop empties. The build must fail, not wait or end quietly.
    const blocker = path.join(dir, 'another-file');
    fs.writeFileSync(blocker, '');
    await expect(writeSearchIndexOffThread(RECORDS, path.join(blocker, 'pagefind'))).rejects.toThrow(/dừng \(mã \d+\) trước khi xong/);
  }, 60_000);
});
