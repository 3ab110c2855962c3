// Text captures in the form of shared/seeds/: site furniture, the title, the date line, the body
// paragraphs, the byline (name, then position) last, the footer. One paragraph per non-empty line.
import { normalizeLine, normalizeText } from '@dbk/shared-types';
import { CHROME_LINES, FOOTER_STARTS, VIEW_COUNT } from './capture-chrome.ts';
import { looksLikeDateLine } from './date-line-find.ts';
import type { ImportedByline, ImportedPage } from './page.ts';

export interface CaptureOptions {
  /** extra furniture lines of this site (regular expressions, from the profile's `boQua`) */
  skip?: readonly RegExp[];
}

// A date line is looked for only near the top: body paragraphs quote dates too ("ngày 22/10/2018").
const DATE_LINE_WITHIN = 4;
const SUMMARY_MAX = 1000;

export function readCapture(file: string, legacyUrl: string, raw: string, options: CaptureOptions = {}): ImportedPage {
  const chrome = [...CHROME_LINES, ...(options.skip ?? [])];
  let paragraphs = normalizeText(raw)
    .split('\n')
    .map((line) => normalizeLine(line))
    .filter((line) => line !== '');
  const footer = paragraphs.findIndex((p) => FOOTER_STARTS.some((re) => re.test(p)));
  if (footer >= 0) paragraphs = paragraphs.slice(0, footer);
  paragraphs = paragraphs.filter((p) => !chrome.some((re) => re.test(p)));

  const dateAt = paragraphs.slice(0, DATE_LINE_WITHIN).findIndex((p) => looksLikeDateLine(p));
  // The title is the paragraph just above the date line (anything above it is the site's name), or
  // just below it when the page prints the date first.
  const titleAt = dateAt > 0 ? dateAt - 1 : dateAt === 0 ? 1 : 0;
  const title = paragraphs[titleAt] ?? '';
  const dateLine = dateAt >= 0 ? paragraphs[dateAt] : undefined;
  let body = paragraphs.slice(Math.max(dateAt, titleAt) + 1);

  let viewCount = dateLine ? countIn(dateLine) : undefined;
  const countLine = body.findIndex((p) => /^lượt\s*xem\s*:?\s*[\d.,]+$/iu.test(p));
  if (countLine >= 0) {
    viewCount ??= countIn(body[countLine]!);
    body = body.filter((_, i) => i !== countLine);
  }

  const { bylines, rest } = takeByline(body);
  // The first paragraph is the sapo when more follow (old portals print it in bold above the text).
  const summary = rest.length > 1 && rest[0]!.length <= SUMMARY_MAX ? rest[0] : undefined;
  const text = summary ? rest.slice(1) : rest;
  return {
    file,
    legacyUrl,
    title,
    summary,
    body: text.map(escapeParagraph).join('\n\n'),
    dateLine,
    bylines,
    viewCount,
    photos: [],
  };
}

function countIn(line: string): number | undefined {
  const match = VIEW_COUNT.exec(line);
  return match ? Number(match[1]!.replace(/[.,]/gu, '')) : undefined;
}

// A name: two to six capitalised words, no digits or punctuation ("Lỳ Lỳ Xá", "Minh Thùy").
const NAME = /^(?:\p{Lu}\p{Ll}*\.?\s+){1,5}\p{Lu}\p{Ll}*$/u;
// A position: one short line without a final full stop ("Tỉnh ủy viên, Bí thư Đảng ủy Khối ...").
const isPosition = (p: string) => p.length <= 300 && !/[.!?:…]$/u.test(p) && p.split(' ').length <= 40;

/** The byline printed last: a name alone, or a name over its position. */
function takeByline(body: string[]): { bylines: ImportedByline[]; rest: string[] } {
  const last = body.at(-1);
  const before = body.at(-2);
  if (body.length > 2 && before && last && NAME.test(before) && isPosition(last)) {
    return { bylines: [{ name: before, position: last }], rest: body.slice(0, -2) };
  }
  if (body.length > 1 && last && NAME.test(last)) return { bylines: [{ name: last }], rest: body.slice(0, -1) };
  return { bylines: [], rest: body };
}

// Plain text becomes Markdown: a paragraph that would read as a heading, a list item or a quote is escaped.
function escapeParagraph(p: string): string {
  return p.replace(/^([#>]|[-+*](?=\s))/u, '\\$1').replace(/^(\d+)([.)])(?=\s)/u, '$1\\$2');
}
