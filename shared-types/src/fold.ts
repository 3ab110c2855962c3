// Tone- and case-insensitive folding for search: "dang bo", "Đảng bộ",
// "ĐẢNG BỘ" and "ÐẢNG BỘ" must all find the same pages, so indexed text and
// queries both go through foldForSearch.
//
// fold.ts and document-number.ts import each other (tokens keep document
// numbers whole; document keys are folded). That is safe in ESM because only
// functions cross the boundary and neither module calls the other at load time.
import { findDocumentNumbers } from './document-number.js';
import { normalizeText } from './text.js';

const COMBINING_MARKS = /\p{M}/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Query limits: keep a pasted 1,000+-character query cheap. */
export const MAX_QUERY_CHARS = 2000;
export const MAX_QUERY_TOKENS = 64;

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

export interface SearchTokenLimits {
  /** Characters of input looked at (default MAX_QUERY_CHARS). */
  maxChars?: number;
  /** Tokens returned at most (default MAX_QUERY_TOKENS). */
  maxTokens?: number;
}

/**
 * Split text into folded word tokens (runs of letters/digits), except that a
 * party document number stays one token in its folded key form:
 * "Nghị quyết số 35 - NQ/TW" → ["nghi", "quyet", "so", "35-nq/tw"].
 * The default limits suit queries; pass larger limits when tokenizing
 * documents for an index.
 */
export function searchTokens(input: string, limits: SearchTokenLimits = {}): string[] {
  const maxChars = limits.maxChars ?? MAX_QUERY_CHARS;
  const maxTokens = limits.maxTokens ?? MAX_QUERY_TOKENS;
  const folded = foldForSearch(input.slice(0, maxChars));

  const tokens: string[] = [];
  const addWords = (text: string): void => {
    for (const word of text.match(WORD) ?? []) tokens.push(word);
  };
  let done = 0;
  for (const doc of findDocumentNumbers(folded)) {
    addWords(folded.slice(done, doc.start));
    tokens.push(doc.parsed.key);
    done = doc.end;
  }
  addWords(folded.slice(done));
  return tokens.slice(0, maxTokens);
}
