// @astrojs/sitemap sorts its URLs with `a.localeCompare(b, 'en', { numeric: true })`, which sets up
// a collator for every comparison: at 12,700 pages its sort alone took 0.9 s of CPU, in every full
// build and in every fast one that adds or removes a page (the CPU profile of a fast build, `npm
// run bench -- --steps gen,cold,fast --profile-fast`). Handing it the pages already in that order,
// sorted once with one collator of the same locale and options (ECMA-402: localeCompare with
// locales and options is Intl.Collator's compare), leaves its own sort a single pass of about
// 12,700 comparisons: 0.1 s in all. Its sort is stable and runs whatever order it is given, so the
// sitemap is the same file either way; only the time changes.
import type { AstroIntegration } from 'astro';

const collator = new Intl.Collator('en', { numeric: true });

type BuildDoneParams = Parameters<NonNullable<AstroIntegration['hooks']['astro:build:done']>>[0];

/** The integration, with the pages of its astro:build:done sorted as @astrojs/sitemap sorts them. */
export function presortedPages(inner: AstroIntegration): AstroIntegration {
  const done = inner.hooks['astro:build:done'];
  if (!done) return inner;
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:build:done': (params: BuildDoneParams) =>
        done({ ...params, pages: [...params.pages].sort((a, b) => collator.compare(a.pathname, b.pathname)) }),
    },
  };
}
