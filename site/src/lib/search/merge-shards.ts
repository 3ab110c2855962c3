// Joins Pagefind indexes built apart (shards: consecutive runs of the records, in order) into the
// index one Pagefind process would have built from all the records, file for file.
//
// Why: Pagefind 1.6 holds every record it is given in memory until it writes (about 0.45 MB per
// article: 4.4 GB at 10,000), and cannot add to an index it wrote. So the full build indexes the
// records in shards, one Pagefind process after another, and joins them here, reading one word
// chunk of each shard at a time. The browser gets one index, as before: the same files, ranking
// and search page. What Pagefind does and this repeats (pagefind/src/index in Pagefind's
// repository): pages are numbered in the order they were added; words and filter values are kept
// in UTF-8 order, with their pages in page order; word chunks close once they hold 20,000
// positions; each file is named after the hash of its contents, lengthened on a collision.
import fs from 'node:fs';
import path from 'node:path';
import { linkOrCopy } from './index-cache.ts';
import {
  cbor,
  pack,
  pagefindHash,
  readCbor,
  readPacked,
  utf8Order,
  type Entry,
  type FilterIndex,
  type Meta,
  type MetaChunk,
  type MetaPage,
  type MetaSort,
} from './pagefind-files.ts';
import { readWords, writeWord, Writer, type RawWord } from './word-chunks.ts';

const ENTRY = 'pagefind-entry.json';
// Pagefind's chunk size: a word chunk closes once its words' positions reach it (positions in the
// text and in the metadata, plus one per page, for the word and each of its spellings).
const CHUNK_POSITIONS = 20_000;
// Files written at once (each is compressed on libuv's threads).
const WRITE_BATCH = 16;

interface Shard {
  dir: string;
  lang: string;
  entry: Entry;
  meta: Meta;
  /** this shard's first page number in the joined index */
  offset: number;
}

function readShard(dir: string, offset: number): Shard {
  const entry = JSON.parse(fs.readFileSync(path.join(dir, ENTRY), 'utf8')) as Entry;
  const langs = Object.keys(entry.languages);
  if (langs.length !== 1) throw new Error(`Chỉ mục tìm kiếm ${dir}: cần đúng một ngôn ngữ, có ${langs.length}.`);
  const lang = langs[0]!;
  const meta = readCbor<Meta>(path.join(dir, `pagefind.${entry.languages[lang]!.hash}.pf_meta`));
  return { dir, lang, entry, meta, offset };
}

/**
 * Writes the joined index of `shardDirs` (Pagefind bundles, in record order) to `outputPath`.
 * `sortValue(key, page)` is the value page `page` (joined numbering) was given for sort `key`: a
 * built index keeps only each sort's order, so joining two orders needs the values (compared as
 * text, as Pagefind compares values that are not all numbers). Moves the shards' fragments, or with
 * `keep` (shards kept for the next build, index-cache.ts) links them.
 */
export async function mergeShards(
  shardDirs: string[],
  outputPath: string,
  sortValue: (key: string, page: number) => string,
  { keep = false }: { keep?: boolean } = {},
): Promise<void> {
  const shards: Shard[] = [];
  let offset = 0;
  for (const dir of shardDirs) {
    const shard = readShard(dir, offset);
    if (shards.length > 0 && (shard.lang !== shards[0]!.lang || shard.meta[0] !== shards[0]!.meta[0]))
      throw new Error(`Chỉ mục tìm kiếm ${dir} khác ngôn ngữ hoặc phiên bản với các phần còn lại.`);
    shards.push(shard);
    offset += shard.meta[1].length;
  }
  const first = shards[0]!;
  const lang = first.lang;
  fs.rmSync(outputPath, { recursive: true, force: true });
  for (const sub of ['fragment', 'index', 'filter']) fs.mkdirSync(path.join(outputPath, sub), { recursive: true });
  // Pagefind's script, wasm and UIs are the same in every shard.
  for (const name of fs.readdirSync(first.dir)) {
    const from = path.join(first.dir, name);
    if (name !== ENTRY && !name.endsWith('.pf_meta') && fs.statSync(from).isFile()) fs.copyFileSync(from, path.join(outputPath, name));
  }

  const pages = moveFragments(shards, outputPath, lang, keep ? linkOrCopy : fs.renameSync);
  const chunks = await writeWordChunks(shards, outputPath, lang);
  const filters = await writeFilters(shards, outputPath, lang);
  const sorts = mergeSorts(shards, sortValue);
  const metaFields = [...new Set(shards.flatMap((s) => s.meta[5]))].sort(utf8Order);
  const metaBytes = cbor([first.meta[0], pages, chunks, filters, sorts, metaFields] satisfies Meta);
  const metaHash = `${lang}_${pagefindHash(metaBytes).slice(0, 10)}`;
  fs.writeFileSync(path.join(outputPath, `pagefind.${metaHash}.pf_meta`), await pack(metaBytes));
  const entry: Entry = {
    ...first.entry,
    languages: { [lang]: { ...first.entry.languages[lang]!, hash: metaHash, page_count: pages.length } },
  };
  fs.writeFileSync(path.join(outputPath, ENTRY), JSON.stringify(entry));
}

/**
 * Each page keeps its fragment; its name is Pagefind's hash of the fragment, seven characters unless
 * an earlier page of the joined index already has them (then one more, as Pagefind does). The shard
 * named it by the same hash, so its first seven characters are known without reading the fragment;
 * the whole hash is computed only where two pages share them.
 */
function moveFragments(shards: Shard[], outputPath: string, lang: string, move: (from: string, to: string) => void): MetaPage[] {
  const taken = new Map<string, { file: string; full?: string }>();
  const fullHash = (page: { file: string; full?: string }) => (page.full ??= pagefindHash(readPacked(page.file)));
  const pages: MetaPage[] = [];
  for (const shard of shards) {
    for (const [name, ...rest] of shard.meta[1]) {
      if (!name.startsWith(`${lang}_`)) throw new Error(`Chỉ mục tìm kiếm ${shard.dir}: trang lạ ${name}.`);
      const page: { file: string; full?: string } = { file: path.join(shard.dir, 'fragment', `${name}.pf_fragment`) };
      let short = name.slice(lang.length + 1, lang.length + 8);
      if (taken.has(short)) {
        const full = fullHash(page);
        while (taken.has(short) && fullHash(taken.get(short)!) !== full) short = full.slice(0, short.length + 1);
        if (taken.has(short)) throw new Error(`Hai trang trùng hệt nhau trong chỉ mục tìm kiếm (${name}).`);
      }
      const hash = `${lang}_${short}`;
      const target = path.join(outputPath, 'fragment', `${hash}.pf_fragment`);
      move(page.file, target);
      page.file = target;
      taken.set(short, page);
      pages.push([hash, ...rest] as MetaPage);
    }
  }
  return pages;
}

/** A shard's words in order, one chunk file read at a time. */
function* wordsOf(shard: Shard): Generator<RawWord> {
  for (const [, , hash] of shard.meta[2]) yield* readWords(readPacked(path.join(shard.dir, 'index', `${hash}.pf_index`)));
}

/**
 * The name of a word chunk or filter file: Pagefind's hash of its bytes, seven characters, lengthened
 * by two at a time while `taken` (the names of its kind so far, which this adds to) has it.
 */
function fileName(bytes: Buffer, taken: Set<string>): string {
  const full = pagefindHash(bytes);
  let short = full.slice(0, 7);
  for (let length = 7; taken.has(short) && length < full.length;) short = full.slice(0, (length += 2));
  taken.add(short);
  return short;
}

/** Rust's `chars()` of the shared prefix plus one, for each side: the names of a chunk boundary. */
function boundary(a: string, b: string): [string, string] {
  const x = [...a];
  const y = [...b];
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return [x.slice(0, common + 1).join(''), y.slice(0, common + 1).join('')];
}

async function writeWordChunks(shards: Shard[], outputPath: string, lang: string): Promise<MetaChunk[]> {
  const heads = shards.map((shard) => {
    const words = wordsOf(shard);
    return { words, offset: shard.offset, next: words.next() };
  });
  const meta: MetaChunk[] = [];
  const names = new Set<string>();
  const pending: Promise<void>[] = [];
  let out = new Writer();
  let count = 0;
  let size = 0;
  let first = '';
  let last = '';
  const close = async () => {
    const head = new Writer();
    head.head(4, 1);
    head.head(4, count);
    const bytes = Buffer.concat([head.bytes(), out.bytes()]);
    const short = fileName(bytes, names);
    meta.push([first, last, `${lang}_${short}`]);
    const file = path.join(outputPath, 'index', `${lang}_${short}.pf_index`);
    pending.push(pack(bytes).then((packed) => fs.promises.writeFile(file, packed)));
    if (pending.length >= WRITE_BATCH) await Promise.all(pending.splice(0));
    out = new Writer();
    count = 0;
    size = 0;
  };
  for (;;) {
    let word: string | null = null;
    for (const head of heads)
      if (!head.next.done && (word === null || utf8Order(head.next.value.word, word) < 0)) word = head.next.value.word;
    if (word === null) break;
    const parts: { word: RawWord; offset: number }[] = [];
    for (const head of heads) {
      if (head.next.done || head.next.value.word !== word) continue;
      parts.push({ word: head.next.value, offset: head.offset });
      head.next = head.words.next();
    }
    if (count === 0) first = word;
    last = word;
    count++;
    size += writeWord(out, parts);
    if (size >= CHUNK_POSITIONS) await close();
  }
  if (count > 0) await close();
  await Promise.all(pending);
  for (let i = 0; i + 1 < meta.length; i++) [meta[i]![1], meta[i + 1]![0]] = boundary(meta[i]![1], meta[i + 1]![0]);
  return meta;
}

async function writeFilters(shards: Shard[], outputPath: string, lang: string): Promise<[string, string][]> {
  const filters = new Map<string, Map<string, number[]>>();
  for (const shard of shards) {
    for (const [name, hash] of shard.meta[3]) {
      const [, values] = readCbor<FilterIndex>(path.join(shard.dir, 'filter', `${hash}.pf_filter`));
      let byValue = filters.get(name);
      if (!byValue) filters.set(name, (byValue = new Map()));
      for (const [value, pages] of values) {
        const shifted = pages.map((p) => p + shard.offset);
        const list = byValue.get(value);
        if (list) list.push(...shifted);
        else byValue.set(value, shifted);
      }
    }
  }
  const out: [string, string][] = [];
  const names = new Set<string>();
  for (const name of [...filters.keys()].sort(utf8Order)) {
    const values = [...filters.get(name)!].sort(([a], [b]) => utf8Order(a, b));
    const bytes = cbor([name, values] satisfies FilterIndex);
    const short = fileName(bytes, names);
    fs.writeFileSync(path.join(outputPath, 'filter', `${lang}_${short}.pf_filter`), await pack(bytes));
    out.push([name, `${lang}_${short}`]);
  }
  return out;
}

/** Each sort's page orders joined by value; equal values keep page order (Pagefind's sort is stable). */
function mergeSorts(shards: Shard[], sortValue: (key: string, page: number) => string): MetaSort[] {
  const keys = [...new Set(shards.flatMap((s) => s.meta[4].map(([key]) => key)))].sort(utf8Order);
  return keys.map((key) => {
    const lists = shards.map((s) => (s.meta[4].find(([k]) => k === key)?.[1] ?? []).map((p) => p + s.offset));
    const at = lists.map(() => 0);
    const out: number[] = [];
    for (;;) {
      let best = -1;
      for (let i = 0; i < lists.length; i++) {
        if (at[i]! >= lists[i]!.length) continue;
        // Shards come in page order, so on equal values the earlier shard's page is the lower one.
        if (best < 0 || utf8Order(sortValue(key, lists[i]![at[i]!]!), sortValue(key, lists[best]![at[best]!]!)) < 0) best = i;
      }
      if (best < 0) return [key, out] satisfies MetaSort;
      out.push(lists[best]![at[best]!++]!);
    }
  });
}
