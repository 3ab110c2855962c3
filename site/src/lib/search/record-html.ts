// What the search index holds for each page, and the HTML Pagefind indexes for it.
//
// Pagefind folds tones itself but not đ/Đ (nor the look-alike Ð), and it reads "08-QĐi/TW" as
// "08", "q", "i", "tw", so "dang bo" would never find "Đảng bộ". The index is therefore built
// from records, not from the rendered pages: the text Pagefind sees is foldForSearch'ed here,
// with every party document number rewritten to its folded key ("08-qdi/tw"), and the browser
// folds the query the same way (query.ts). What readers see (title, excerpt) travels unfolded in
// the record's metadata; kind, category, year, day and document numbers are filters; the date is
// the sort key that breaks ties between equally relevant results.
//
// Pure, and imports nothing but @dbk/shared-types and exact-tokens.ts (by its file name, for Node's
// type stripping): the Astro integration and the 10,000-article weight script
// (scripts/src/search-weight.ts) both use it.
import { findDocumentNumbers, foldForSearch, parseDocumentNumber, splitDocumentKey } from '@dbk/shared-types';
import { exactIndexText } from './exact-tokens.ts';

/** Kinds of result, as URL values (?loai=van-ban) and the labels readers see. */
export const SEARCH_KINDS = {
  'tin-bai': 'Tin bài',
  'van-ban': 'Văn bản',
  trang: 'Trang',
  'thu-vien-anh': 'Thư viện ảnh',
} as const;
export type SearchKind = keyof typeof SEARCH_KINDS;

/** Pagefind filter names; the search page's query parameters use the same names. */
export const FILTERS = { kind: 'loai', category: 'chuyen-muc', year: 'nam', day: 'ngay', document: 'so' } as const;
/** Pagefind sort key: "2020-08-17T08:33" (Asia/Ho_Chi_Minh wall time), so text order is time order. */
export const SORT_DATE = 'ngay';
/** Unfolded metadata for display. Pagefind's own `title` meta holds the folded title (ranking). */
export const META = { heading: 'heading', excerpt: 'excerpt' } as const;

/** Title words weigh this much against 1 for body words (Pagefind allows up to 10). */
export const TITLE_WEIGHT = 7;

/**
 * Occurrences of a word kept per body. Pagefind stores every position of every word, and the
 * common syllables of Party news ("dang", "bo", "khoi") occur dozens of times in every article:
 * at 10,000 articles their positions alone made a first search download over half a megabyte.
 * Relevance saturates long before (BM25, Pagefind's termSaturation), results show the record's own
 * excerpt rather than Pagefind's, so later repeats only cost bytes.
 */
export const MAX_REPEATS = 3;

export interface SearchRecord {
  /** site path, "/bai-viet/slug/" */
  url: string;
  kind: SearchKind;
  /** as shown */
  title: string;
  /** "2020-08-17T08:33" in Asia/Ho_Chi_Minh, "2018-10-22T00:00" for a calendar day, null for undated pages */
  date: string | null;
  /** category slugs (an article's category and its parent) */
  categories: string[];
  /** shown under the title, unfolded; the reader's words are highlighted in it */
  excerpt: string;
  /** everything else to find the page by, plain text */
  body: string;
  /** party document numbers this record is ("35-NQ/TW"), documents only */
  documentNumbers: string[];
}

/**
 * Text as the index holds it: folded (tones, case, đ) and each party document number in its key
 * form, so "Quy định số 08 - QĐi/TW" becomes "quy dinh so 08-qdi/tw".
 */
export function foldForIndex(text: string): string {
  const folded = foldForSearch(text);
  let out = '';
  let done = 0;
  for (const mention of findDocumentNumbers(folded)) {
    out += folded.slice(done, mention.start) + mention.parsed.key;
    done = mention.end;
  }
  return out + folded.slice(done);
}

/** Keeps the first `max` occurrences of each word (punctuation aside) and drops later ones. */
export function capRepeats(text: string, max = MAX_REPEATS): string {
  const seen = new Map<string, number>();
  return text
    .split(/\s+/u)
    .filter((token) => {
      const key = token.replace(/[^\p{L}\p{N}]+/gu, '');
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      return key === '' || count <= max;
    })
    .join(' ');
}

/**
 * Filter values under which a document key is found: with and without the issuer, leading zeros
 * dropped, so the queries "8 qdi", "08-QĐi/TW" and "quy dinh 8" all reach "08-qdi/tw".
 */
export function documentFilterValues(key: string): string[] {
  const parts = splitDocumentKey(key);
  if (!parts) return [];
  const { number, kind, issuer } = parts;
  return issuer === undefined ? [`${number}-${kind}`] : [`${number}-${kind}`, `${number}-${kind}/${issuer}`];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);
// One line per value: Pagefind collapses whitespace anyway, and a newline must not end a meta value early.
const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The HTML document Pagefind indexes for a record (addHTMLFile). */
export function recordHtml(record: SearchRecord): string {
  const keys = record.documentNumbers.flatMap((n) => parseDocumentNumber(n)?.key ?? []);
  const filters: [string, string][] = [
    [FILTERS.kind, record.kind],
    ...record.categories.map((c): [string, string] => [FILTERS.category, c]),
    ...(record.date
      ? ([
          [FILTERS.year, record.date.slice(0, 4)],
          [FILTERS.day, record.date.slice(0, 10)],
        ] as [string, string][])
      : []),
    ...keys.flatMap((k) => documentFilterValues(k).map((v): [string, string] => [FILTERS.document, v])),
  ];
  const tag = (attr: string, name: string, value: string) => `<span ${attr}="${name}">${escapeHtml(oneLine(value))}</span>`;
  return [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>',
    `<h1 data-pagefind-weight="${TITLE_WEIGHT}">${escapeHtml(oneLine(foldForIndex(record.title)))}</h1>`,
    // The document's own number again, at title weight: "35-NQ/TW" must rank its document first.
    keys.length > 0 ? `<p data-pagefind-weight="${TITLE_WEIGHT}">${escapeHtml(keys.join(' '))}</p>` : '',
    `<p>${escapeHtml(oneLine(capRepeats(foldForIndex(record.body))))}</p>`,
    // Toned and pair words (exact-tokens.ts), once each: what tells "Đảng" from "đang" and the
    // phrase from scattered words. Last, so the folded text keeps its word positions.
    `<p>${escapeHtml(exactIndexText(record.title, record.body))}</p>`,
    // Metadata, filters and sort keys are still read inside an ignored block; their text is not
    // indexed as page content.
    '<div data-pagefind-ignore>',
    tag('data-pagefind-meta', META.heading, record.title),
    tag('data-pagefind-meta', META.excerpt, record.excerpt),
    ...filters.map(([name, value]) => tag('data-pagefind-filter', name, value)),
    record.date ? tag('data-pagefind-sort', SORT_DATE, record.date) : '',
    '</div></body></html>',
  ].join('');
}
