// The site side of the fast lane (issue 15, README "Fast lane"). Every build records each
// prerendered page with its cache key in <outDir>/page-keys.json. With SITE_FAST_BASE set, the build
// renders only the pages whose key differs from that base build's page-keys.json (new pages and
// pages without a key included) and says so in <outDir>/fast-lane.json; the rebuild service lays
// those files over the base release.
//
// Generic, not per page: Astro asks its prerenderer for every static path (each with the cacheKey
// its getStaticPaths gave), so wrapping the default prerenderer (astro:build:start, setPrerenderer)
// sees the whole site and can hand Astro fewer paths. @astrojs/node sets no prerenderer of its own;
// one that did would replace this one, and the build stops saying so (nothing recorded).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAST_LANE_FILE, PAGE_KEYS_FILE, type FastLane } from '@dbk/shared-types';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { readBaseBuild } from '../lib/fast-lane/base-build.ts';
import { pageFile, pageName } from '../lib/fast-lane/page-files.ts';
import { removedFiles } from '../lib/fast-lane/removed-files.ts';
import { pageKeys, samePages, selectChanged, sitePages, type SitePage } from '../lib/fast-lane/site-pages.ts';

export interface FastLaneBuild {
  /** records the pages, renders only the changed ones in fast mode, writes the lane's files */
  integration: AstroIntegration;
  /**
   * The integration as it is, but its astro:build:done sees every page of the site in `pages`,
   * rendered by this build or not: a whole-site output (the sitemap) comes out as a full build's.
   * For an integration whose output depends on the list of pages alone: when a fast build has the
   * very pages of its base (an edit), the hook does not run and the base's files stand (the
   * sitemap of 12,700 pages costs over a second to sort and write).
   */
  wholeSite(integration: AstroIntegration): AstroIntegration;
  /** whether a page of the site (rendered by this build or not) is the file rel under client/ */
  sitePageFile(rel: string): boolean;
}

export function fastLane(base: string | undefined): FastLaneBuild {
  let pages: SitePage[] | null = null;
  let pageFiles = new Set<string>();
  let rendered: SitePage[] = [];
  let removed: string[] = [];
  let outDir = '';
  let site = '';
  let format = '';
  let baseBuild: ReturnType<typeof readBaseBuild> | null = null;

  const recorded = (): SitePage[] => {
    if (!pages)
      throw new Error(
        'Làn nhanh: không ghi nhận được trang nào của bản dựng (một tích hợp khác đã thay bộ dựng trang trước của Astro?). Không thể ghi page-keys.json.',
      );
    return pages;
  };

  const wrap = (inner: AstroPrerenderer): AstroPrerenderer => ({
    name: 'dbk-fast-lane',
    setup: inner.setup && (() => inner.setup!()),
    render: (request, options) => inner.render(request, options),
    collectStaticImages: inner.collectStaticImages && (() => inner.collectStaticImages!()),
    teardown: inner.teardown && (() => inner.teardown!()),
    async getStaticPaths() {
      const all = await inner.getStaticPaths();
      pages = sitePages(all);
      pageFiles = new Set(pages.map(pageFile));
      if (!baseBuild) {
        rendered = pages;
        return all;
      }
      const selection = selectChanged(pages, baseBuild.pages);
      rendered = selection.render;
      removed = selection.removed;
      const keep = new Set(rendered.map((p) => p.pathname));
      return all.filter((p) => keep.has(p.pathname));
    },
  });

  const integration: AstroIntegration = {
    name: 'dbk-fast-lane',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        site = config.site ?? '';
        format = config.build.format;
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        // page-files.ts follows Astro's rule for this one format.
        if (format !== 'directory') throw new Error(`Làn nhanh chỉ hỗ trợ build.format "directory" (đang là "${format}").`);
        // Read before anything is built: a wrong base stops the build at once.
        if (base) {
          baseBuild = readBaseBuild(base);
          logger.info(`Làn nhanh: chỉ dựng các trang khác bản dựng gốc ${base}`);
        }
        setPrerenderer((defaultPrerenderer) => wrap(defaultPrerenderer));
      },
      // With a prerenderer set, Astro leaves its own prerender entry out of the bundle (it expects
      // the adapter's prerenderer to bring one); the default one this wraps needs it back.
      'astro:build:setup': ({ vite, updateConfig }) => {
        const prerender = vite.environments?.['prerender'];
        if (prerender && !prerender.build?.rolldownOptions?.input)
          updateConfig({ environments: { prerender: { build: { rolldownOptions: { input: 'astro/entrypoints/prerender' } } } } });
      },
      'astro:build:done': ({ dir, logger }) => {
        const clientDir = fileURLToPath(dir);
        // A page without a key is rendered by every build, fast or full; when its file is gone by now,
        // an earlier integration consumed it as build input (search-records.json, integrations/
        // search-index.ts): it is not a page of the site, and a release is not checked for it.
        const all = recorded().filter((p) => p.key !== null || fs.existsSync(path.join(clientDir, pageFile(p))));
        fs.writeFileSync(path.join(outDir, PAGE_KEYS_FILE), JSON.stringify(pageKeys(all)));
        if (!base || !baseBuild) return;
        const sitePaths = new Set(all.map((p) => p.pathname));
        const lane: FastLane = {
          version: 1,
          base,
          rendered: rendered.filter((p) => sitePaths.has(p.pathname)).map((p) => p.pathname),
          removed,
          removedFiles: removedFiles({ baseClient: baseBuild.clientDir, clientDir, removed, sitePageFiles: pageFiles, site }),
        };
        fs.writeFileSync(path.join(outDir, FAST_LANE_FILE), JSON.stringify(lane, null, 1));
        logger.info(
          `Làn nhanh: dựng ${lane.rendered.length}/${all.length} trang, gỡ ${removed.length} trang (${lane.removedFiles.length} tệp)`,
        );
      },
    },
  };

  return {
    integration,
    sitePageFile: (rel) => pageFiles.has(rel),
    wholeSite(inner) {
      const done = inner.hooks['astro:build:done'];
      if (!done || !base) return inner;
      return {
        ...inner,
        hooks: {
          ...inner.hooks,
          'astro:build:done': (params) => {
            if (baseBuild && samePages(recorded(), baseBuild.pages)) {
              params.logger.info('Làn nhanh: danh sách trang như bản dựng gốc, giữ nguyên tệp của bản gốc');
              return;
            }
            return done({
              ...params,
              // Astro's own list holds the pages this build rendered, in its order; this is the same
              // list for every page of the site (getStaticPaths' order, pages only, as addPageName).
              pages: recorded()
                .filter((p) => p.type === 'page')
                .map((p) => ({ pathname: pageName(p.pathname) })),
            });
          },
        },
      };
    },
  };
}
