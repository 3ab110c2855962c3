// Typing defects an editor should see before readers do: words glued together ("đãlàm") and a
// missing space after punctuation ("động.Đẩy"). Both are found with the syllable model: a word is
// glued when it is not a Vietnamese syllable but splits into two or three that are. Names,
// abbreviations, document numbers, addresses and numbers are left alone (see `masked`).
import { isSyllable } from './syllable.js';

export type FindingKind = 'dinh-tu' | 'thieu-cach' | 'chu-d-sai';

export interface Finding {
  kind: FindingKind;
  /** offsets in the checked text (UTF-16, as String.slice takes them) */
  start: number;
  end: number;
  /** what is there now */
  text: string;
  /** what one click writes instead */
  fix: string;
  /** for the editor, in Vietnamese */
  message: string;
}

// Addresses, e-mail, document numbers ("01-NQ/ĐUK", "số 12/2020/QĐ-UBND") and anything with a digit
// or a slash: not prose, never checked.
const NOT_PROSE = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\S*[\d/\\_@#]\S*|\b[\p{L}-]+\.(?:vn|com|net|org|gov|edu|info)\b\S*/giu;

/** The text with its non-prose runs blanked (same length, so offsets still hold). */
function masked(text: string): string {
  return text.replace(NOT_PROSE, (m) => ' '.repeat(m.length));
}

const ASCII_ONLY = /^[a-z]+$/iu;
const UPPER = /\p{Lu}/gu;

/** The parts of a glued word ("đãlàm" → ["đã", "làm"]), best split first; undefined if none. */
export function splitGlued(word: string): string[] | undefined {
  if (word.length < 4 || isSyllable(word)) return undefined;
  let best: string[] | undefined;
  const score = (parts: string[]) => Math.min(...parts.map((p) => p.length));
  for (let i = 2; i <= word.length - 2; i++) {
    const head = word.slice(0, i);
    if (!isSyllable(head)) continue;
    const tail = word.slice(i);
    const candidates: string[][] = [];
    if (isSyllable(tail)) candidates.push([head, tail]);
    for (let j = 2; j <= tail.length - 2; j++) {
      if (isSyllable(tail.slice(0, j)) && isSyllable(tail.slice(j))) candidates.push([head, tail.slice(0, j), tail.slice(j)]);
    }
    for (const c of candidates) {
      // Two parts beat three; among equals, the split whose shortest part is longest.
      if (!best || c.length < best.length || (c.length === best.length && score(c) > score(best))) best = c;
    }
  }
  return best;
}

function gluedWords(text: string, clean: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of clean.matchAll(/\p{L}+/gu)) {
    const word = m[0];
    // Abbreviations and names in capitals ("UBND", "HĐND"), and plain ASCII (English, brand names,
    // text typed without marks): a split of those is a guess, not a finding.
    if ((word.match(UPPER)?.length ?? 0) > 1 || ASCII_ONLY.test(word)) continue;
    const next = clean[m.index + word.length];
    const prev = m.index > 0 ? clean[m.index - 1] : undefined;
    // Joined by an apostrophe or a hyphen ("H'Mông", "Ê-đê"): ethnic and foreign names.
    if (next === "'" || next === '’' || next === '-' || prev === "'" || prev === '’' || prev === '-') continue;
    const parts = splitGlued(word);
    if (!parts) continue;
    const fix = parts.join(' ');
    findings.push({
      kind: 'dinh-tu',
      start: m.index,
      end: m.index + word.length,
      text: text.slice(m.index, m.index + word.length),
      fix,
      message: `Có thể bị dính chữ: "${word}" → "${fix}"`,
    });
  }
  return findings;
}

const AFTER_PUNCT = /(\p{L}+)([.!?…;:,])(\p{L}+)/gu;

function missingSpaces(text: string, clean: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of clean.matchAll(AFTER_PUNCT)) {
    const [, left, mark, right] = m as unknown as [string, string, string, string];
    // "TP.HCM", "Th.S", "v.v": abbreviations are not two words of prose.
    if (!/\p{Ll}$/u.test(left) || !isSyllable(left) || !isSyllable(right) || (right.match(UPPER)?.length ?? 0) > 1) continue;
    if (/^[.!?…]$/u.test(mark) && !/^\p{Lu}/u.test(right)) continue;
    const at = m.index + left.length + mark.length;
    findings.push({
      kind: 'thieu-cach',
      start: m.index + left.length,
      end: at,
      text: mark,
      fix: `${mark} `,
      message: `Thiếu dấu cách sau "${mark}": "${left}${mark}${right}"`,
    });
  }
  return findings;
}

function lookAlikeD(text: string): Finding[] {
  return [...text.matchAll(/[\u00D0\u00F0]/gu)].map((m) => ({
    kind: 'chu-d-sai' as const,
    start: m.index,
    end: m.index + 1,
    text: m[0],
    fix: m[0] === '\u00D0' ? 'Đ' : 'đ',
    message: `Chữ "${m[0]}" (eth) trông như "Đ" nhưng không phải: tìm kiếm sẽ không thấy`,
  }));
}

/** Every finding in `text`, in reading order. */
export function findDefects(text: string): Finding[] {
  const clean = masked(text);
  return [...gluedWords(text, clean), ...missingSpaces(text, clean), ...lookAlikeD(text)].sort((a, b) => a.start - b.start);
}

/** The text with one finding fixed (what the editor's click does). */
export function applyFix(text: string, finding: Pick<Finding, 'start' | 'end' | 'text' | 'fix'>): string {
  if (text.slice(finding.start, finding.end) !== finding.text) throw new Error('Văn bản đã đổi từ khi kiểm tra: kiểm tra lại');
  return text.slice(0, finding.start) + finding.fix + text.slice(finding.end);
}
