// Pagefind 1.6's index files, as its writer makes them (pagefind/src/output, index/): each index,
// filter, fragment and meta file is gzip of the signature `pagefind_dcd` followed by CBOR (JSON for
// fragments), named after Pagefind's hash of those bytes. merge-shards.ts reads and writes them to
// join indexes built apart into the one index Pagefind would have built; its test checks every file
// against Pagefind's own.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { decode, encode } from 'cbor-x';

const SIGNATURE = Buffer.from('pagefind_dcd');
const gzip = promisify(zlib.gzip);

/** The bytes of a Pagefind file, unpacked and without its signature. */
export function readPacked(file: string): Buffer {
  const raw = zlib.gunzipSync(fs.readFileSync(file));
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`Tệp chỉ mục tìm kiếm lạ: ${file}`);
  return raw.subarray(SIGNATURE.length);
}

export const readCbor = <T>(file: string): T => decode(readPacked(file)) as T;
export const cbor = (value: unknown): Buffer => Buffer.from(encode(value));

/**
 * Packs bytes as Pagefind does: the signature, then gzip, on libuv's threads. At zlib's default
 * level, not Pagefind's best: for 4,000 articles' word chunks 1 % more bytes, and the join takes
 * 4.6 s instead of 8.4 s (`node scripts/src/search-memory.ts 4000 600`).
 */
export const pack = (bytes: Buffer): Promise<Buffer> => gzip(Buffer.concat([SIGNATURE, bytes]));

/** Pagefind's full hash: SHA-1, each byte in hex WITHOUT zero padding (Rust's `{:x?}`). */
export function pagefindHash(bytes: Buffer | string): string {
  let out = '';
  for (const byte of createHash('sha1').update(bytes).digest()) out += byte.toString(16);
  return out;
}

/** Rust's String order (UTF-8 bytes), which Pagefind sorts words and filter values by. */
export function utf8Order(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // UTF-16 puts astral characters (surrogates) below U+E000..U+FFFF; UTF-8 puts them above.
    const rank = (c: number) => (c >= 0xd800 && c <= 0xdfff ? c + 0x10000 : c);
    return rank(x) - rank(y);
  }
  return a.length - b.length;
}

// The shapes of Pagefind 1.6's CBOR, as arrays of fields (minicbor's encoding of its structs).
/** A page in the meta file: its fragment's hash, its word count, and a field Pagefind leaves empty. */
export type MetaPage = [hash: string, wordCount: number, ...rest: unknown[]];
/** A word chunk in the meta file: the words it holds lie between `from` and `to` (prefixes). */
export type MetaChunk = [from: string, to: string, hash: string];
export type MetaFilter = [name: string, hash: string];
/** A sort key and every page that has it, in order. */
export type MetaSort = [key: string, pages: number[]];
export type Meta = [
  version: string,
  pages: MetaPage[],
  chunks: MetaChunk[],
  filters: MetaFilter[],
  sorts: MetaSort[],
  metaFields: string[],
];
// Word chunks are read and written as bytes (word-chunks.ts describes their shape).
export type FilterIndex = [name: string, values: [value: string, pages: number[]][]];

export interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  [other: string]: unknown;
}
