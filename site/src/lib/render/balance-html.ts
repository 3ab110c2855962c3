// Raw HTML in a body is pasted from Word, old sites and embed codes, and is often cut short: an
// <iframe …> or <svg …> with no end tag, a <style> or "<!--" left open. The sanitizer drops these
// elements *with their content*, and an element never closed contains the rest of the body, so one
// bad tag used to remove all the text after it. This pass runs first, on marked's output: an
// HTML parser (htmlparser2, the one sanitize-html uses) finds every such element the author never
// closed, and only its start tag is removed. What the parser had put inside it (the body's
// following text) is left for the sanitizer to judge piece by piece. Elements closed properly are
// left alone: the sanitizer drops them whole, as before.
import { Parser } from 'htmlparser2';

/**
 * Elements whose content is not body text (script source, CSS, SVG/MathML internals, embed
 * fallbacks): the sanitizer drops them with their content. The one list both passes use.
 */
export const OPAQUE_TAGS: readonly string[] = [
  'script',
  'style',
  'textarea',
  'option',
  'select',
  'noscript',
  'template',
  'title',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'xmp',
  'noembed',
  'noframes',
  'head',
];
const OPAQUE = new Set(OPAQUE_TAGS);

// Each pass removes at least one start tag; raw-text elements (<style>, <script>…) hide what
// follows them until their start tag is gone, so a few passes may be needed. Past this many the
// sanitizer is left to do what it can (a body does not have hundreds of broken embeds).
const MAX_PASSES = 64;

/** marked's HTML with the start tag of every unclosed opaque element and every unclosed "<!--" removed. */
export function balanceOpaqueElements(html: string): string {
  let current = html;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const cuts = unclosedStarts(current);
    if (cuts.length === 0) return current;
    // From the end, so earlier offsets stay valid.
    for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) current = current.slice(0, start) + current.slice(end);
  }
  return current;
}

/** [start, end) of each start tag (or "<!--") that nothing closes. */
function unclosedStarts(html: string): [number, number][] {
  const cuts: [number, number][] = [];
  const open: [number, number][] = []; // start tags of the opaque elements we are inside, innermost last
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (OPAQUE.has(name)) open.push([parser.startIndex, parser.endIndex + 1]);
      },
      onclosetag(name) {
        if (!OPAQUE.has(name)) return;
        const start = open.pop();
        // Closed by its own end tag, or implicitly (by an ancestor's end tag, the end of the body,
        // or, for <embed>, by being void): only the first is closed by the author.
        const token = html.slice(parser.startIndex, parser.endIndex + 1);
        if (start && !new RegExp(`^</${name}\\s*>$`, 'iu').test(token)) cuts.push(start);
      },
      oncomment() {
        const token = html.slice(parser.startIndex, parser.endIndex + 1);
        if (token.startsWith('<!--') && !token.endsWith('-->')) cuts.push([parser.startIndex, parser.startIndex + 4]);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return cuts;
}
