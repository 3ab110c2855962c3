// Whether a fast build has its base's very pages: then the sitemap's files of the base stand.
import { expect, it } from 'vitest';
import { samePages, type SitePage } from '../src/lib/fast-lane/site-pages';

const page = (pathname: string, key: string | null = 'k'): SitePage => ({ pathname, key, type: 'page' });
const base = { '/': null, '/bai-viet/a': 'k1', '/bai-viet/b': 'k2' };

it('holds when only keys changed (an edit), not when a page came or went', () => {
  expect(samePages([page('/', null), page('/bai-viet/a', 'k9'), page('/bai-viet/b')], base)).toBe(true);
  expect(samePages([page('/', null), page('/bai-viet/a'), page('/bai-viet/b'), page('/bai-viet/c')], base)).toBe(false);
  expect(samePages([page('/', null), page('/bai-viet/a')], base)).toBe(false);
  // A page renamed: as many pages, not the same ones.
  expect(samePages([page('/', null), page('/bai-viet/a'), page('/bai-viet/z')], base)).toBe(false);
});
