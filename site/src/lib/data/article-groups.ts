// How the build groups articles for its listings: by category (a parent category also lists its
// sub-categories' articles) and by month of the Asia/Ho_Chi_Minh calendar. Pure (no astro:content):
// indexes.ts applies them to the build's content, and scripts/src/page-churn.ts to generated content.
import type { ArticleVM, CategoryVM } from '../cms/view-models';
import { hcmYmd } from '../format/vi';

type Dated = Pick<ArticleVM, 'date' | 'category'>;

/** Category slug → its articles and those of its sub-categories, in the order given. */
export function groupByCategory<A extends Dated>(
  newestFirst: readonly A[],
  categories: readonly Pick<CategoryVM, 'slug' | 'parent'>[],
): Map<string, A[]> {
  const parentOf = new Map(categories.map((c) => [c.slug, c.parent?.slug ?? null]));
  const map = new Map<string, A[]>(categories.map((c) => [c.slug, []]));
  for (const a of newestFirst) {
    if (!a.category) continue;
    map.get(a.category.slug)?.push(a);
    const parent = parentOf.get(a.category.slug);
    if (parent) map.get(parent)?.push(a);
  }
  return map;
}

/** Year → month → articles, in the order given. */
export function groupByMonth<A extends Dated>(newestFirst: readonly A[]): Map<number, Map<number, A[]>> {
  const map = new Map<number, Map<number, A[]>>();
  for (const a of newestFirst) {
    const { year, month } = hcmYmd(a.date);
    const months = map.get(year) ?? new Map<number, A[]>();
    map.set(year, months);
    months.set(month, [...(months.get(month) ?? []), a]);
  }
  return map;
}
