// The digest behind incremental-build keys: of a page's data, whatever its shape. View models are
// created once per content sync and never modified, so a large object (an article with its body,
// the document lookups) is serialised and hashed once per build and stands for itself by that
// digest wherever it appears again: an article listed under a hundred others costs one hash, not a
// hundred serialisations. Small objects are written out inline, cheaper than hashing each.
import { createHash } from 'node:crypto';

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');
/** Above this many characters an object is hashed once and referred to by its digest. */
const HASH_ABOVE = 512;
const known = new WeakMap<object, string>();

/** Inside a plain object (JSON's own walk, much faster than one by hand): what JSON cannot say. */
function inline(this: unknown, key: string, value: unknown): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') throw new TypeError('Khóa trang chỉ tạo được từ dữ liệu, không từ hàm.');
  if (key === '' || typeof value !== 'object' || value === null) return value;
  if (value instanceof Map || Array.isArray(value)) return serialise(value);
  const digest = known.get(value);
  return digest === undefined ? value : `#${digest}`;
}

function serialise(value: unknown): string {
  if (typeof value === 'function' || typeof value === 'symbol') throw new TypeError('Khóa trang chỉ tạo được từ dữ liệu, không từ hàm.');
  if (typeof value !== 'object' || value === null) return value === undefined ? 'undefined' : JSON.stringify(value);
  const digest = known.get(value);
  if (digest !== undefined) return `#${digest}`;
  let text: string;
  if (Array.isArray(value)) text = `[${value.map(serialise).join(',')}]`;
  else if (value instanceof Map) text = `Map[${[...value].map(([k, v]) => `${serialise(k)}:${serialise(v)}`).join(',')}]`;
  else if (value instanceof Date) text = `Date(${value.toISOString()})`;
  else if (Object.getPrototypeOf(value) === Object.prototype) text = JSON.stringify(value, inline);
  else throw new TypeError(`Không tạo được khóa trang từ ${Object.prototype.toString.call(value)}.`);
  if (text.length <= HASH_ABOVE) return text;
  const hashed = hash(text);
  known.set(value, hashed);
  return `#${hashed}`;
}

/**
 * An entry's data as the content store gave it stands for itself by the digest the loader stored
 * with it (Astro's generateDigest of that very data, computed once when the entry was synced, not
 * in every build): a page key then never serialises an unchanged article again. Serialising and
 * hashing 10,000 articles' data cost about 0.6 s of every build, fast or full (the CPU profile of
 * `npm run bench -- --steps gen,cold,fast --profile-fast`). The view model is the stored data
 * itself (data/content.ts), and what a page makes of it is the page's code, which the fast lane and
 * Astro's incremental build already require to be the same.
 */
export function adoptStoreDigest(data: object, digest: string | number | undefined): void {
  if (digest !== undefined) known.set(data, `store:${digest}`);
}

export function digestOf(value: unknown): string {
  return hash(serialise(value));
}
