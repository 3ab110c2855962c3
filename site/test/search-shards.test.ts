// The full build indexes search in shards, one Pagefind process each, and joins them
// (merge-shards.ts). The joined index must be the index one Pagefind process makes of the same
// records: every file name, and every file's contents unpacked, equal to Pagefind's own.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindHash, readPacked, utf8Order } from '../src/lib/search/pagefind-files';
import { SEARCH_KINDS, type SearchKind, type SearchRecord } from '../src/lib/search/record-html';
import { indexCodeIdentity, indexInputHash, sourcesHash } from '../src/lib/search/index-cache';
import { shardRanges, shardSizes } from '../src/lib/search/shard-bounds';
import { writeSearchIndex, type IndexStats } from '../src/lib/search/write-index';

const WORDS = (
  'Đảng bộ khối cơ quan doanh nghiệp tỉnh hội nghị ban chấp hành nghị quyết đại hội chi bộ đảng viên ' +
  'học tập làm theo tư tưởng đạo đức phong cách Hồ Chí Minh công tác kiểm tra giám sát tổ chức xây dựng ' +
  'chỉnh đốn tuyên giáo dân vận công đoàn đoàn thanh niên phụ nữ cựu chiến binh kinh tế văn hóa xã hội ' +
  'an sinh chính sách người dân sạch đẹp đang đăng ký kết nạp khen thưởng thi đua quý năm tháng tuần'
).split(' ');
const KINDS = Object.keys(SEARCH_KINDS) as SearchKind[];

/** Deterministic records: shared and rare words, toned titles, filters, equal and missing dates. */
function records(count: number): SearchRecord[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
  const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 17 === 16 ? `hiem${Math.floor(next() * 400)}` : pick())).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    // Every fifth record shares the day and time of the one before it; a few are undated.
    const day = 1 + Math.floor(i / 5);
    const date = i % 23 === 5 ? null : `20${10 + (day % 15)}-0${1 + (day % 9)}-1${day % 10}T0${i % 5 === 4 ? 3 : i % 9}:30`;
    return {
      url: `/${kind}/ban-ghi-${i}/`,
      kind,
      title: words(4 + (i % 6)),
      date,
      categories: [`chuyen-muc-${i % 7}`, ...(i % 3 === 0 ? ['cha'] : [])],
      excerpt: words(12),
      body: words(60 + (i % 40)),
      documentNumbers: kind === 'van-ban' ? [`${i}-NQ/TW`] : [],
    };
  });
}

/** Every file of a Pagefind bundle: its name, and its contents unpacked where Pagefind packs them. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const packed = /\.pf_(?:meta|index|filter|fragment)$/u.test(entry.name);
    out.set(path.relative(dir, file), (packed ? readPacked(file) : fs.readFileSync(file)).toString('base64'));
  }
  return out;
}

describe('search index in shards, joined', () => {
  let dir: string;
  const RECORDS = records(240);
  let single: Map<string, string>;
  let joined: Map<string, string>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-shards-'));
    await writeSearchIndex(RECORDS, path.join(dir, 'single'));
    // 240 records in shards of 70: four Pagefind processes, the last one short.
    await writeSearchIndex(RECORDS, path.join(dir, 'joined'), undefined, 70);
    single = files(path.join(dir, 'single'));
    joined = files(path.join(dir, 'joined'));
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('has the same files as one Pagefind process makes, each with the same contents', () => {
    expect(single.size).toBeGreaterThan(RECORDS.length);
    expect([...joined.keys()].sort()).toEqual([...single.keys()].sort());
    const differing = [...single].filter(([name, body]) => joined.get(name) !== body).map(([name]) => name);
    expect(differing).toEqual([]);
  });

  it('leaves no shard behind', () => {
    expect(fs.readdirSync(dir).sort()).toEqual(['joined', 'single']);
  });

  it('packs files as Pagefind does, so the browser reads them', () => {
    const meta = fs.readdirSync(path.join(dir, 'joined')).find((n) => n.endsWith('.pf_meta'))!;
    const raw = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'joined', meta)));
    expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
    expect(meta).toBe(`pagefind.vi_${pagefindHash(raw.subarray(12)).slice(0, 10)}.pf_meta`);
  });
});

describe('shards kept for the next full build', () => {
  let dir: string;
  const cache = () => path.join(dir, 'cache');
  const BEFORE = records(240);
  // What a few publishes do between two full builds: a new article first (newest first), one
  // edited, one unpublished.
  const AFTER = [
    { ...BEFORE[1]!, url: '/tin-tuc/ban-ghi-moi/', title: 'Hội nghị mới nhất của Đảng bộ khối' },
    ...BEFORE.slice(0, 200).map((r, i) => (i === 120 ? { ...r, body: `${r.body} đoạn bổ sung sửa đổi` } : r)),
    ...BEFORE.slice(201),
  ];
  let first: IndexStats;
  let firstFiles: Map<string, string>;
  let second: IndexStats;
  let third: IndexStats;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-shard-cache-'));
    first = await writeSearchIndex(BEFORE, path.join(dir, 'first'), cache(), 70);
    firstFiles = files(path.join(dir, 'first'));
    second = await writeSearchIndex(AFTER, path.join(dir, 'second'), cache(), 70);
    third = await writeSearchIndex(AFTER, path.join(dir, 'third'), cache(), 70);
    await writeSearchIndex(AFTER, path.join(dir, 'fresh'));
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('indexes again only the shards the publishes changed', () => {
    expect(first.shards).toBeGreaterThanOrEqual(3);
    expect(first.indexed).toBe(first.shards);
    expect(second.reused).toBe(false);
    expect(second.indexed).toBeGreaterThanOrEqual(1);
    expect(second.indexed).toBeLessThanOrEqual(3);
    expect(second.indexed).toBeLessThan(second.shards);
  });

  it('joins them into the index one Pagefind process makes of the new records', () => {
    const fresh = files(path.join(dir, 'fresh'));
    const joined = files(path.join(dir, 'second'));
    expect([...joined.keys()].sort()).toEqual([...fresh.keys()].sort());
    expect([...fresh].filter(([name, body]) => joined.get(name) !== body).map(([name]) => name)).toEqual([]);
  });

  it('leaves the previous build untouched, keeps only the shards of the last one, and reuses an unchanged index whole', () => {
    expect(files(path.join(dir, 'first'))).toEqual(firstFiles);
    expect(fs.readdirSync(path.join(cache(), 'search-shards'))).toHaveLength(second.shards);
    expect(third).toMatchObject({ reused: true, indexed: 0 });
    expect(files(path.join(dir, 'third'))).toEqual(files(path.join(dir, 'second')));
  });
});

describe('the code identity of kept shards', () => {
  it('changes with any source file of the given kind, and only with those', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-code-identity-'));
    try {
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.writeFileSync(path.join(dir, 'a.ts'), 'export const a = 1;');
      fs.writeFileSync(path.join(dir, 'sub', 'b.ts'), 'export const b = 2;');
      const first = sourcesHash([[dir, '.ts']]);
      fs.writeFileSync(path.join(dir, 'notes.md'), 'không phải mã');
      expect(sourcesHash([[dir, '.ts']])).toBe(first);
      fs.writeFileSync(path.join(dir, 'sub', 'b.ts'), 'export const b = 3;');
      expect(sourcesHash([[dir, '.ts']])).not.toBe(first);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("covers the search code, the shared Vietnamese rules and the lockfile (Pagefind's version)", () => {
    const search = path.join(import.meta.dirname, '../src/lib/search');
    const shared = path.join(import.meta.dirname, '../../shared-types/dist');
    const lockfile = createHash('sha256')
      .update(fs.readFileSync(path.join(import.meta.dirname, '../../package-lock.json')))
      .digest('hex');
    expect(indexCodeIdentity()).toBe(
      indexInputHash([
        sourcesHash([
          [search, '.ts'],
          [shared, '.js'],
        ]),
        lockfile,
      ]),
    );
  });
});

describe('shard bounds', () => {
  const urls = Array.from({ length: 6000 }, (_, i) => `/bai-viet/tin-so-${i}/`);
  const sizes = shardSizes(750);
  const shardsOf = (list: string[]) => shardRanges(list, sizes).map(([start, end]) => list.slice(start, end).join(' '));
  const changed = (a: string[], b: string[]) => b.filter((shard) => !a.includes(shard)).length;

  it('keeps every shard between a third and four thirds of the target, covering every record once', () => {
    const ranges = shardRanges(urls, sizes);
    expect(ranges[0]![0]).toBe(0);
    expect(ranges.at(-1)![1]).toBe(urls.length);
    ranges.forEach(([start, end], i) => {
      if (i > 0) expect(start).toBe(ranges[i - 1]![1]);
      expect(end - start).toBeLessThanOrEqual(1000);
      if (i < ranges.length - 1) expect(end - start).toBeGreaterThanOrEqual(250);
    });
  });

  it('moves no boundary but the nearest when a record is added, edited or removed', () => {
    const before = shardsOf(urls);
    expect(before.length).toBeGreaterThanOrEqual(6);
    expect(changed(before, shardsOf(['/bai-viet/tin-moi/', ...urls]))).toBeLessThanOrEqual(2);
    expect(changed(before, shardsOf(urls.filter((_, i) => i !== 3100)))).toBeLessThanOrEqual(2);
    expect(changed(before, shardsOf([...urls.slice(0, 4000), '/bai-viet/chen-giua/', ...urls.slice(4000)]))).toBeLessThanOrEqual(2);
  });
});

describe('pagefind-files', () => {
  it('hashes as Pagefind does: SHA-1 bytes in hex without zero padding', () => {
    // SHA-1 of "abc" is a9993e36 4706816a ...: 0x06 and 0x81 print as "6" and "81".
    expect(pagefindHash('abc').slice(0, 16)).toBe('a9993e36476816ab');
  });

  it('orders words by their UTF-8 bytes, as Rust does', () => {
    const words = ['đảng', 'dang', 'z', '\u{1F600}', '\uFFFD', 'a'];
    expect([...words].sort(utf8Order)).toEqual([...words].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
  });
});
