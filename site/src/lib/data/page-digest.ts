// The digest behind incremental-build keys: of a page's data, whatever its shape. View models are
// created once per content sync and never modified, so an object's digest is kept by identity:
// an article listed under a hundred others is serialised once per build, not a hundred times.
import { createHash } from 'node:crypto';

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');
const known = new WeakMap<object, string>();

export function digestOf(value: unknown): string {
  if (typeof value === 'function' || typeof value === 'symbol') throw new TypeError('Khóa trang chỉ tạo được từ dữ liệu, không từ hàm.');
  if (typeof value !== 'object' || value === null) return hash(value === undefined ? 'undefined' : JSON.stringify(value));
  const cached = known.get(value);
  if (cached !== undefined) return cached;
  let digest: string;
  if (Array.isArray(value)) digest = hash(`[${value.map(digestOf).join(',')}]`);
  else if (value instanceof Map) digest = hash(`Map[${[...value].map(([k, v]) => `${digestOf(k)}:${digestOf(v)}`).join(',')}]`);
  else if (value instanceof Date) digest = hash(`Date(${value.toISOString()})`);
  else if (Object.getPrototypeOf(value) === Object.prototype) {
    digest = hash(
      `{${Object.entries(value)
        .map(([k, v]) => `${JSON.stringify(k)}:${digestOf(v)}`)
        .join(',')}}`,
    );
  } else throw new TypeError(`Không tạo được khóa trang từ ${Object.prototype.toString.call(value)}.`);
  known.set(value, digest);
  return digest;
}
