// Marks the reader's words in unfolded text ("Đảng bộ" for the query "dang bo"). The index only
// holds folded text, so the text is folded here one letter at a time, remembering where each
// folded letter came from, and matches found in the folded text are mapped back. Pure.
import { findDocumentNumbers, foldForSearch, matchesDocumentQuery } from '@dbk/shared-types';

export interface Segment {
  text: string;
  mark: boolean;
}

// A letter with the combining marks that follow it (NFD input: "a" + U+0302 + U+0323).
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;
const WORD = /[\p{L}\p{N}]+/gu;

interface Folded {
  text: string;
  /** for each UTF-16 unit of `text`, the [start, end) of the cluster of the original it came from */
  from: [number, number][];
}

function foldWithOffsets(input: string): Folded {
  let text = '';
  const from: [number, number][] = [];
  for (const m of input.matchAll(CLUSTER)) {
    const piece = foldForSearch(m[0]);
    for (let i = 0; i < piece.length; i++) from.push([m.index, m.index + m[0].length]);
    text += piece;
  }
  return { text, from };
}

/**
 * Splits `text` into plain and marked segments. A word is marked when its folded form is one of
 * the query's words; a query word that is no whole word of the text marks the words it starts
 * (Pagefind matches such prefixes too). A document number in the query ("35-nq/tw") marks that
 * number however the text writes it ("35-NQ/TW", "35 - NQ/TW"). Marked words separated only by
 * spaces make one mark.
 */
export function highlightSegments(text: string, terms: string[]): Segment[] {
  const wanted = [...new Set(terms.flatMap((t) => foldForSearch(t).match(WORD) ?? []))];
  if (wanted.length === 0 || text === '') return text === '' ? [] : [{ text, mark: false }];
  const folded = foldWithOffsets(text);
  const words = [...folded.text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const whole = new Set(words.map((w) => w.word));
  const exact = new Set(wanted.filter((w) => whole.has(w)));
  const prefixes = wanted.filter((w) => !exact.has(w));

  const found: [number, number][] = [];
  for (const w of words) {
    if (exact.has(w.word) || prefixes.some((p) => w.word.startsWith(p))) found.push([folded.from[w.start]![0], folded.from[w.end - 1]![1]]);
  }
  // A document number in the query marks the whole number in the text, however it is written.
  const keys = terms.map((t) => foldForSearch(t)).filter((t) => /[^\p{L}\p{N}]/u.test(t));
  if (keys.length > 0) {
    for (const m of findDocumentNumbers(text)) {
      if (keys.some((k) => matchesDocumentQuery(m.parsed.key, k))) found.push([m.start, m.end]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);

  const ranges: [number, number][] = [];
  for (const [start, end] of found) {
    const last = ranges.at(-1);
    // Marked words separated only by spaces form one mark: "<mark>Đảng bộ</mark>".
    if (last && /^\s*$/u.test(text.slice(last[1], start))) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }

  const segments: Segment[] = [];
  let done = 0;
  for (const [start, end] of ranges) {
    if (start > done) segments.push({ text: text.slice(done, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    done = end;
  }
  if (done < text.length) segments.push({ text: text.slice(done), mark: false });
  return segments;
}
