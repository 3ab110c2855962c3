// Tone- and case-insensitive folding for search: "dang bo", "Đảng bộ",
// "ĐẢNG BỘ" and "ÐẢNG BỘ" must all find the same pages, so indexed text and
// queries both go through foldForSearch.
// Tokenizing (which keeps document numbers whole) is in search-tokens.ts, so
// that document-number.ts can fold without an import cycle.
import { normalizeText } from './text.js';

const COMBINING_MARKS = /\p{M}/gu;

/** Query limits: keep a pasted 1,000+-character query cheap. */
export const MAX_QUERY_CHARS = 2000;

/**
 * Fold text for matching: normalizeText, lower-case, strip every combining mark
 * (tones and vowel marks), đ → d, NFC. Punctuation and spacing are kept;
 * callers tokenize.
 */
export function foldForSearch(input: string): string {
  return (
    normalizeText(input) // also turns the look-alike Ð/ð into Đ/đ
      .toLowerCase()
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      // đ is a letter of its own, not d plus a mark, so NFD leaves it alone.
      .replace(/đ/gu, 'd')
      .normalize('NFC')
  );
}
