// "Tin khác" shows an article's neighbours in its category by date (neighbours.ts), so a new
// article changes only the "Tin khác" of the few articles just before it.
import { describe, expect, it } from 'vitest';
import { neighbours } from '../src/lib/data/neighbours';

/** Articles 1..n, newest first. */
const category = (n: number) => Array.from({ length: n }, (_, i) => ({ slug: `a${n - i}` }));
const around = (list: { slug: string }[], slug: string) =>
  neighbours(
    list,
    list.find((a) => a.slug === slug)!,
    (a) => a.slug,
  ).map((a) => a.slug);

describe('Tin khác: neighbours by date', () => {
  const list = category(30);

  it('shows the 4 newer and the 4 older articles, newest first, without the article itself', () => {
    expect(around(list, 'a15')).toEqual(['a19', 'a18', 'a17', 'a16', 'a14', 'a13', 'a12', 'a11']);
  });

  it('fills from the other side at the ends of the category', () => {
    expect(around(list, 'a30')).toEqual(['a29', 'a28', 'a27', 'a26', 'a25', 'a24', 'a23', 'a22']); // the newest
    expect(around(list, 'a28')).toEqual(['a30', 'a29', 'a27', 'a26', 'a25', 'a24', 'a23', 'a22']);
    expect(around(list, 'a1')).toEqual(['a9', 'a8', 'a7', 'a6', 'a5', 'a4', 'a3', 'a2']); // the oldest
    expect(around(list, 'a3')).toEqual(['a9', 'a8', 'a7', 'a6', 'a5', 'a4', 'a2', 'a1']);
  });

  it('shows all the others in a category of fewer than 9', () => {
    expect(around(category(1), 'a1')).toEqual([]);
    expect(around(category(5), 'a3')).toEqual(['a5', 'a4', 'a2', 'a1']);
    expect(around(category(9), 'a9')).toEqual(['a8', 'a7', 'a6', 'a5', 'a4', 'a3', 'a2', 'a1']);
    expect(around(category(9), 'a5')).toEqual(['a9', 'a8', 'a7', 'a6', 'a4', 'a3', 'a2', 'a1']);
  });

  it('changes for the 4 articles after a new one and for no other', () => {
    const before = category(30);
    const after = category(31); // a31 is new
    const changed = before
      .filter((a) => JSON.stringify(around(before, a.slug)) !== JSON.stringify(around(after, a.slug)))
      .map((a) => a.slug);
    expect(changed).toEqual(['a30', 'a29', 'a28', 'a27']);
  });

  it('gives an article not yet in the category (a draft) the newest', () => {
    expect(neighbours(list, { slug: 'nhap' }, (a) => a.slug).map((a) => a.slug)).toEqual([
      'a30',
      'a29',
      'a28',
      'a27',
      'a26',
      'a25',
      'a24',
      'a23',
    ]);
  });
});
