// What a cited document number means, from the build's lookup of published documents by number.
// Pure (no astro:content): the article page data (article-page.ts) and the build-wide indexes
// (indexes.ts) both use it, so a page and its key agree on what the body links.
import { resolveCitation, type DocumentCitation } from '@dbk/shared-types';
import type { PartyDocumentVM } from '../cms/view-models';
import { isoWithOffset } from '../format/vi';
import { urls } from '../urls';

/** Canonical document-number key → every published document with that number (numbers restart each term). */
export type DocumentsByKey = Map<string, PartyDocumentVM[]>;

/** The documents a citation can mean (document-citation.ts): one, several (the reader chooses) or none. */
function candidatesFor(citation: DocumentCitation, byKey: DocumentsByKey, citedOn: Date | undefined) {
  const docs = byKey.get(citation.key) ?? [];
  return resolveCitation(citation, docs, citedOn ? isoWithOffset(citedOn).slice(0, 10) : undefined);
}

/**
 * For renderMarkdown: where a cited document number links. One fitting document → its page; two
 * or more → the page listing the documents with that number, never a guess. `citedOn` is the
 * citing text's own date (an article's), used when no date is written next to the number.
 */
export function linkerFor(byKey: DocumentsByKey, citedOn?: Date): (citation: DocumentCitation) => string | undefined {
  return (citation) => {
    const fits = candidatesFor(citation, byKey, citedOn);
    if (fits.length === 0) return undefined;
    return fits.length === 1 ? urls.document(fits[0]!.slug) : urls.documentNumber(citation.canonical);
  };
}

/**
 * The documents a text cites that resolve to exactly one document, in order of first mention.
 * `citations` are the text's (findDocumentCitations; an article keeps its body's in bodyCitations).
 */
export function citedIn(citations: readonly DocumentCitation[], byKey: DocumentsByKey, citedOn: Date): PartyDocumentVM[] {
  const found = new Set<PartyDocumentVM>();
  for (const c of citations) {
    const fits = candidatesFor(c, byKey, citedOn);
    if (fits.length === 1) found.add(fits[0]!);
  }
  return [...found];
}
