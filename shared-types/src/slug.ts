// URL slugs: folded like search ("Đảng bộ" → "dang-bo", never "djang-bo" or
// "ang-bo"), then ASCII a-z0-9 words joined by single hyphens.
import { foldForSearch } from './fold.js';

/**
 * The one slug length limit: the admin form (schema.json maxLength of every uid), the CMS's
 * save-time slug maker and the contract's zod schema all use it (shared-types/test/schema-agreement).
 * Long enough for a whole Vietnamese headline: 300-character titles are rare, 120 keeps ~20 words.
 */
export const SLUG_MAX_LENGTH = 120;

/** Used by uniqueSlug when the title gave no slug at all. */
export const FALLBACK_SLUG = 'bai-viet';

/** Give up rather than loop forever when `taken` says yes to everything. */
const MAX_ATTEMPTS = 10_000;

/**
 * Slug of a title: "Đổi mới sáng tạo, xây dựng Đảng bộ" → "doi-moi-sang-tao-xay-dung-dang-bo".
 * At most maxLength characters, cut at a hyphen when possible. Returns '' when
 * nothing sluggable is left (empty, only punctuation, only non-Latin script):
 * callers choose the fallback.
 */
export function slugify(input: string, maxLength: number = SLUG_MAX_LENGTH): string {
  const slug = foldForSearch(input)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return truncateSlug(slug, maxLength);
}

/**
 * base, or base-2, base-3, ... whichever `taken` first says is free. The base
 * is shortened when needed so the result stays within maxLength; an empty
 * base becomes FALLBACK_SLUG.
 */
export async function uniqueSlug(
  base: string,
  taken: (candidate: string) => boolean | Promise<boolean>,
  maxLength: number = SLUG_MAX_LENGTH,
): Promise<string> {
  const root = base === '' ? FALLBACK_SLUG : base;
  for (let n = 1; n <= MAX_ATTEMPTS; n++) {
    const suffix = n === 1 ? '' : `-${n}`;
    const candidate = truncateSlug(root, maxLength - suffix.length) + suffix;
    if (!(await taken(candidate))) return candidate;
  }
  throw new Error(`uniqueSlug: no free slug for "${root}" after ${MAX_ATTEMPTS} attempts`);
}

/** Cut a slug to maxLength, preferably at a hyphen, never leaving a trailing one. */
function truncateSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  if (maxLength <= 0) return '';
  // Include one extra character: if it is a hyphen, the cut falls exactly on a word end.
  const head = slug.slice(0, maxLength + 1);
  const lastHyphen = head.lastIndexOf('-');
  const cut = lastHyphen > 0 ? head.slice(0, lastHyphen) : head.slice(0, maxLength);
  return cut.replace(/-+$/u, '');
}
