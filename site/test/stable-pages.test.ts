// Listing pages numbered from the oldest (stable-pages.ts): a new article changes the front page
// and, once per PAGE_SIZE articles, the top numbered pages; every deeper page stays as it was.
import { describe, expect, it } from 'vitest';
import { numberedPageCount, stablePages, type ListPage } from '../src/lib/data/stable-pages';

const SIZE = 20;
/** Articles 1..n, newest first (n is the newest). */
const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i);
const href = (p: number) => (p === 0 ? '/tin-tuc/' : `/tin-tuc/trang-${p}/`);
const pages = (n: number) => stablePages(newestFirst(n), href, SIZE);
const byNumber = (list: ListPage<number>[]) => new Map(list.map((p) => [p.number, p]));

describe('stable pagination', () => {
  it('gives an empty listing its front page only', () => {
    expect(pages(0)).toEqual([{ number: 0, items: [], pager: null }]);
  });

  it('keeps a short listing on its front page, whole, without a pager', () => {
    for (const n of [1, SIZE - 1, SIZE, 2 * SIZE - 1]) {
      expect(pages(n), String(n)).toEqual([{ number: 0, items: newestFirst(n), pager: null }]);
    }
  });

  it('numbers full pages from the oldest and shows the rest, newest first, on the front', () => {
    const list = pages(2 * SIZE); // exactly a multiple of the page size
    expect(list.map((p) => p.number)).toEqual([0, 1]);
    expect(list[0]!.items).toEqual(newestFirst(2 * SIZE).slice(0, SIZE));
    expect(list[1]!.items).toEqual(newestFirst(SIZE)); // articles 20..1
    const more = byNumber(pages(5 * SIZE + 7));
    expect([...more.keys()]).toEqual([0, 4, 3, 2, 1]);
    expect(more.get(0)!.items).toHaveLength(SIZE + 7);
    expect(more.get(0)!.items[0]).toBe(5 * SIZE + 7);
    expect(more.get(2)!.items).toEqual(newestFirst(2 * SIZE).slice(0, SIZE)); // articles 40..21
  });

  it('lists every article exactly once, the front first and then the numbered pages down to 1', () => {
    for (const n of [0, 1, 39, 40, 41, 59, 60, 61, 1000, 1019]) {
      expect(
        pages(n).flatMap((p) => p.items),
        String(n),
      ).toEqual(newestFirst(n));
      expect(pages(n).length - 1).toBe(numberedPageCount(n, SIZE));
    }
  });

  it('leaves every page but the front unchanged when an article is added, except at a page boundary', () => {
    for (const n of [41, 55, 58, 1000, 1018]) {
      const before = byNumber(pages(n));
      const after = byNumber(pages(n + 1));
      const changed = [...after.keys()].filter((k) => JSON.stringify(after.get(k)) !== JSON.stringify(before.get(k)));
      expect(changed, String(n)).toEqual([0]);
    }
  });

  it('adds one numbered page at a boundary and changes only the front and the two pages below the new one', () => {
    const n = 10 * SIZE - 1; // the front holds 39; the next article makes page 9
    const before = byNumber(pages(n));
    const after = byNumber(pages(n + 1));
    expect(after.size).toBe(before.size + 1);
    const changed = [...after.keys()].filter((k) => JSON.stringify(after.get(k)) !== JSON.stringify(before.get(k)));
    expect(changed.sort((a, b) => a - b)).toEqual([0, 7, 8, 9]);
  });

  it('links both ways: newer up to the front, older down to page 1', () => {
    const list = byNumber(pages(6 * SIZE + 3)); // pages 1..5
    expect(list.get(0)!.pager).toMatchObject({ newer: null, older: href(5) });
    expect(list.get(5)!.pager).toMatchObject({ newer: href(0), older: href(4) });
    expect(list.get(3)!.pager).toMatchObject({ newer: href(4), older: href(2) });
    expect(list.get(1)!.pager).toMatchObject({ newer: href(2), older: null });
    // Following "older" from the front visits every page once, in order.
    const visited: string[] = [];
    for (let at: string | null = href(0); at;) {
      visited.push(at);
      at = [...list.values()].find((p) => href(p.number) === at)!.pager!.older;
    }
    expect(visited).toEqual([0, 5, 4, 3, 2, 1].map(href));
  });

  it('shows the front, near pages and page 1, with gaps marked, never the last number on a deep page', () => {
    const list = byNumber(pages(30 * SIZE)); // pages 1..29
    const labels = (k: number) =>
      list.get(k)!.pager!.links.map((l) => `${l.gapBefore ? '… ' : ''}${l.href === null ? `[${l.label}]` : l.label}`);
    expect(labels(0)).toEqual(['[Mới nhất]', '29', '28', '27', '… 1']);
    expect(labels(10)).toEqual(['Mới nhất', '12', '11', '[10]', '9', '8', '… 1']);
    expect(labels(2)).toEqual(['Mới nhất', '4', '3', '[2]', '1']);
    expect(labels(29)).toEqual(['Mới nhất', '[29]', '28', '27', '… 1']);
    for (const l of list.get(10)!.pager!.links.filter((x) => x.href !== null))
      expect(list.has(l.href === href(0) ? 0 : Number(l.label))).toBe(true);
  });
});
