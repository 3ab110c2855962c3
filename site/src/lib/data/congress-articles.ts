// The articles about a congress, for its page. The CMS has no "congress" field on articles; what
// ties them is already there: an article that relates or cites one of the congress's documents,
// that shares its photo album, or whose title names that congress (Đại hội, the organisation, the
// ordinal: "Đại hội đại biểu Đảng bộ Khối lần thứ VIII"). A sub-unit's own congress ("Đại hội
// Đảng bộ Sở Y tế lần thứ VIII") names another organisation and does not count.
import type { ArticleVM } from '../cms/view-models';
import { congressTitleTest, foldTitle } from '../congress-title';
import { getArticles, getCongresses, getDocuments, once } from './content';
import { citingArticles } from './indexes';

/** Congress slug → articles about it, newest first. */
export const articlesByCongress = once(async () => {
  const [congresses, articles, documents, citing] = await Promise.all([getCongresses(), getArticles(), getDocuments(), citingArticles()]);
  const map = new Map<string, ArticleVM[]>();
  // Each title folded once, whatever the number of congresses.
  const titles = congresses.length > 0 ? articles.map((a) => foldTitle(a.title)) : [];
  for (const c of congresses) {
    const found = new Set<ArticleVM>();
    for (const d of documents) if (d.congress?.slug === c.slug) for (const a of citing.get(d.slug) ?? []) found.add(a);
    const namesIt = congressTitleTest(c);
    articles.forEach((a, i) => {
      if ((c.gallery && a.gallery?.slug === c.gallery.slug) || namesIt(titles[i]!)) found.add(a);
    });
    map.set(
      c.slug,
      [...found].sort((a, b) => b.date.getTime() - a.date.getTime()),
    );
  }
  return map;
});
