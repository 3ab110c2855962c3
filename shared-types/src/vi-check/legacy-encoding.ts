// Text typed in the legacy 8-bit Vietnamese encodings (TCVN3/ABC with the .Vn fonts, VNI with the
// VNI- fonts) and later read as Latin-1/Windows-1252: "§¶ng bé" (TCVN3), "Ñaûng boä" (VNI) for
// "Đảng bộ". Detected word by word: a word is converted only when it is not Vietnamese as it stands
// and becomes well-formed Vietnamese once decoded, and the encoding is named only when several words
// agree, so real Unicode text (which uses some of the same letters: "é", "ù") is never touched.
import { splitGlued } from './findings.js';
import { isSyllable } from './syllable.js';

export type LegacyEncoding = 'TCVN3' | 'VNI';

// TCVN3 (ABC): one byte per letter; the byte as a Latin-1 character → the Unicode letter.
const TCVN3_LETTERS = 'ĂÂÊÔƠƯĐăâêôơưđ' + 'àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';
const TCVN3_BYTES = [
  0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xbb, 0xbc, 0xbd, 0xbe,
  0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xce, 0xcf, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xdc, 0xdd, 0xde, 0xdf, 0xe1,
  0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9,
  0xfa, 0xfb, 0xfc, 0xfd, 0xfe,
];
const TCVN3 = new Map([...TCVN3_LETTERS].map((letter, i) => [String.fromCharCode(TCVN3_BYTES[i]!), letter]));

function decodeTcvn3(word: string): string {
  let out = '';
  for (const ch of word) out += TCVN3.get(ch) ?? ch;
  return out;
}

// VNI: a base letter followed by a mark byte (circumflex/breve, possibly with a tone, then a tone).
const CIRC = '\u0302';
const BREVE = '\u0306';
const TONE: Record<string, string> = { ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323' };
const CIRC_TONE: Record<string, string> = { â: '', á: '\u0301', à: '\u0300', å: '\u0309', ã: '\u0303', ä: '\u0323' };
const BREVE_TONE: Record<string, string> = { ê: '', é: '\u0301', è: '\u0300', ú: '\u0309', ü: '\u0303', ë: '\u0323' };
// Letters of their own: ơ, ư, đ, and i and ỵ with their tones.
const VNI_SINGLE: Record<string, string> = { ô: 'ơ', ö: 'ư', ñ: 'đ', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };

function lowerIs(ch: string | undefined, table: Record<string, string>): string | undefined {
  return ch === undefined ? undefined : table[ch.toLowerCase()];
}

function decodeVni(word: string): string {
  const chars = [...word];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    const single = VNI_SINGLE[lower];
    let base = single ? (ch === lower ? single : single.toUpperCase()) : ch;
    if (!/^[aeouyơưAEOUYƠƯ]$/u.test(base)) {
      out += base;
      continue;
    }
    const b = base.toLowerCase();
    const circ = b === 'a' || b === 'e' || b === 'o' ? lowerIs(chars[i + 1], CIRC_TONE) : undefined;
    const breve = b === 'a' ? lowerIs(chars[i + 1], BREVE_TONE) : undefined;
    if (circ !== undefined) {
      base += CIRC + circ;
      i++;
    } else if (breve !== undefined) {
      base += BREVE + breve;
      i++;
    }
    const tone = lowerIs(chars[i + 1], TONE);
    if (tone !== undefined && !/[\u0300\u0301\u0303\u0309\u0323]/u.test(base)) {
      base += tone;
      i++;
    }
    out += base.normalize('NFC');
  }
  return out;
}

const DECODERS: Record<LegacyEncoding, (word: string) => string> = { TCVN3: decodeTcvn3, VNI: decodeVni };
const LETTERS = /\p{L}+/gu;
// Only words carrying one of these can be legacy text: plain ASCII reads the same in every encoding.
const LEGACY_CHAR = /[\u00a1-\u00fe]/u;

function allSyllables(text: string): boolean {
  const words = text.match(LETTERS);
  return !!words && words.every((w) => isSyllable(w));
}

// Letters only Unicode has: a line holding one was not typed in a legacy encoding.
const UNICODE_ONLY = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u;

/**
 * The chunk (no spaces) decoded, if it is legacy text: it decodes to well-formed Vietnamese and
 * either is not Vietnamese as it stands ("§¶ng") or sits in a line with no Unicode-only letter (so
 * "bé", "Khoái", valid in Unicode too, are read as the TCVN3 "bộ" and the VNI "Khối" there).
 */
function decodeChunk(chunk: string, encoding: LegacyEncoding, pureLine: boolean): string | undefined {
  if (!LEGACY_CHAR.test(chunk)) return undefined;
  const decoded = DECODERS[encoding](chunk);
  if (decoded === chunk) return undefined;
  if (allSyllables(decoded)) return pureLine || !allSyllables(chunk) ? decoded : undefined;
  // A glued word typed in the legacy encoding ("®·lµm") is still legacy text: converted, then flagged.
  const words = decoded.match(LETTERS) ?? [];
  return pureLine && words.every((w) => isSyllable(w) || splitGlued(w)) ? decoded : undefined;
}

export interface LegacyConversion {
  encoding: LegacyEncoding;
  /** how many words were converted */
  words: number;
  /** the first few, as they were and as they are now */
  examples: [string, string][];
}

// Two agreeing words name the encoding; a single odd word in a long text is not enough to guess.
const MIN_WORDS = 2;

/** The text with its legacy-encoded words converted, and what was converted (undefined: nothing). */
export function convertLegacy(text: string): { text: string; conversion?: LegacyConversion } {
  const lines = text.split('\n').map((line) => ({ chunks: line.split(/(\s+)/u), pure: !UNICODE_ONLY.test(line) }));
  // The encoding is named by the words that are not Vietnamese unless decoded: the unambiguous ones.
  const counts = (Object.keys(DECODERS) as LegacyEncoding[]).map((encoding) => ({
    encoding,
    n: lines.reduce((sum, l) => sum + l.chunks.filter((c) => decodeChunk(c, encoding, false) !== undefined).length, 0),
  }));
  const best = counts.sort((a, b) => b.n - a.n)[0]!;
  if (best.n < MIN_WORDS) return { text };
  const examples: [string, string][] = [];
  let words = 0;
  const out = lines.map((line) =>
    line.chunks
      .map((chunk) => {
        const decoded = decodeChunk(chunk, best.encoding, line.pure);
        if (decoded === undefined) return chunk;
        words++;
        if (examples.length < 5) examples.push([chunk, decoded]);
        return decoded;
      })
      .join(''),
  );
  return { text: out.join('\n'), conversion: { encoding: best.encoding, words, examples } };
}
