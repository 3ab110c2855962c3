// Party document numbers ("số và ký hiệu"): number, hyphen, kind, "/",
// issuer, e.g. "35-NQ/TW", "08-QĐi/TW", "09 - ĐA/TU", "01-NQ/ĐH-ĐUK".
// A mention such as "Nghị quyết số 35-NQ/TW" must find its document, so
// numbers are parsed into a canonical display form and a folded key.
import { foldForSearch, MAX_QUERY_CHARS } from './fold.js';
import { normalizeText } from './text.js';

export interface DocumentNumber {
  /** As written, leading zeros kept: "08". */
  number: string;
  /** Canonical abbreviation: "NQ", "QĐ" (Quyết định), "QĐi" (Quy định), "CTr", ... */
  kind: string;
  /** Upper-case, NFC, Đ not Ð: "TW", "ĐUK", "ĐH-ĐUK". */
  issuer: string;
  /** Display form: "08-QĐi/TW". */
  canonical: string;
  /** foldForSearch(canonical), for matching: "08-qdi/tw". */
  key: string;
}

export interface DocumentNumberMention {
  /** Offsets into the string given to findDocumentNumbers: text.slice(start, end) === match. */
  start: number;
  end: number;
  match: string;
  parsed: DocumentNumber;
}

// Kinds of party documents (thể thức văn bản của Đảng). Only these are
// recognised: a fixed list is what keeps "3 - km/h" and the like out.
// Case matters in the canonical form: QĐi (Quy định) is not QĐ (Quyết định).
const KINDS = [
  'NQ', // Nghị quyết
  'QĐ', // Quyết định
  'QĐi', // Quy định
  'CT', // Chỉ thị
  'CTr', // Chương trình
  'KL', // Kết luận
  'QC', // Quy chế
  'TT', // Thông tri
  'TTr', // Tờ trình
  'HD', // Hướng dẫn
  'BC', // Báo cáo
  'KH', // Kế hoạch
  'QHo', // Quy hoạch
  'TB', // Thông báo
  'TC', // Thông cáo
  'ĐA', // Đề án
  'DA', // Dự án
  'BB', // Biên bản
  'CV', // Công văn
  'PA', // Phương án
] as const;

// Search queries name kinds in words; written here already folded.
const KIND_WORDS = new Map<string, string>([
  ['nghi quyet', 'nq'],
  ['quyet dinh', 'qd'],
  ['quy dinh', 'qdi'],
  ['chi thi', 'ct'],
  ['chuong trinh', 'ctr'],
  ['ket luan', 'kl'],
  ['quy che', 'qc'],
  ['thong tri', 'tt'],
  ['to trinh', 'ttr'],
  ['huong dan', 'hd'],
  ['bao cao', 'bc'],
  ['ke hoach', 'kh'],
  ['quy hoach', 'qho'],
  ['thong bao', 'tb'],
  ['thong cao', 'tc'],
  ['de an', 'da'],
  ['du an', 'da'],
  ['bien ban', 'bb'],
  ['cong van', 'cv'],
  ['phuong an', 'pa'],
]);

// Đ in a kind also matches the look-alike Ð and, for folded text, plain d
// (the regexes are case-insensitive, so đ/ð/D are covered too).
const KIND_PATTERN = [...KINDS]
  .sort((a, b) => b.length - a.length) // QĐi before QĐ, CTr before CT
  .map((kind) => kind.replace(/Đ/gu, '[dđð]'))
  .join('|');
// Issuers are Latin abbreviations, sometimes with digits or hyphenated parts:
// TW, TU, ĐUK, BCĐ35, ĐH-ĐUK.
const ISSUER_PART = '[a-zđð][a-z0-9đð]{0,11}';
// Hyphen or any other dash, possibly with spaces around it ("09 - ĐA/TU").
const DASH = '\\p{Zs}{0,3}\\p{Pd}\\p{Zs}{0,3}';
const DOCUMENT = `(?<number>[0-9]{1,5})${DASH}(?<kind>${KIND_PATTERN})/(?<issuer>${ISSUER_PART}(?:-${ISSUER_PART}){0,2})`;

// A whole field value; whitespace is removed before matching, "Số:" allowed.
const WHOLE_VALUE = new RegExp(`^(?:số:?)?${DOCUMENT}$`, 'iu');

// In running text the mention must stand alone: not glued to a word, a path
// ("/van-ban/35-NQ/TW"), a decimal or a range, and not continued by one
// (".pdf", "/2018").
const IN_TEXT = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_./\\p{Pd}])${DOCUMENT}(?![\\p{L}\\p{M}\\p{N}_/]|[.\\p{Pd}][\\p{L}\\p{N}])`, 'giu');

const URL = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"'()[\]]+/giu;

const KIND_WORDS_IN_QUERY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...KIND_WORDS.keys()].map((words) => words.replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Parse a whole field value such as "35-NQ/TW", " 09 - ĐA/TU ", "Số: 08-QĐi/TW". Anything else → null. */
export function parseDocumentNumber(input: string): DocumentNumber | null {
  const match = WHOLE_VALUE.exec(normalizeText(input).replace(/\s+/gu, ''));
  return match ? fromGroups(match.groups) : null;
}

/**
 * Every document number mentioned in running text, in order, with offsets
 * into `text` itself (callers wrap them in links). Dates ("22/10/2018"),
 * ranges ("6-7/2024"), "COVID-19" and anything inside a URL are skipped.
 * Note that the visible text of a Markdown link is still reported.
 */
export function findDocumentNumbers(text: string): DocumentNumberMention[] {
  const urls = [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length] as const);
  const mentions: DocumentNumberMention[] = [];
  for (const m of text.matchAll(IN_TEXT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (urls.some(([urlStart, urlEnd]) => start < urlEnd && end > urlStart)) continue;
    mentions.push({ start, end, match: m[0], parsed: fromGroups(m.groups) });
  }
  return mentions;
}

/**
 * Recognise a search query that names a document number, loosely written:
 * "35-NQ/TW", "35 NQ TW", "35/NQ-TW", "nq 35", "NQ35", "nghi quyet 35",
 * "Nghị quyết số 35-NQ/TW". Returns a partial key: always the number and the
 * folded kind ("35-nq"), plus "/issuer" when the query gives one
 * ("35-nq/tw"). A query without a number next to a kind → null.
 *
 * "quy định" is QĐi ("qdi") and "quyết định" is QĐ ("qd").
 * Match against DocumentNumber.key with matchesDocumentQuery. This is a hint
 * to add exact document hits, not a replacement for full-text search:
 * "báo cáo 2024" also reads as "2024-bc".
 */
export function documentQueryKey(query: string): string | null {
  const folded = foldForSearch(query.slice(0, MAX_QUERY_CHARS));
  const explicit = findDocumentNumbers(folded)[0];
  if (explicit) return explicit.parsed.key;

  const text = folded.replace(KIND_WORDS_IN_QUERY, (words) => KIND_WORDS.get(words.split(/\s+/u).join(' ')) ?? words);
  // Letters and digits apart, so "nq35" reads as "nq 35"; "số" means "No.".
  const words = [...text.matchAll(/\p{L}+|\p{N}+/gu)].filter((w) => w[0] !== 'so');
  const isNumber = (w: RegExpExecArray | undefined): w is RegExpExecArray => w !== undefined && /^[0-9]{1,5}$/u.test(w[0]);
  const isKind = (w: RegExpExecArray | undefined): w is RegExpExecArray =>
    w !== undefined && KINDS.some((kind) => foldForSearch(kind) === w[0]);

  // Number then kind: "35 nq", "35/nq-tw", "35 nq tw".
  for (let i = 0; i < words.length; i++) {
    const [number, kind, issuer] = [words[i], words[i + 1], words[i + 2]];
    if (!isNumber(number) || !isKind(kind)) continue;
    // Take the next word as issuer only when it is clearly one: after a "/"
    // or dash, or as the query's last word ("35 nq tw", not "35 nq ve ...").
    const hasIssuer =
      issuer !== undefined &&
      /^\p{L}+$/u.test(issuer[0]) &&
      (i + 3 === words.length || /[/\p{Pd}]/u.test(text.slice(kind.index + kind[0].length, issuer.index)));
    return hasIssuer ? `${number[0]}-${kind[0]}/${issuer[0]}` : `${number[0]}-${kind[0]}`;
  }
  // Kind then number: "nq 35", "nghị quyết số 35".
  for (let i = 1; i < words.length; i++) {
    const [kind, number] = [words[i - 1], words[i]];
    if (isKind(kind) && isNumber(number)) return `${number[0]}-${kind[0]}`;
  }
  return null;
}

/**
 * Does a document key ("08-qdi/tw") match a documentQueryKey result
 * ("8-qdi", "08-qdi/tw")? Leading zeros of the number are ignored; the
 * issuer only has to match when the query gives one.
 */
export function matchesDocumentQuery(key: string, queryKey: string): boolean {
  const doc = splitDocumentKey(key);
  const query = splitDocumentKey(queryKey);
  if (!doc || !query) return false;
  return doc.number === query.number && doc.kind === query.kind && (query.issuer === undefined || doc.issuer === query.issuer);
}

/**
 * The parts of a document key or a partial query key, the number without its leading zeros:
 * "08-qdi/tw" → 8, qdi, tw; "35-nq" → 35, nq, no issuer. The one reading of a key's form, for
 * matching here and for the search index's filter values (site/src/lib/search/record-html.ts).
 */
export function splitDocumentKey(key: string): { number: string; kind: string; issuer: string | undefined } | null {
  const match = /^0*([0-9]+)-([^/]+)(?:\/(.+))?$/u.exec(key);
  if (!match) return null;
  return { number: match[1] ?? '', kind: match[2] ?? '', issuer: match[3] };
}

function fromGroups(groups: Record<string, string | undefined> | undefined): DocumentNumber {
  const number = groups?.['number'] ?? '';
  const kind = canonicalKind(normalizeText(groups?.['kind'] ?? ''));
  const issuer = normalizeText(groups?.['issuer'] ?? '').toUpperCase();
  const canonical = `${number}-${kind}/${issuer}`;
  return { number, kind, issuer, canonical, key: foldForSearch(canonical) };
}

/** "qđi" → "QĐi", "da" → "DA", "ĐA" → "ĐA", "qd" (folded) → "QĐ". */
function canonicalKind(raw: string): string {
  const upper = raw.toUpperCase();
  return KINDS.find((kind) => kind.toUpperCase() === upper) ?? KINDS.find((kind) => foldForSearch(kind) === foldForSearch(raw)) ?? upper;
}
