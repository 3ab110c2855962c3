// "Tin khác" under an article: its neighbours in its category by date, not the category's newest.
// With the newest 8, one new article changed the "Tin khác" of every article of its category
// (1,100 pages at 10,000 articles); with neighbours it changes only those of the 4 articles just
// before it. Pure, so a test can check the ends of the list.

/** How many newer and how many older neighbours are shown. */
export const NEIGHBOURS_EACH_SIDE = 4;

const positions = new WeakMap<readonly object[], Map<unknown, number>>();

/** Where `item` stands in `list` (found by `idOf`), indexed once per list. */
function positionOf<T extends object>(list: readonly T[], item: T, idOf: (x: T) => unknown): number {
  let index = positions.get(list);
  if (!index) {
    index = new Map(list.map((x, i) => [idOf(x), i]));
    positions.set(list, index);
  }
  return index.get(idOf(item)) ?? -1;
}

/**
 * The items around `item` in `list` (kept in the list's order, `item` left out): `each` on either
 * side, taken from the other side where one runs out, so the count stays 2 × `each` while the list
 * is long enough. An item not in the list gets the list's first 2 × `each`.
 */
export function neighbours<T extends object>(list: readonly T[], item: T, idOf: (x: T) => unknown, each = NEIGHBOURS_EACH_SIDE): T[] {
  const at = positionOf(list, item, idOf);
  if (at < 0) return list.slice(0, 2 * each);
  const others = list.length - 1;
  const want = Math.min(2 * each, others);
  // Start `each` before the item, moved so that the window fits inside the list.
  const start = Math.max(0, Math.min(at - each, others - want));
  const window = list.slice(start, start + want + 1);
  return window.filter((x) => x !== list[at]).slice(0, want);
}
