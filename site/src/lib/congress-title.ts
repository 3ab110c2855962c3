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

/**
 * Does a title name this congress? The first three words of the organisation in the congress's
 * name ("đảng bộ khối" of "Đại hội đại biểu Đảng bộ Khối … lần thứ VIII") and its ordinal, in
 * Roman or Arabic figures, after "Đại hội".
 */
export function titleNamesCongress(title: string, congress: Pick<CongressVM, 'name' | 'ordinal'>): boolean {
  const name = foldForSearch(congress.name).replace(/\s+/gu, ' ');
  const org = /dai hoi (?:dai bieu )?((?:\S+ ){2}\S+)/u.exec(name)?.[1];
  const folded = foldForSearch(title).replace(/\s+/gu, ' ');
  const at = folded.indexOf('dai hoi');
  if (!org || at < 0) return false;
  const rest = folded.slice(at);
  const ordinal = new RegExp(`lan thu (?:${toRoman(congress.ordinal)}|${congress.ordinal})(?![\\p{L}\\p{N}])`, 'u');
  return rest.includes(org) && ordinal.test(rest);
}
