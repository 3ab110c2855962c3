// Which document a citation in running text means. Party document numbers restart every term:
// "01-NQ/ĐUK" of 2020 and "01-NQ/ĐUK" of 2025 are different documents, so the number alone is not
// an identity. A citation also carries the kind the writer names ("Quy định số 38-QĐ/TU" is a Quy
// định even though QĐ is the Quyết định symbol) and often the issue date ("…, ngày 08/4/2019").
// resolveCitation narrows the documents sharing a number with those clues and never guesses: it
// returns every candidate that still fits, and the caller links one, or lists two or more.
import type { DocumentKind } from './content/document-kinds.js';
import { findDocumentNumbers, type DocumentNumber } from './document-number.js';
import { foldForSearch } from './fold.js';

export interface DocumentCitation extends DocumentNumber {
  /** Offsets into the text given to findDocumentCitations, as in DocumentNumberMention. */
  start: number;
  end: number;
  match: string;
  /** The kind the text gives: the word before the number when there is one, else the symbol's. */
  documentKind: DocumentKind;
  /** Whether documentKind came from a word ("Nghị quyết số …") rather than the symbol. */
  kindFromWord: boolean;
  /** Issue date written right after the number ("ngày 08/4/2019", "ngày 8 tháng 4 năm 2019"), YYYY-MM-DD. */
  date: string | null;
}

/** What resolveCitation needs of a published document. */
export interface CitableDocument {
  kind: DocumentKind;
  /** YYYY-MM-DD */
  issueDate: string;
  /** "2020 - 2025", "Khóa XII", or null */
  term: string | null;
}

// Kind words, folded, longest first so "quy dinh" is not read inside "quyet dinh" (it cannot be,
// but "ke hoach" / "quy hoach" and the like must each match whole).
const KIND_WORDS: [string, DocumentKind][] = [
  ['nghi quyet', 'nghi_quyet'],
  ['quyet dinh', 'quyet_dinh'],
  ['quy dinh', 'quy_dinh'],
  ['chi thi', 'chi_thi'],
  ['chuong trinh', 'chuong_trinh'],
  ['ket luan', 'ket_luan'],
  ['huong dan', 'huong_dan'],
  ['ke hoach', 'ke_hoach'],
  ['de an', 'de_an'],
  ['thong bao', 'thong_bao'],
  ['bao cao', 'bao_cao'],
  ['cong van', 'cong_van'],
  ['van kien', 'van_kien_dai_hoi'],
];

// The symbol's abbreviation (DocumentNumber.kind) → the stored kind. Symbols with no kind of their
// own in the CMS (Quy chế, Thông tri, ...) are "khac".
const SYMBOL_KINDS: Record<string, DocumentKind> = {
  NQ: 'nghi_quyet',
  QĐ: 'quyet_dinh',
  QĐi: 'quy_dinh',
  CT: 'chi_thi',
  CTr: 'chuong_trinh',
  KL: 'ket_luan',
  HD: 'huong_dan',
  KH: 'ke_hoach',
  ĐA: 'de_an',
  TB: 'thong_bao',
  BC: 'bao_cao',
  CV: 'cong_van',
};

// "Quy định số 38-…", "Nghị quyết 35-…", "Kết luận số: 21-…", "Quy định (số) 38-…": the kind word,
// then optionally "số", right before the number. Matched on folded text.
const WORD_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(${KIND_WORDS.map(([w]) => w.replace(/ /gu, '\\s+')).join('|')})\\s*(?:so\\s*:?\\s*)?$`,
  'u',
);
// ", ngày 08/4/2019", " ngày 8-4-2019", " (ngày 08.04.2019)", " ban hành ngày 8 tháng 4 năm 2019".
const DATE_AFTER =
  /^\s*[,(]?\s*(?:ban\s+hanh\s+)?ngay\s+(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4}))(?!\d)/u;
// How far around the number the kind word and the date are looked for.
const LOOK = 40;

/** Every document number in running text, with the kind and date the text gives it. */
export function findDocumentCitations(text: string): DocumentCitation[] {
  return findDocumentNumbers(text).map((m) => {
    const word = WORD_BEFORE.exec(foldForSearch(text.slice(Math.max(0, m.start - LOOK), m.start)))?.[1]?.replace(/\s+/gu, ' ');
    const fromWord = KIND_WORDS.find(([w]) => w === word)?.[1];
    return {
      ...m.parsed,
      start: m.start,
      end: m.end,
      match: m.match,
      documentKind: fromWord ?? SYMBOL_KINDS[m.parsed.kind] ?? 'khac',
      kindFromWord: fromWord !== undefined,
      date: dateAfter(foldForSearch(text.slice(m.end, m.end + LOOK))),
    };
  });
}

function dateAfter(folded: string): string | null {
  const m = DATE_AFTER.exec(folded);
  if (!m) return null;
  const [day, month, year] = [Number(m[1] ?? m[4]), Number(m[2] ?? m[5]), Number(m[3] ?? m[6])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31/2 and the like are not dates: no clue rather than a wrong one.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2020 - 2025" → [2020, 2025]; a term without years ("Khóa XII") → null. */
export function termYears(term: string | null): [number, number] | null {
  const m = term ? /(\d{4})\s*\p{Pd}\s*(\d{4})/u.exec(term) : null;
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * The documents among `candidates` (all published documents with the citation's number) that the
 * citation can mean. One → link it; two or more → the reader chooses; none → link nothing.
 *
 * 1. The kind the text gives narrows, when some candidate has it (a symbol's kind may disagree
 *    with how the CMS files the document: "38-QĐ/TU" is a Quy định).
 * 2. A date written next to the number must be the issue date: nothing else is that document.
 * 3. Otherwise the date of the citing text (`citedOn`, YYYY-MM-DD): a text cannot cite a document
 *    issued after it, and among the rest the term in force then wins: the one whose years contain
 *    that date and which began last (a later term's document already issued means its term began).
 */
export function resolveCitation<T extends CitableDocument>(citation: DocumentCitation, candidates: readonly T[], citedOn?: string): T[] {
  let fits = [...candidates];
  const sameKind = fits.filter((d) => d.kind === citation.documentKind);
  if (sameKind.length > 0) fits = sameKind;
  if (citation.date) return fits.filter((d) => d.issueDate === citation.date);
  if (!citedOn || fits.length < 2) return fits;

  const before = fits.filter((d) => d.issueDate <= citedOn);
  if (before.length > 0) fits = before;
  if (fits.length < 2) return fits;

  const year = Number(citedOn.slice(0, 4));
  const inTerm = fits.flatMap((d) => {
    const years = termYears(d.term);
    return years && years[0] <= year && year <= years[1] ? [{ d, from: years[0] }] : [];
  });
  if (inTerm.length === 0) return fits;
  const latest = Math.max(...inTerm.map((x) => x.from));
  return inTerm.filter((x) => x.from === latest).map((x) => x.d);
}
