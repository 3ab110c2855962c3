// Does an article's title name a given congress? Pure, so it is tested without a build
// (data/congress-articles.ts uses it to list the articles about a congress).
import { foldForSearch } from '@dbk/shared-types';
import type { CongressVM } from './cms/view-models';

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** 8 → "viii" (folded text is lower-case). */
export function toRoman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

/** A title (or a congress's name) as the test below reads it: folded, one space between words. */
export const foldTitle = (title: string): string => foldForSearch(title).replace(/\s+/gu, ' ');

/**
 * Does a title name this congress? The first three words of the organisation in the congress's
 * name ("đảng bộ khối" of "Đại hội đại biểu Đảng bộ Khối … lần thứ VIII") and its ordinal, in
 * Roman or Arabic figures, after "Đại hội". Made once per congress and given titles already folded
 * (foldTitle): a build tests every article's title against every congress, and folding the same
 * title once per congress cost 0.4 s at 10,000 articles.
 */
export function congressTitleTest(congress: Pick<CongressVM, 'name' | 'ordinal'>): (foldedTitle: string) => boolean {
  const org = /dai hoi (?:dai bieu )?((?:\S+ ){2}\S+)/u.exec(foldTitle(congress.name))?.[1];
  if (!org) return () => false;
  const ordinal = new RegExp(`lan thu (?:${toRoman(congress.ordinal)}|${congress.ordinal})(?![\\p{L}\\p{N}])`, 'u');
  return (folded) => {
    const at = folded.indexOf('dai hoi');
    if (at < 0) return false;
    const rest = folded.slice(at);
    return rest.includes(org) && ordinal.test(rest);
  };
}

/** The same test for one title. */
export function titleNamesCongress(title: string, congress: Pick<CongressVM, 'name' | 'ordinal'>): boolean {
  return congressTitleTest(congress)(foldTitle(title));
}
