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
 * CBOR of arrays, integers and strings only (a word chunk, a filter), as minicbor writes
 * them and cbor-x does: the shortest head for each length and integer, definite-length arrays. The
 * word chunks are most of a join's output; cbor-x's general encoder took 2.5 s of the JavaScript
 * time of a join at 10,000 articles (`node scripts/src/join-timing.ts 10000 <folder>`).
 */
export function cborArrays(value: unknown): Buffer {
  let buf = Buffer.allocUnsafe(1 << 16);
  let at = 0;
  const room = (n: number) => {
    if (at + n <= buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(2 * buf.length, at + n));
    buf.copy(bigger, 0, 0, at);
    buf = bigger;
  };
  const head = (major: number, n: number) => {
    room(9);
    const type = major << 5;
    if (n < 24) buf[at++] = type | n;
    else if (n < 0x100) {
      buf[at++] = type | 24;
      buf[at++] = n;
    } else if (n < 0x10000) {
      buf[at++] = type | 25;
      at = buf.writeUInt16BE(n, at);
    } else if (n < 0x100000000) {
      buf[at++] = type | 26;
      at = buf.writeUInt32BE(n, at);
    } else {
      buf[at++] = type | 27;
      at = buf.writeBigUInt64BE(BigInt(n), at);
    }
  };
  const put = (v: unknown): void => {
    // Negative numbers occur: Pagefind marks a change of weight in a word's positions with one.
    if (typeof v === 'number' && Number.isSafeInteger(v)) head(v >= 0 ? 0 : 1, v >= 0 ? v : -1 - v);
    else if (typeof v === 'string') {
      const length = Buffer.byteLength(v);
      head(3, length);
      room(length);
      at += buf.write(v, at, 'utf8');
    } else if (Array.isArray(v)) {
      head(4, v.length);
      room(9 * v.length);
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        // Most items are positions: small integers, written here without a call.
        if (typeof item === 'number' && item >= 0 && item < 0x100 && Number.isInteger(item)) {
          if (item >= 24) buf[at++] = 24;
          buf[at++] = item;
        } else put(item);
      }
    } else throw new Error(`Chỉ mục tìm kiếm: giá trị không mã hóa được (${typeof v}).`);
  };
  put(value);
  return buf.subarray(0, at);
}

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
/** A page's positions of a word, and its positions in the metadata. */
export type PackedPage = [page: number, locs: number[], metaLocs: number[]];
/** A word, its pages, and the spellings with diacritics it was found as (each with its pages). */
export type PackedWord = [word: string, pages: PackedPage[], variants: [word: string, pages: PackedPage[]][]];
export type WordChunk = [words: PackedWord[]];
export type FilterIndex = [name: string, values: [value: string, pages: number[]][]];

export interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  [other: string]: unknown;
}
