// presortedPages hands @astrojs/sitemap its pages in the order its own sort gives, so that sort is
// one pass (integrations/presorted-pages.ts); the sitemap must not change.
import type { AstroIntegration } from 'astro';
import { expect, it } from 'vitest';
import { presortedPages } from '../src/integrations/presorted-pages';

// The comparator of @astrojs/sitemap's generate-sitemap.js, written as it is there.
const sitemapOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

type Done = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

it('gives the wrapped hook every page once, already in the sitemap’s own order', async () => {
  const pathnames = [
    'bai-viet/b/',
    'tin-tuc/trang-10/',
    'tin-tuc/trang-9/',
    '',
    'tin-tuc/trang-2/',
    'bai-viet/a-2/',
    'bai-viet/a-10/',
    'Z/',
    'lien-ket/',
  ];
  let seen: string[] = [];
  const inner: AstroIntegration = {
    name: 'inner',
    hooks: { 'astro:build:done': (({ pages }) => void (seen = pages.map((p) => p.pathname))) as Done },
  };
  const wrapped = presortedPages(inner);
  await wrapped.hooks['astro:build:done']!({ pages: pathnames.map((pathname) => ({ pathname })) } as Parameters<Done>[0]);
  expect([...seen].sort()).toEqual([...pathnames].sort());
  // Sorting again as the sitemap does changes nothing: its sort finds the order made.
  expect([...seen].sort(sitemapOrder)).toEqual(seen);
  // Numbers by value, not by character: page 9 before page 10.
  expect(seen.indexOf('tin-tuc/trang-9/')).toBeLessThan(seen.indexOf('tin-tuc/trang-10/'));
});

it('leaves an integration without astro:build:done as it is', () => {
  const inner: AstroIntegration = { name: 'khac', hooks: {} };
  expect(presortedPages(inner)).toBe(inner);
});
