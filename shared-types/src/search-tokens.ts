// Word tokens for search: folded words, with a party document number kept as one token.
import { findDocumentNumbers } from './document-number.js';
import { foldForSearch, MAX_QUERY_CHARS } from './fold.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** Query limit: keep a pasted 1,000+-character query cheap. */
export const MAX_QUERY_TOKENS = 64;

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
