// The last Pagefind index, kept in Astro's cacheDir under the hash of everything that made it:
// the records, the code that indexes them, the options and the lockfile (Pagefind's version).
// Pagefind indexes 10,000 articles in about 21 s and cannot update an index in place; a build whose
// search input did not change (the nightly rebuild, a menu edit) takes the stored copy instead.
// Files are linked where the file system allows it: an index is only ever replaced, never edited.
//
// Beside it, the Pagefind output of each shard of the last full build (write-index.ts,
// shard-bounds.ts), under the hash of that shard's input: a full build after a few publishes
// indexes again only the shards that changed and joins the rest as they were.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const STAMP = 'input.sha256';

/** The hash of an index's (or a shard's) input: pass indexCodeIdentity() among `parts`. */
export function indexInputHash(parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(part)).update('\n');
  return hash.digest('hex');
}

let codeIdentity: string | undefined;

/**
 * The code that turns records into an index: this folder (the records' HTML, the shards, the join),
 * @dbk/shared-types (folding, document numbers) and the lockfile (Pagefind's version). A change to
 * any of it indexes every shard again, once. Read once per process, not once per shard.
 */
export function indexCodeIdentity(): string {
  if (codeIdentity) return codeIdentity;
  const lockfile = findLockfile();
  codeIdentity = indexInputHash([
    sourcesHash([
      [path.dirname(fileURLToPath(import.meta.url)), '.ts'],
      [path.dirname(createRequire(import.meta.url).resolve('@dbk/shared-types')), '.js'],
    ]),
    lockfile ? createHash('sha256').update(fs.readFileSync(lockfile)).digest('hex') : 'no lockfile',
  ]);
  return codeIdentity;
}

/** A hash of the names and contents of the files ending in `ext` under each folder. */
export function sourcesHash(sources: ReadonlyArray<readonly [dir: string, ext: string]>): string {
  const hash = createHash('sha256');
  for (const [dir, ext] of sources) {
    const files = fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith(ext))
      .sort();
    for (const name of files)
      hash
        .update(name)
        .update('\0')
        .update(fs.readFileSync(path.join(dir, name)))
        .update('\0');
  }
  return hash.digest('hex');
}

function findLockfile(from = process.cwd()): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package-lock.json');
    if (fs.existsSync(file)) return file;
    if (path.dirname(dir) === dir) return null;
  }
}

function copyTree(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, source));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    linkOrCopy(source, target);
  }
}

/** A hard link where the file system allows it (both sides are only ever replaced), else a copy. */
export function linkOrCopy(source: string, target: string): void {
  try {
    fs.linkSync(source, target);
  } catch {
    fs.copyFileSync(source, target);
  }
}

const SHARDS = 'search-shards';

/** Where the shard made from input `hash` is kept (it exists only once complete). */
export const storedShard = (cacheDir: string, hash: string): string => path.join(cacheDir, SHARDS, hash);

/** Keeps the shard just written at `dir` under `hash`, moving it (a rename: never half there). */
export function storeShard(cacheDir: string, hash: string, dir: string): string {
  const target = storedShard(cacheDir, hash);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(dir, target);
  return target;
}

/** Removes the stored shards other than `keep` (hashes): the next build starts from this one's. */
export function pruneShards(cacheDir: string, keep: Set<string>): void {
  const dir = path.join(cacheDir, SHARDS);
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) if (!keep.has(name)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
}

/** Puts the stored index at outputPath when it was made from the same input; false otherwise. */
export function restoreIndex(cacheDir: string, hash: string, outputPath: string): boolean {
  const stored = path.join(cacheDir, 'search-index');
  const stamp = path.join(stored, STAMP);
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== hash) return false;
  fs.rmSync(outputPath, { recursive: true, force: true });
  copyTree(path.join(stored, 'pagefind'), outputPath);
  return true;
}

/** Stores the index just written; the stamp goes last, so a half-stored copy is never used. */
export function storeIndex(cacheDir: string, hash: string, outputPath: string): void {
  const stored = path.join(cacheDir, 'search-index');
  fs.rmSync(stored, { recursive: true, force: true });
  copyTree(outputPath, path.join(stored, 'pagefind'));
  fs.writeFileSync(path.join(stored, STAMP), hash);
}
