// Article and page bodies: Markdown from the CMS → safe HTML, with party document numbers
// ("Nghị quyết số 35-NQ/TW") linked to their document pages. Pure: no I/O, no Astro imports.
//
// Pipeline: normalizeText → marked (GFM; raw blocks left open end with their line) → unclosed
// embeds opened up (balance-html.ts) →
// sanitize-html (strict allowlist) → document links.
// The CMS is edited by many hands and bodies are pasted from Word and old sites, so the
// sanitizer, not the editor, is what stands between a body and the reader's browser.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { findDocumentCitations, normalizeText, type DocumentCitation } from '@dbk/shared-types';
import { balanceOpaqueElements, OPAQUE_TAGS } from './balance-html';

export interface RenderOptions {
  /**
   * Where a cited document number links (its document's page, or the list of documents sharing
   * the number), or undefined when the site has no fitting document. The citation carries the kind
   * and date the text gives (document-citation.ts).
   */
  documentUrl?: (doc: DocumentCitation) => string | undefined;
}

export interface RenderedMarkdown {
  html: string;
  /** DocumentNumber.key of every linked document, unique, in order of first mention. */
  citedKeys: string[];
}

// CommonMark ends a raw HTML block opened by <script>, <style>, <pre>, <textarea> or "<!--" only at
// its closing tag, or at the end of the body: left open, it turns all the Markdown after it into
// raw text, which the sanitizer then drops with the element. When nothing after it closes it, such
// a block is taken to end with its own line, and closed there: the CSS, script or Word comment on
// that line goes with it, and the lines after it are Markdown again.
const RAW_BLOCK_START = /^ {0,3}(?:<(script|pre|style|textarea)(?=[\s>])|<!--)/iu;
// Our own instance: options set here never leak into (or from) other users of marked's global.
const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  tokenizer: {
    html(src) {
      const start = RAW_BLOCK_START.exec(src);
      if (!start) return false;
      const closer = start[1] ? `</${start[1].toLowerCase()}>` : '-->';
      if (src.toLowerCase().includes(closer)) return false; // closed somewhere: marked's own rule
      const raw = /^[^\n]*(?:\n|$)/u.exec(src)![0];
      return { type: 'html', block: true, pre: false, raw, text: `${raw.trimEnd()}${closer}\n` };
    },
  },
});

// External links are absolute http(s) or protocol-relative ones. Everything else allowed
// (relative paths, #hash, mailto:) stays on the site or is not a page.
const EXTERNAL = /^\s*(?:https?:)?\/\//i;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'em',
    'b',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'figure',
    'figcaption',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'code',
    'pre',
    'abbr',
  ],
  allowedAttributes: {
    // rel, loading and decoding are allowed only because transformTags below sets them
    // (it runs before the attribute filter and overwrites whatever the author wrote).
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
    abbr: ['title'],
  },
  // No class, style, id or on* anywhere: none is in the lists above.
  allowedClasses: {},
  allowedStyles: {},
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  // sanitize-html decodes entities and drops control characters and whitespace before reading
  // the scheme, so "jav&#x09;ascript:" and "JaVaScRiPt:" are caught; data: and vbscript: are
  // simply not allowed.
  allowProtocolRelative: true,
  disallowedTagsMode: 'discard',
  // Disallowed tags are dropped but their text kept; for these the text is dropped too
  // (script source, CSS, SVG/MathML internals, embedded fallbacks).
  // Only those the author closed reach this point: balance-html.ts has opened up the others.
  nonTextTags: [...OPAQUE_TAGS],
  transformTags: {
    // The page owns the only h1.
    h1: 'h2',
    // GFM ~~strike~~ renders as <del>; one tag for the same thing.
    del: 's',
    strike: 's',
    a: (tagName, attribs) => {
      const { href, title } = attribs;
      const out: sanitizeHtml.Attributes = {};
      if (href !== undefined) out.href = href;
      if (title !== undefined) out.title = title;
      // No target: links open where the reader chooses. rel for external ones only.
      if (href !== undefined && EXTERNAL.test(href)) out.rel = 'noopener noreferrer';
      return { tagName: 'a', attribs: out };
    },
    // An <img> must have an alt (HTML): one pasted without is taken as decorative (alt="") rather
    // than read out as its file name.
    img: (tagName, attribs) => ({ tagName: 'img', attribs: { ...attribs, alt: attribs['alt'] ?? '', loading: 'lazy', decoding: 'async' } }),
  },
  // An image whose src was refused (javascript:, data:, ...) is an empty box: drop it.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs['src'],
};

/** Markdown → sanitised HTML and the documents it links to. Never throws on odd input. */
export function renderMarkdown(markdown: string, opts: RenderOptions = {}): RenderedMarkdown {
  const html = safeHtml(markdown);
  return opts.documentUrl ? linkDocuments(html, opts.documentUrl) : { html, citedKeys: [] };
}

/**
 * Plain text for meta descriptions and excerpts: no markup, entities decoded (the result is
 * text, not HTML: escape it when writing it out), whitespace collapsed, and when longer than
 * maxLength cut at a word boundary with "…" (the result, "…" included, is at most maxLength).
 */
export function markdownToPlainText(markdown: string, maxLength?: number): string {
  let text = '';
  for (const token of tokens(safeHtml(markdown))) {
    if (token.startsWith('<')) {
      // Block boundaries and <br> become spaces, inline tags vanish ("**35**-NQ" stays one word).
      if (BLOCK_BOUNDARY.test(token)) text += ' ';
    } else {
      text += decodeEntities(token);
    }
  }
  text = text.replace(/\s+/gu, ' ').trim();
  return maxLength === undefined ? text : truncate(text, maxLength);
}

// --- Markdown → safe HTML ---------------------------------------------------------------

// A build turns each body into HTML up to three times (its page, and the search records of the
// search page and of the index), and sanitize-html is the slowest step of rendering an article:
// the result is remembered by source text. Bounded, for long-running processes (astro dev).
const sanitised = new Map<string, string>();
const MAX_REMEMBERED = 20_000;

function safeHtml(markdown: string): string {
  // A null body from the CMS would otherwise throw before the try below.
  const raw = typeof markdown === 'string' ? markdown : String(markdown ?? '');
  let html = sanitised.get(raw);
  if (html === undefined) {
    html = renderSafeHtml(raw);
    if (sanitised.size >= MAX_REMEMBERED) sanitised.clear();
    sanitised.set(raw, html);
  }
  return html;
}

function renderSafeHtml(raw: string): string {
  const source = normalizeText(raw);
  try {
    return sanitizeHtml(balanceOpaqueElements(marked.parse(source) as string), SANITIZE).trim();
  } catch {
    return plainParagraphs(source);
  }
}

/** The fallback: the body as escaped text, one <p> per blank-line-separated block. */
function plainParagraphs(source: string): string {
  return source
    .split(/\n\s*\n/u)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => `<p>${escapeText(block).replace(/\n/gu, '<br />')}</p>`)
    .join('\n');
}

// --- Document links --------------------------------------------------------------------
//
// Done on the sanitised HTML with a small tokenizer rather than inside sanitize-html's
// textFilter: textFilter is told only the innermost tag, so it cannot see that a text run is
// inside <a><strong>…</strong></a> or <pre><code>…</code></pre>. The tokenizer is safe because
// it only ever reads sanitize-html's (or plainParagraphs') output, which is well formed:
// comments are gone, every non-void tag is closed, and '<' and '>' appear only as tag
// delimiters (escaped to &lt; &gt; in text and in attribute values alike).

const TOKEN = /<[^>]*>|[^<]+/gu;
const TAG_NAME = /^<\/?([a-z0-9]+)/iu;
// Text inside these is never linked: an existing link, or code.
const NO_LINK = new Set(['a', 'code', 'pre']);
const BLOCK_BOUNDARY = /^<\/?(?:p|br|hr|h[1-6]|blockquote|ul|ol|li|figure|figcaption|table|thead|tbody|tr|th|td|pre)\b/iu;

function tokens(html: string): string[] {
  return html.match(TOKEN) ?? [];
}

function linkDocuments(html: string, documentUrl: (doc: DocumentCitation) => string | undefined): RenderedMarkdown {
  const cited: string[] = [];
  const urls = new Map<string, string | undefined>(); // one lookup per number, kind and date
  const lookup = (doc: DocumentCitation): string | undefined => {
    const id = `${doc.key} ${doc.documentKind} ${doc.date ?? ''}`;
    if (!urls.has(id)) urls.set(id, documentUrl(doc));
    return urls.get(id);
  };
  let blocked = 0; // how many <a>/<code>/<pre> we are inside
  let out = '';
  for (const token of tokens(html)) {
    if (token.startsWith('<')) {
      const name = TAG_NAME.exec(token)?.[1]?.toLowerCase();
      if (name && NO_LINK.has(name)) blocked += token.startsWith('</') ? -1 : 1;
      out += token;
    } else {
      out += blocked > 0 ? token : linkText(token, lookup, cited);
    }
  }
  return { html: out, citedKeys: cited };
}

/** One text run: entities decoded so offsets are those of the text, then escaped again. */
function linkText(segment: string, lookup: (doc: DocumentCitation) => string | undefined, cited: string[]): string {
  const text = decodeEntities(segment);
  let out = '';
  let last = 0;
  for (const mention of findDocumentCitations(text)) {
    const url = lookup(mention);
    if (url === undefined || url === '') continue;
    out += `${escapeText(text.slice(last, mention.start))}<a href="${escapeAttribute(url)}" class="doc-link">${escapeText(mention.match)}</a>`;
    last = mention.end;
    if (!cited.includes(mention.key)) cited.push(mention.key);
  }
  // Untouched runs are returned byte for byte.
  return last === 0 ? segment : out + escapeText(text.slice(last));
}

// --- Text helpers ----------------------------------------------------------------------

// sanitize-html writes text with only &amp; &lt; &gt; escaped (it decodes everything else);
// the numeric and quote forms are decoded too in case a future version writes them.
function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/giu, (all, dec, hex, name) => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
    return named[(name as string).toLowerCase()] ?? all;
  });
}

function escapeText(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/gu, '&quot;');
}

/** Cut to at most maxLength characters ("…" included), at the last space that fits. */
function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  if (!(maxLength >= 1)) return '';
  const room = Math.floor(maxLength) - 1; // keep one character for "…"
  // A space right at the cut means the text before it ends on a whole word.
  let end = text[room] === ' ' ? room : text.lastIndexOf(' ', room);
  if (end <= 0) {
    // One giant word: hard cut, but never between the halves of a surrogate pair.
    end = room;
    const unit = text.charCodeAt(end - 1);
    if (unit >= 0xd800 && unit <= 0xdbff) end -= 1;
  }
  // No dangling comma, dash or colon before the ellipsis.
  return `${text.slice(0, end).replace(/[\s,;:.\-–—]+$/u, '')}…`;
}
