// How many pages one new article touches: the article and listing pages whose cache key changes
// when one article is added to an archive of --n articles, under the site's page designs ("Tin
// khác" of neighbours, listings numbered from the oldest: site/src/lib/data) and under the designs
// they replaced (the category's newest 8, listings numbered from the newest), for comparison.
// Keys are computed with the site's own page-data functions and digest on generated articles (dates
// spread over ten years, the sample content's categories), without a CMS or a build.
//   node scripts/src/page-churn.ts --n 1000 --n 10000
import { registerHooks } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { categories as seedCategories } from '../../cms/src/seed/data/categories.ts';
import { SITE_DIR } from './lib/paths.ts';

// The site's code is written for Vite, which resolves "./x" to "./x.ts" (as bench/site-modules.ts does).
const SITE_SRC = pathToFileURL(path.join(SITE_DIR, 'src')).href;
registerHooks({
  resolve(specifier, context, next) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (relative && !path.extname(specifier) && context.parentURL?.startsWith(SITE_SRC)) return next(`${specifier}.ts`, context);
    return next(specifier, context);
  },
});

interface Article {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  date: Date;
  category: { name: string; slug: string };
}
type Page = { params: object; data: object };
interface Site {
  digestOf(value: unknown): string;
  articlePageData(article: Article, sources: object): object;
  groupByCategory(articles: Article[], categories: object[]): Map<string, Article[]>;
  groupByMonth(articles: Article[]): Map<number, Map<number, Article[]>>;
  newsPages(articles: Article[]): Page[];
  categoryPages(category: object, categories: object[], articles: Article[]): Page[];
  monthPages(year: number, month: number, articles: Article[]): Page[];
  yearPageData(year: number, months: Map<number, Article[]>): object;
}

async function loadSite(): Promise<Site> {
  const lib = (name: string) => import(pathToFileURL(path.join(SITE_DIR, 'src', 'lib', 'data', `${name}.ts`)).href);
  const modules = await Promise.all(['page-digest', 'article-page', 'article-groups', 'list-pages'].map(lib));
  return Object.assign({}, ...modules) as Site;
}

const categories = seedCategories.map((c) => ({
  id: c.slug,
  name: c.name,
  slug: c.slug,
  description: c.description ?? null,
  order: c.order,
  parent: c.parent ? { name: seedCategories.find((p) => p.slug === c.parent)!.name, slug: c.parent } : null,
}));
const leaves = categories.filter((c) => !categories.some((d) => d.parent?.slug === c.slug));
const UNTIL = Date.UTC(2026, 10, 30, 3);
const TEN_YEARS_MS = 10 * 365.25 * 24 * 3600_000;

/** n articles, newest first, the same for the same n (a fixed pseudo-random sequence). */
function generate(n: number): Article[] {
  let seed = 15;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => {
    const category = leaves[Math.floor(next() * leaves.length)]!;
    return {
      id: `a${i}`,
      slug: `tin-${i}`,
      title: `Tin số ${i}`,
      summary: `Tóm tắt tin số ${i}.`,
      body: `Nội dung tin số ${i}.`,
      date: new Date(UNTIL - Math.floor(next() * TEN_YEARS_MS)),
      category: { name: category.name, slug: category.slug },
    };
  }).sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** The designs the site had before: "Tin khác" the category's newest 8, listings numbered from the newest. */
const previous = {
  others: (article: Article, byCategory: Map<string, Article[]>) =>
    (byCategory.get(article.category.slug) ?? [])
      .slice(0, 9)
      .filter((a) => a.slug !== article.slug)
      .slice(0, 8),
  pages(list: Article[], params: object): Page[] {
    const chunks =
      list.length === 0 ? [[]] : Array.from({ length: Math.ceil(list.length / 20) }, (_, i) => list.slice(i * 20, i * 20 + 20));
    return chunks.map((items, i) => ({ params: { ...params, page: i + 1 }, data: { items, current: i + 1, total: chunks.length } }));
  },
};

/** Every article and listing page's key, by kind and address. */
function pageKeys(site: Site, articles: Article[], design: 'current' | 'previous'): Map<string, string> {
  const byCategory = site.groupByCategory(articles, categories);
  const byMonth = site.groupByMonth(articles);
  const keys = new Map<string, string>();
  const add = (kind: string, pages: Page[]) => {
    for (const p of pages) keys.set(`${kind} ${JSON.stringify(p.params)}`, site.digestOf(p.data));
  };
  const sources = {
    setting: {},
    articlesByCategory: byCategory,
    documentsBySlug: new Map(),
    documentsByKey: new Map(),
    commentsByArticle: new Map(),
  };
  for (const a of articles) {
    const data = design === 'current' ? site.articlePageData(a, sources) : { article: a, others: previous.others(a, byCategory) };
    keys.set(`article ${a.slug}`, site.digestOf(data));
  }
  for (const [year, months] of byMonth) {
    keys.set(`year ${year}`, site.digestOf(site.yearPageData(year, months)));
    for (const [month, list] of months)
      add('month', design === 'current' ? site.monthPages(year, month, list) : previous.pages(list, { year, month }));
  }
  add('news', design === 'current' ? site.newsPages(articles) : previous.pages(articles, {}));
  for (const c of categories) {
    const list = byCategory.get(c.slug) ?? [];
    add('category', design === 'current' ? site.categoryPages(c, categories, list) : previous.pages(list, { category: c.slug }));
  }
  return keys;
}

/** Pages whose key differs (or that are new) after the change, counted by kind. */
function churn(before: Map<string, string>, after: Map<string, string>) {
  const counts: Record<string, number> = {};
  for (const [page, key] of after) if (before.get(page) !== key) counts[page.split(' ')[0]!] = (counts[page.split(' ')[0]!] ?? 0) + 1;
  return counts;
}

const { values } = parseArgs({ options: { n: { type: 'string', multiple: true, default: ['1000'] } } });
const site = await loadSite();
for (const n of values.n.map(Number)) {
  const archive = generate(n);
  // The new article: today's, in the category of the newest one.
  const fresh: Article = { ...archive[0]!, id: 'moi', slug: 'tin-moi', title: 'Tin mới', date: new Date(UNTIL + 3600_000) };
  for (const design of ['previous', 'current'] as const) {
    const before = pageKeys(site, archive, design);
    const after = pageKeys(site, [fresh, ...archive], design);
    const listing = [...after.keys()].filter((k) => !k.startsWith('article ')).length;
    const counts = churn(before, after);
    const total = Object.values(counts).reduce((s, c) => s + c, 0);
    console.log(
      `${n} tin, thiết kế ${design === 'current' ? 'mới' : 'cũ'}: ${total} trang đổi khóa (${JSON.stringify(counts)}) trên ${after.size} trang, trong đó ${listing} trang danh sách`,
    );
    // Before listing pages had keys, every one of them was rendered at each build.
    if (design === 'previous') console.log(`  khi trang danh sách chưa có khóa: ${(counts['article'] ?? 0) + listing} trang phải dựng lại`);
  }
}
