// Derived lookups built once per build: articles per category, documents by number, which articles
// cite which document, archive months.
import { findDocumentCitations, parseDocumentNumber, resolveCitation, type DocumentCitation } from '@dbk/shared-types';
import { hcmYmd, isoWithOffset } from '../format/vi';
import type { ArticleVM, PartyDocumentVM } from '../cms/view-models';
import { urls } from '../urls';
import { getArticles, getCategories, getDocuments, memo } from './content';

/** Category slug → its articles and those of its sub-categories, newest first. */
export const articlesByCategory = () =>
  memo('byCategory', async () => {
    const [articles, categories] = await Promise.all([getArticles(), getCategories()]);
    const parentOf = new Map(categories.map((c) => [c.slug, c.parent?.slug ?? null]));
    const map = new Map<string, ArticleVM[]>(categories.map((c) => [c.slug, []]));
    for (const a of articles) {
      if (!a.category) continue;
      map.get(a.category.slug)?.push(a);
      const parent = parentOf.get(a.category.slug);
      if (parent) map.get(parent)?.push(a);
    }
    return map;
  });

/**
 * "Tin khác" under an article: the 8 newest others of its category, looked for among the first 9
 * (not the whole category, which at 10,000 articles made this the slowest line of the build).
 */
export async function otherArticles(article: ArticleVM): Promise<ArticleVM[]> {
  const inCategory = article.category ? ((await articlesByCategory()).get(article.category.slug) ?? []) : [];
  return inCategory
    .slice(0, 9)
    .filter((a) => a.slug !== article.slug)
    .slice(0, 8);
}

/** Canonical document-number key → every published document with that number (numbers restart each term). */
export const documentsByKey = () =>
  memo('byKey', async () => {
    const map = new Map<string, PartyDocumentVM[]>();
    for (const d of await getDocuments()) {
      const parsed = parseDocumentNumber(d.documentNumber);
      if (parsed) map.set(parsed.key, [...(map.get(parsed.key) ?? []), d]);
    }
    return map;
  });

/** Document slug → published document. */
export const documentsBySlug = () => memo('bySlug', async () => new Map((await getDocuments()).map((d) => [d.slug, d])));

/** Numbers shared by two or more published documents: each gets a page listing them (urls.documentNumber). */
export const sharedNumbers = () =>
  memo('sharedNumbers', async () => [...(await documentsByKey()).values()].filter((docs) => docs.length > 1));

/** The documents a citation can mean (document-citation.ts): one, several (the reader chooses) or none. */
function candidatesFor(citation: DocumentCitation, byKey: Map<string, PartyDocumentVM[]>, citedOn: Date | undefined) {
  const docs = byKey.get(citation.key) ?? [];
  return resolveCitation(citation, docs, citedOn ? isoWithOffset(citedOn).slice(0, 10) : undefined);
}

/**
 * For renderMarkdown: where a cited document number links. One fitting document → its page; two
 * or more → the page listing the documents with that number, never a guess. `citedOn` is the
 * citing text's own date (an article's), used when no date is written next to the number.
 */
export async function documentLinker(citedOn?: Date): Promise<(citation: DocumentCitation) => string | undefined> {
  const byKey = await documentsByKey();
  return (citation) => {
    const fits = candidatesFor(citation, byKey, citedOn);
    if (fits.length === 0) return undefined;
    return fits.length === 1 ? urls.document(fits[0]!.slug) : urls.documentNumber(citation.canonical);
  };
}

/** The documents an article's body cites and that resolve to exactly one document, in order of first mention. */
export async function citedDocuments(article: ArticleVM): Promise<PartyDocumentVM[]> {
  const byKey = await documentsByKey();
  const found = new Set<PartyDocumentVM>();
  for (const c of findDocumentCitations(article.body)) {
    const fits = candidatesFor(c, byKey, article.date);
    if (fits.length === 1) found.add(fits[0]!);
  }
  return [...found];
}

/**
 * Document slug → articles that list it as related or cite it in the body, newest first. A
 * citation counts only when it means that document alone: an ambiguous one lists no article.
 */
export const citingArticles = () =>
  memo('citations', async () => {
    const articles = await getArticles();
    const map = new Map<string, ArticleVM[]>();
    for (const a of articles) {
      const slugs = new Set(a.relatedDocuments.map((d) => d.slug));
      for (const d of await citedDocuments(a)) slugs.add(d.slug);
      for (const slug of slugs) map.set(slug, [...(map.get(slug) ?? []), a]);
    }
    return map;
  });

/** Year → month → articles, newest first, by the Asia/Ho_Chi_Minh calendar. */
export const articlesByMonth = () =>
  memo('byMonth', async () => {
    const map = new Map<number, Map<number, ArticleVM[]>>();
    for (const a of await getArticles()) {
      const { year, month } = hcmYmd(a.date);
      const months = map.get(year) ?? new Map<number, ArticleVM[]>();
      map.set(year, months);
      months.set(month, [...(months.get(month) ?? []), a]);
    }
    return map;
  });
