// The reader's query, folded exactly as the index was (record-html.ts), for Pagefind; plus the
// document number it may name. Pure: runs in the browser and in unit tests.
import { documentQueryKey, foldForSearch, searchTokens } from '@dbk/shared-types';
import { exactQuery, type ExactQuery } from './exact-tokens';
import { documentFilterValues } from './record-html';

/**
 * Words sent to Pagefind at most. Pagefind requires every word and downloads an index chunk per
 * word, so a pasted paragraph would only cost bandwidth to find nothing.
 */
export const MAX_SEARCH_TERMS = 12;

/** What the search page says before a query: in its HTML already, and again from the script. */
export const SEARCH_PROMPT = 'Nhập từ khóa (có dấu hoặc không dấu) hoặc số, ký hiệu văn bản để tìm.';

export interface SearchQuery {
  /** folded words joined by spaces, for pagefind.search; "" when there is nothing to search */
  text: string;
  /** the same words: document numbers stay whole ("35-nq/tw") */
  terms: string[];
  /** documentQueryKey of the query: "35-nq/tw", "35-nq", or null */
  documentKey: string | null;
  /** the `so` filter value that selects that document ("8-qdi/tw"), or null */
  documentFilter: string | null;
  /** toned and pair words to look up exactly, for ranking (exact-tokens.ts, rank.ts) */
  exact: ExactQuery;
}

export function buildSearchQuery(raw: string): SearchQuery {
  const terms = searchTokens(raw).slice(0, MAX_SEARCH_TERMS);
  const documentKey = documentQueryKey(raw);
  // documentFilterValues gives [number-kind] or [number-kind, number-kind/issuer]: the last is the
  // most precise form the query supports.
  const documentFilter = documentKey ? (documentFilterValues(documentKey).at(-1) ?? null) : null;
  return { text: terms.join(' '), terms, documentKey, documentFilter, exact: exactQuery(raw, MAX_SEARCH_TERMS) };
}

/** Letters and digits of a token, as Pagefind joins a compound word: "35-nq/tw" → "35nqtw". */
const squash = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Does a result really contain every query word? Pagefind answers a word it does not know with the
 * longest indexed word that the query word starts with ("xyzbanthao" → "x"), which turns a word
 * found nowhere into unrelated results. Each term must be the start of a word of the folded
 * result text, or of a whole compound ("35-nq/tw" as "35nqtw").
 */
export function containsAllTerms(foldedText: string, terms: string[]): boolean {
  const words = new Set<string>();
  for (const chunk of foldForSearch(foldedText).split(/\s+/u)) {
    words.add(squash(chunk));
    for (const part of chunk.match(/[\p{L}\p{N}]+/gu) ?? []) words.add(part);
  }
  const list = [...words].filter(Boolean);
  return terms.every((term) => {
    const t = squash(term);
    return t === '' || list.some((w) => w.startsWith(t));
  });
}
