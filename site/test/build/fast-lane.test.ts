// The fast lane's build (issue 15, integrations/fast-lane.ts) against full builds of the same CMS
// state. For one change-set holding every kind of publish (a new article, an edited one, an
// unpublished one, a deleted one) and then a category rename: full build A of the state before,
// fast build F with SITE_FAST_BASE=A, full build B of the state after. Every file B has that A lacks
// or has otherwise must be in F byte for byte; a release R made of A with F laid over it must be B.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FAST_LANE_FILE, fastLaneSchema, PAGE_KEYS_FILE, pageKeysSchema, type FastLane, type PageKeys } from '@dbk/shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageFile } from '../../src/lib/fast-lane/page-files';
import { buildSite, listFiles, read, removeBuild, startCms, type BuildResult, type SiteFixture } from './fixture';

const ARTICLE = 'api::article.article';
const CATEGORY = 'api::category.category';
/** the search index: the searchdelta helper's, tested by behaviour (contract "Byte-identity invariant") */
const SEARCH_INDEX = /^pagefind[^/]*\//;
const NEW_TITLE = 'Bài mới đăng qua làn nhanh về Đại hội';
const EDITED_TITLE = 'Tiêu đề đã sửa sau khi xuất bản';
const STALE_LEGACY = 'http://cu.dangbo.vn/tin-cu/bai-se-bi-xoa.html';
const RENAMED_CATEGORY = 'Công tác dân vận (tên mới)';

let site: SiteFixture;
let cacheDir: string;
const builds: BuildResult[] = [];
/** A: before; F: fast from A; B: full after. F2/B2: the category rename, fast from B. */
let A: BuildResult, F: BuildResult, B: BuildResult, F2: BuildResult, B2: BuildResult;
let manifestBeforeFast: string | null;
let manifestAfterFast: string | null;
/** article pathnames by what the change-set did to them */
const paths = { added: '', edited: '', unpublished: '', deleted: '', untouched: [] as string[], renamedCategory: [] as string[] };
let collidingFile = '';

const articles = () => site.cms.strapi.documents(ARTICLE);
const articleUrl = (slug: string) => `/bai-viet/${slug}`;

async function publishedIn(category: string): Promise<{ documentId: string; slug: string }[]> {
  return (await articles().findMany({
    filters: { category: { slug: category } },
    status: 'published',
    sort: 'displayDate:desc',
  } as never)) as never;
}

async function build(env: Record<string, string> = {}): Promise<BuildResult> {
  const b = await buildSite({ ...site.env, SITE_TODAY: '2024-06-11', TZ: 'UTC', ASTRO_CACHE_DIR: cacheDir, ...env });
  builds.push(b);
  expect(b.code, b.output.slice(-3000)).toBe(0);
  return b;
}

const manifest = () => {
  const file = path.join(cacheDir, 'incremental-build.json');
  return fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : null;
};
const keysOf = (b: BuildResult): PageKeys =>
  pageKeysSchema.parse(JSON.parse(fs.readFileSync(path.join(b.buildDir, PAGE_KEYS_FILE), 'utf8')));
const laneOf = (b: BuildResult): FastLane =>
  fastLaneSchema.parse(JSON.parse(fs.readFileSync(path.join(b.buildDir, FAST_LANE_FILE), 'utf8')));

/** A file's bytes as compared: build-info.json without its builtAt, the one timestamp of a build. */
function comparable(dir: string, rel: string): Buffer {
  const bytes = fs.readFileSync(path.join(dir, rel));
  if (rel !== 'build-info.json') return bytes;
  const { builtAt: _, ...rest } = JSON.parse(bytes.toString('utf8'));
  return Buffer.from(JSON.stringify(rest));
}

/** Files of `next` that `prev` lacks or has with other bytes (the search index left out). */
function changedFiles(prev: string, next: string): string[] {
  return listFiles(next)
    .filter((rel) => !SEARCH_INDEX.test(rel))
    .filter((rel) => !fs.existsSync(path.join(prev, rel)) || !comparable(prev, rel).equals(comparable(next, rel)))
    .sort();
}

/** A release as the rebuild service assembles one, the plain way: a real copy of the base's client/,
 * the listed files deleted, the fast build's client/ laid over it. */
function assemble(base: BuildResult, fast: BuildResult): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-release-'));
  fs.cpSync(base.outDir, dir, { recursive: true });
  for (const rel of laneOf(fast).removedFiles) fs.rmSync(path.join(dir, rel));
  fs.cpSync(fast.outDir, dir, { recursive: true, force: true });
  return dir;
}

beforeAll(async () => {
  site = await startCms();
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-astro-cache-'));
  const [dh1] = await publishedIn('dai-hoi-dang');
  const [edited] = await publishedIn('cong-tac-tuyen-giao');
  const [unpublished] = await publishedIn('tin-co-so');
  const [deleted] = await publishedIn('cong-tac-kiem-tra-giam-sat');
  const [colliding] = await publishedIn('doan-the');
  const untouched = [
    ...(await publishedIn('hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh')),
    ...(await publishedIn('doan-the')),
  ];
  for (const a of [dh1, edited, unpublished, deleted, colliding, untouched[0]]) expect(a).toBeDefined();
  // Old addresses (npm run import): the deleted article's makes a static redirect page that must go
  // with it; another lands on an untouched article's page, which must stay that page.
  await articles().update({ documentId: deleted!.documentId, data: { legacyUrl: STALE_LEGACY } } as never);
  await articles().publish({ documentId: deleted!.documentId } as never);
  await articles().update({
    documentId: colliding!.documentId,
    data: { legacyUrl: `http://cu.dangbo.vn${articleUrl(untouched[0]!.slug)}/` },
  } as never);
  await articles().publish({ documentId: colliding!.documentId } as never);
  collidingFile = `bai-viet/${untouched[0]!.slug}/index.html`;

  // Incremental on, as the rebuild service's full builds: it leaves the manifest a fast build must not touch.
  A = await build();

  const category = (await site.cms.strapi.documents(CATEGORY).findFirst({ filters: { slug: 'dai-hoi-dang' } } as never)) as {
    documentId: string;
  };
  const added = (await articles().create({
    data: { title: NEW_TITLE, body: 'Nội dung bài mới.', displayDate: '2024-06-10T08:00:00+07:00', category: category.documentId },
    status: 'published',
  } as never)) as unknown as { slug: string };
  await articles().update({ documentId: edited!.documentId, data: { title: EDITED_TITLE, body: 'Thân bài đã sửa.' } } as never);
  await articles().publish({ documentId: edited!.documentId } as never);
  await articles().unpublish({ documentId: unpublished!.documentId } as never);
  await articles().delete({ documentId: deleted!.documentId } as never);
  Object.assign(paths, {
    added: articleUrl(added.slug),
    edited: articleUrl(edited!.slug),
    unpublished: articleUrl(unpublished!.slug),
    deleted: articleUrl(deleted!.slug),
    untouched: untouched.map((a) => articleUrl(a.slug)),
  });

  manifestBeforeFast = manifest();
  F = await build({ SITE_FAST_BASE: A.buildDir });
  manifestAfterFast = manifest();
  B = await build({ SITE_INCREMENTAL: 'false' });

  // The rename: the category's name is on its articles' pages (breadcrumb, label), its list, the menu.
  const dv = (await site.cms.strapi.documents(CATEGORY).findFirst({ filters: { slug: 'cong-tac-dan-van' } } as never)) as {
    documentId: string;
  };
  paths.renamedCategory = (await publishedIn('cong-tac-dan-van')).map((a) => articleUrl(a.slug));
  await site.cms.strapi.documents(CATEGORY).update({ documentId: dv.documentId, data: { name: RENAMED_CATEGORY } } as never);
  F2 = await build({ SITE_FAST_BASE: B.buildDir });
  B2 = await build({ SITE_INCREMENTAL: 'false' });
});

afterAll(async () => {
  if (site) await site.cms.stop();
  for (const b of builds) removeBuild(b);
  if (cacheDir) fs.rmSync(cacheDir, { recursive: true, force: true });
});

describe('page-keys.json', () => {
  it('lists every page a full build writes, with its file where Astro wrote it', () => {
    const keys = keysOf(B);
    for (const pathname of Object.keys(keys.pages)) {
      const type = /\.[a-z]+$/.test(pathname) ? 'endpoint' : 'page';
      // search-records.json is build input, deleted once indexed (integrations/search-index.ts).
      if (pathname === '/search-records.json') continue;
      expect(fs.existsSync(path.join(B.outDir, pageFile({ pathname, type }))), pathname).toBe(true);
    }
    const htmlPages = listFiles(B.outDir).filter((f) => f.endsWith('index.html') || f === '404.html');
    // every page of the build is in the map (the static redirect pages are not Astro's pages)
    const redirectPages = htmlPages.filter((f) => read(B.outDir, f).includes('http-equiv="refresh"'));
    expect(Object.keys(keys.pages).filter((p) => !/\.[a-z]+$/.test(p))).toHaveLength(htmlPages.length - redirectPages.length);
    expect(keys.pages[paths.edited]).toMatch(/\S/);
    expect(keys.pages['/']).toBeNull();
  });

  it('is the complete new map in a fast build, the same as the full build of that state', () => {
    expect(keysOf(F)).toEqual(keysOf(B));
    expect(keysOf(F2)).toEqual(keysOf(B2));
  });
});

function defineFastBuildTests(name: string, before: () => BuildResult, fast: () => BuildResult, full: () => BuildResult) {
  describe(name, () => {
    it('holds every file the full build changed, byte for byte', () => {
      const changed = changedFiles(before().outDir, full().outDir);
      expect(changed.length).toBeGreaterThan(0);
      for (const rel of changed) {
        expect(fs.existsSync(path.join(fast().outDir, rel)), `${rel} missing from the fast build`).toBe(true);
        expect(comparable(fast().outDir, rel).equals(comparable(full().outDir, rel)), `${rel} differs`).toBe(true);
      }
    });

    it('renders the pages whose key changed and the pages without one, and no other', () => {
      const [base, next] = [keysOf(before()).pages, keysOf(full()).pages];
      const expected = Object.keys(next).filter((p) => next[p] === null || base[p] !== next[p]);
      const lane = laneOf(fast());
      expect([...lane.rendered].sort()).toEqual(expected.sort());
      expect(lane.base).toBe(before().buildDir);
      // Far fewer than the full build, which renders every page.
      const articlePages = Object.keys(next).filter((p) => p.startsWith('/bai-viet/'));
      const renderedArticles = lane.rendered.filter((p) => p.startsWith('/bai-viet/'));
      expect(renderedArticles.length).toBeGreaterThan(0);
      expect(renderedArticles.length * 2).toBeLessThan(articlePages.length);
      expect(lane.rendered.length).toBeLessThan(Object.keys(next).length);
    });

    it('names as removed only pages the base had and the full build has not', () => {
      const [base, next] = [keysOf(before()).pages, keysOf(full()).pages];
      for (const p of laneOf(fast()).removed) {
        expect(p in base, p).toBe(true);
        expect(p in next, p).toBe(false);
      }
      expect(laneOf(fast()).removed.length).toBe(Object.keys(base).filter((p) => !(p in next)).length);
    });

    it('makes, laid over a copy of the base, a release equal to the full build', () => {
      const release = assemble(before(), fast());
      try {
        const fullFiles = listFiles(full().outDir).filter((rel) => !SEARCH_INDEX.test(rel));
        for (const rel of fullFiles) {
          expect(fs.existsSync(path.join(release, rel)), `${rel} missing from the release`).toBe(true);
          expect(comparable(release, rel).equals(comparable(full().outDir, rel)), `${rel} differs`).toBe(true);
        }
        // What the release has beyond the full build: only images of pages gone (harmless, unlinked).
        const extra = listFiles(release).filter((rel) => !SEARCH_INDEX.test(rel) && !fs.existsSync(path.join(full().outDir, rel)));
        expect(extra.filter((rel) => !/^_astro\/.+\.(avif|webp|jpe?g|png|svg)$/.test(rel))).toEqual([]);
      } finally {
        fs.rmSync(release, { recursive: true, force: true });
      }
    });
  });
}

defineFastBuildTests(
  'a fast build after a new, an edited, an unpublished and a deleted article',
  () => A,
  () => F,
  () => B,
);
defineFastBuildTests(
  'a fast build after a category rename',
  () => B,
  () => F2,
  () => B2,
);

describe('the change-set of the first fast build', () => {
  it('renders the new and edited articles and the "Tin khác" that lists them, not the untouched categories', () => {
    const rendered = new Set(laneOf(F).rendered);
    expect(rendered.has(paths.added)).toBe(true);
    expect(rendered.has(paths.edited)).toBe(true);
    for (const p of paths.untouched) expect(rendered.has(p), p).toBe(false);
    expect(read(F.outDir, `${paths.edited.slice(1)}/index.html`)).toContain(EDITED_TITLE);
    // Every other article of the new one's category shows it under "Tin khác" and was rendered again.
    const newcomerSiblings = listFiles(B.outDir).filter(
      (f) => f.startsWith('bai-viet/') && f !== `${paths.added.slice(1)}/index.html` && read(B.outDir, f).includes(NEW_TITLE),
    );
    expect(newcomerSiblings.length).toBeGreaterThan(0);
    for (const f of newcomerSiblings) expect(read(F.outDir, f)).toContain(NEW_TITLE);
  });

  it("removes the unpublished and deleted pages and the deleted article's redirect page", () => {
    const lane = laneOf(F);
    expect(lane.removed.filter((p) => p.startsWith('/bai-viet/')).sort()).toEqual([paths.deleted, paths.unpublished].sort());
    // and the archive months that held only one of them
    expect(lane.removed.filter((p) => !p.startsWith('/bai-viet/')).every((p) => p.startsWith('/luu-tru/'))).toBe(true);
    expect(lane.removedFiles).toEqual(
      expect.arrayContaining([
        `${paths.deleted.slice(1)}/index.html`,
        `${paths.unpublished.slice(1)}/index.html`,
        'tin-cu/bai-se-bi-xoa.html',
      ]),
    );
    expect(fs.existsSync(path.join(A.outDir, 'tin-cu/bai-se-bi-xoa.html'))).toBe(true);
  });

  it('writes no redirect page over a page of the site it did not render', () => {
    expect(read(A.outDir, collidingFile)).not.toContain('http-equiv="refresh"');
    expect(fs.existsSync(path.join(F.outDir, collidingFile))).toBe(false);
  });

  it('keeps the whole-site files whole: sitemap, RSS, redirect maps, build-info.json, 404, robots.txt', () => {
    for (const rel of [
      'sitemap-0.xml',
      'sitemap-index.xml',
      'rss.xml',
      'chuyen-huong/nginx.conf',
      'chuyen-huong/ban-do.json',
      '404.html',
      'robots.txt',
    ])
      expect(read(F.outDir, rel), rel).toBe(read(B.outDir, rel));
    expect(comparable(F.outDir, 'build-info.json').equals(comparable(B.outDir, 'build-info.json'))).toBe(true);
    expect(read(F.outDir, 'sitemap-0.xml')).toContain(`https://dangbokhoi.example.vn${paths.untouched[0]}/`);
  });

  it("leaves Astro's incremental cache manifest of the last full build as it was", () => {
    expect(manifestBeforeFast).not.toBeNull();
    expect(manifestAfterFast).toBe(manifestBeforeFast);
  });
});

describe('the category rename', () => {
  it("renders the category's articles again", () => {
    const rendered = new Set(laneOf(F2).rendered);
    expect(paths.renamedCategory.length).toBeGreaterThan(0);
    for (const p of paths.renamedCategory) expect(rendered.has(p), p).toBe(true);
    expect(read(F2.outDir, `${paths.renamedCategory[0]!.slice(1)}/index.html`)).toContain(RENAMED_CATEGORY);
  });
});

describe('SITE_FAST_BASE', () => {
  it('stops the build when the base is not a build folder, naming the variable', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-not-a-build-'));
    try {
      const b = await buildSite({ ...site.env, ASTRO_CACHE_DIR: cacheDir, SITE_FAST_BASE: empty });
      builds.push(b);
      expect(b.code).not.toBe(0);
      expect(b.output).toContain(`SITE_FAST_BASE="${empty}" không phải thư mục bản dựng`);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
