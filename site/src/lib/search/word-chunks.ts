// Pagefind's word chunks read and written as bytes, for the join (merge-shards.ts). A word is
// CBOR: [word, pages, variants], a page [delta, locs, metaLocs] (delta: the page number minus the
// previous page's, the first from 0), a variant [spelling, pages]. Joining shards changes only the
// first delta of each shard's run of pages; everything else is copied as the shard wrote it. Decoding
// every position into JavaScript arrays and encoding it again took most of a join's time (about 5 s
// of the JavaScript of a join at 10,000 articles, `node scripts/src/join-timing.ts 10000 <folder>`).

/** A word's (or a spelling's) pages in one shard. */
export interface PageRun {
  count: number;
  /** the first page's number in the shard (its delta from 0) */
  first: number;
  /** the last page's number in the shard */
  last: number;
  /** the bytes after the first page's delta, to the end of the run */
  rest: Buffer;
  /** the positions the run holds, as Pagefind counts them to close a chunk: locs + metaLocs + 1 a page */
  positions: number;
}

export interface RawWord {
  word: string;
  /** the word's whole encoding, copied as it is when nothing in it moves */
  bytes: Buffer;
  /** the word's CBOR text (head and UTF-8) */
  text: Buffer;
  pages: PageRun;
  variants: { spelling: string; text: Buffer; pages: PageRun }[];
}

/** Reads a word chunk's CBOR from `at` on. */
class Reader {
  at = 0;
  readonly buf: Buffer;
  constructor(buf: Buffer) {
    this.buf = buf;
  }

  /** Reads a head of `major` type (0 unsigned, 3 text, 4 array) and returns its value. */
  head(major: number): number {
    const byte = this.buf[this.at]!;
    if (byte >> 5 !== major) throw new Error(`Chỉ mục tìm kiếm: CBOR lạ ở byte ${this.at} (cần loại ${major}, có ${byte >> 5}).`);
    const info = byte & 31;
    const at = this.at + 1;
    let value: number;
    if (info < 24) [value, this.at] = [info, at];
    else if (info === 24) [value, this.at] = [this.buf[at]!, at + 1];
    else if (info === 25) [value, this.at] = [this.buf.readUInt16BE(at), at + 2];
    else if (info === 26) [value, this.at] = [this.buf.readUInt32BE(at), at + 4];
    else if (info === 27) [value, this.at] = [Number(this.buf.readBigUInt64BE(at)), at + 8];
    else throw new Error(`Chỉ mục tìm kiếm: CBOR lạ ở byte ${this.at}.`);
    return value;
  }

  /** An array head that must hold `length` items (the fields of a word, a page, a spelling). */
  fields(length: number): void {
    if (this.head(4) !== length) throw new Error(`Chỉ mục tìm kiếm: cần ${length} trường ở byte ${this.at}.`);
  }

  /** Skips `count` integers (positions; negative ones mark a change of weight). */
  skipIntegers(count: number): void {
    for (let i = 0; i < count; i++) {
      const info = this.buf[this.at]! & 31;
      this.at += info < 24 ? 1 : info === 24 ? 2 : info === 25 ? 3 : info === 26 ? 5 : 9;
    }
  }

  text(): { value: string; bytes: Buffer } {
    const start = this.at;
    const length = this.head(3);
    const value = this.buf.toString('utf8', this.at, this.at + length);
    this.at += length;
    return { value, bytes: this.buf.subarray(start, this.at) };
  }

  pages(): PageRun {
    const count = this.head(4);
    let first = 0;
    let page = 0;
    let restStart = this.at;
    let positions = 0;
    for (let i = 0; i < count; i++) {
      this.fields(3);
      page += this.head(0);
      if (i === 0) [first, restStart] = [page, this.at];
      const locs = this.head(4);
      this.skipIntegers(locs);
      const metaLocs = this.head(4);
      this.skipIntegers(metaLocs);
      positions += locs + metaLocs + 1;
    }
    return { count, first, last: page, rest: this.buf.subarray(restStart, this.at), positions };
  }
}

/** Writes CBOR into a buffer that grows. */
export class Writer {
  private buf = Buffer.allocUnsafe(1 << 16);
  private at = 0;

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(2 * this.buf.length, this.at + n));
    this.buf.copy(bigger, 0, 0, this.at);
    this.buf = bigger;
  }

  /** A head: the shortest encoding of `n`, as minicbor writes it. */
  head(major: number, n: number): void {
    this.room(9);
    const type = major << 5;
    if (n < 24) this.buf[this.at++] = type | n;
    else if (n < 0x100) {
      this.buf[this.at++] = type | 24;
      this.buf[this.at++] = n;
    } else if (n < 0x10000) {
      this.buf[this.at++] = type | 25;
      this.at = this.buf.writeUInt16BE(n, this.at);
    } else if (n < 0x100000000) {
      this.buf[this.at++] = type | 26;
      this.at = this.buf.writeUInt32BE(n, this.at);
    } else {
      this.buf[this.at++] = type | 27;
      this.at = this.buf.writeBigUInt64BE(BigInt(n), this.at);
    }
  }

  copy(bytes: Buffer): void {
    this.room(bytes.length);
    this.at += bytes.copy(this.buf, this.at);
  }

  /** The runs of pages of one word or spelling from several shards, as one run (`offset`: each shard's first page). */
  pages(runs: { run: PageRun; offset: number }[]): void {
    this.head(
      4,
      runs.reduce((sum, { run }) => sum + run.count, 0),
    );
    let last = 0;
    for (const { run, offset } of runs) {
      if (run.count === 0) continue;
      this.head(4, 3);
      this.head(0, run.first + offset - last);
      this.copy(run.rest);
      last = run.last + offset;
    }
  }

  /** What was written, copied out. */
  bytes(): Buffer {
    return Buffer.from(this.buf.subarray(0, this.at));
  }
}

/** The same word from several shards (in shard order) written as one. Returns its positions. */
export function writeWord(out: Writer, parts: { word: RawWord; offset: number }[]): number {
  const runs = parts.map(({ word, offset }) => ({ run: word.pages, offset }));
  const spellings = new Map<string, { text: Buffer; runs: { run: PageRun; offset: number }[] }>();
  let positions = 0;
  for (const { word, offset } of parts) {
    positions += word.pages.positions;
    for (const { spelling, text, pages } of word.variants) {
      positions += pages.positions;
      let entry = spellings.get(spelling);
      if (!entry) spellings.set(spelling, (entry = { text, runs: [] }));
      entry.runs.push({ run: pages, offset });
    }
  }
  if (parts.length === 1 && parts[0]!.offset === 0) {
    out.copy(parts[0]!.word.bytes);
    return positions;
  }
  out.head(4, 3);
  out.copy(parts[0]!.word.text);
  out.pages(runs);
  out.head(4, spellings.size);
  for (const { text, runs: spellingRuns } of spellings.values()) {
    out.head(4, 2);
    out.copy(text);
    out.pages(spellingRuns);
  }
  return positions;
}

/** The words of one chunk file's contents (unpacked, without the signature), in order. */
export function* readWords(chunk: Buffer): Generator<RawWord> {
  const r = new Reader(chunk);
  r.fields(1);
  const count = r.head(4);
  for (let i = 0; i < count; i++) {
    const start = r.at;
    r.fields(3);
    const { value: word, bytes: text } = r.text();
    const pages = r.pages();
    const variants: RawWord['variants'] = [];
    const variantCount = r.head(4);
    for (let v = 0; v < variantCount; v++) {
      r.fields(2);
      const { value: spelling, bytes: vText } = r.text();
      variants.push({ spelling, text: vText, pages: r.pages() });
    }
    yield { word, bytes: chunk.subarray(start, r.at), text, pages, variants };
  }
}
