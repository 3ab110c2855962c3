// Extra index words that let a folded Pagefind index rank like a Vietnamese reader expects.
//
// The index is folded (record-html.ts): "Đảng" (the Party) and "đang" (currently) are both "dang",
// and Pagefind does not rank adjacent words above scattered ones. So each record also carries, once
// each:
//  - a toned word for every word it has, spelled in ASCII so that Pagefind keeps it apart from the
//    others: "Đảng" → "0d9a4ng0", "đang" → "0d9ang0", "bộ" → "0bo56" + "0";
//  - a pair word for every two adjacent words of its start, folded: "Đảng bộ" → "00dang0bo0".
// A query typed with tones asks Pagefind for its toned words one by one, a query of several words
// for its pairs; the results that have them rank first (rank.ts). Every extra word starts with
// "0" followed by a letter or another "0", which no folded word or document number does, so the
// folded search (which also matches words by their start) never reaches them; and each ends with
// "0", so "0d9a0" (đa) does not match "0d9a4ng0" (đảng) by its start. Pure.
import { MAX_QUERY_CHARS, normalizeText } from '@dbk/shared-types';

/**
 * Digits for the marks of Vietnamese letters in NFD (tones, then vowel marks, then đ). Any other
 * mark is left out: it is no Vietnamese spelling to tell apart.
 */
const MARK_CODES: Record<string, string> = {
  '\u0300': '1', // huyền
  '\u0301': '2', // sắc
  '\u0303': '3', // ngã
  '\u0309': '4', // hỏi
  '\u0323': '5', // nặng
  '\u0302': '6', // â ê ô
  '\u0306': '7', // ă
  '\u031B': '8', // ơ ư
};
const STROKE_D = '9';
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

/** Text as words are cut from it here: normalizeText (Ð → Đ, NFC), lower case. */
const prepare = (text: string) => normalizeText(text).toLowerCase();

/** The toned word for one lower-case word: its letters in NFD, each mark as a digit. */
export function tonedToken(word: string): string {
  let out = '0';
  for (const ch of word.normalize('NFD')) {
    if (ch === 'đ') out += `d${STROKE_D}`;
    else if (MARK.test(ch)) out += MARK_CODES[ch] ?? '';
    else out += ch;
  }
  return `${out}0`;
}

/** The pair word for two adjacent words, folded ("dang", "bo" → "00dang0bo0"). */
export function pairToken(first: string, second: string): string {
  return `00${fold(first)}0${fold(second)}0`;
}

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');

interface Word {
  text: string;
  /** true when only spaces separate it from the word before: "Đảng bộ", not "Đảng. Bộ" */
  joined: boolean;
}

/** The words of a text that have a letter, lower case, with whether each follows the last closely. */
function wordsOf(text: string): Word[] {
  const prepared = prepare(text);
  const words: Word[] = [];
  let end = -1;
  for (const m of prepared.matchAll(WORD)) {
    const joined = end >= 0 && /^[^\S\n]+$/u.test(prepared.slice(end, m.index));
    end = m.index + m[0].length;
    if (LETTER.test(m[0])) words.push({ text: m[0], joined });
    else end = -1; // a number breaks a phrase: "năm 2024 Đảng bộ" holds no pair "nam dang"
  }
  return words;
}

function pairsOf(words: Word[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < words.length; i++) if (words[i]!.joined) pairs.push(pairToken(words[i - 1]!.text, words[i]!.text));
  return pairs;
}

/**
 * Words of each text whose pairs are indexed. An article's pairs are mostly unique to it (names,
 * places), so they weigh: at 10,000 articles of ~680 words, pairs of whole bodies made the index
 * 2.9 times as heavy (27 → 77 MB). A phrase in the title, summary or lead ranks as a phrase; one
 * further down ranks like its words.
 */
export const MAX_PAIR_WORDS = 150;

/** Every toned word of a record's text and the pair words of its start, once each, for the index. */
export function exactIndexText(...texts: string[]): string {
  const tokens = new Set<string>();
  for (const text of texts) {
    const words = wordsOf(text);
    for (const w of words) tokens.add(tonedToken(w.text));
    for (const p of pairsOf(words.slice(0, MAX_PAIR_WORDS))) tokens.add(p);
  }
  return [...tokens].join(' ');
}

export interface ExactQuery {
  /** the query's toned words when it was typed with any tone, vowel mark or đ; [] otherwise */
  toned: string[];
  /** the pair words of its adjacent words; [] for a single word */
  pairs: string[];
}

/** What of a query to look up exactly (bounded like the query itself: at most `maxWords` words). */
export function exactQuery(raw: string, maxWords: number): ExactQuery {
  const words = wordsOf(raw.slice(0, MAX_QUERY_CHARS)).slice(0, maxWords);
  const typedWithTones = words.some((w) => fold(w.text) !== w.text);
  return {
    toned: typedWithTones ? [...new Set(words.map((w) => tonedToken(w.text)))] : [],
    pairs: [...new Set(pairsOf(words))],
  };
}
