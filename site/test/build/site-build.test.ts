// The whole site built from the sample content: every page type, Vietnamese dates whatever the
// machine's zone, the banner, automatic document links, sanitising, nothing unpublished leaking,
// and a failed build leaving the previous output alone.
import fs from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineBrowserTests } from './browser-suite';
import { defineHtmlValidityTests } from './html-validity-suite';
import { defineLayoutTests } from './layout-suite';
import { defineMetadataTests } from './metadata-suite';
import { defineSearchTests } from './search-suite';
import { APPROVED_TEXT, defineInteractionTests, PENDING_TEXT } from './interactions-suite';
import { urls } from '../../src/lib/urls';
import { buildSite, listFiles, read, removeBuild, startCms, type BuildResult, type SiteFixture } from './fixture';
import { createDrafts, definePreviewTests, type Drafts } from './preview-suite';
import { createIdentityContent, defineIdentityTests, type IdentityContent } from './identity-suite';

const SEED_001 = 'bai-viet/doi-moi-sang-tao-xay-dung-dang-bo-trong-sach-vung-manh/index.html';
const MALICIOUS_TITLE = 'Kiểm thử an toàn nội dung bài viết';
const MALICIOUS_BODY = [
  'Đoạn mở đầu an toàn.',
  '<script>window.__pwned = 1</script>',
  '<img src="x" onerror="window.__pwned = 2">',
  '[Bấm vào đây](javascript:window.__pwned=3) và [đây nữa](JaVaScRiPt:alert(1))',
  '<iframe src="https://evil.example/"></iframe>',
  '<a href="https://vi.wikipedia.org/" onclick="window.__pwned=4">liên kết ngoài</a>',
].join('\n\n');

const LEGACY_PLAIN = 'http://cu.dangbo.vn/tin-tuc/doi-moi-sang-tao.html';
const LEGACY_QUERY = 'http://cu.dangbo.vn/index.php?option=com_content&id=12';
const LEGACY_COLLIDING = 'http://cu.dangbo.vn/tin-tuc/';

let site: SiteFixture;
let utc: BuildResult;
let newYork: BuildResult;
let drafts: Drafts;
let identity: IdentityContent;

beforeAll(async () => {
  site = await startCms();
  await site.cms.strapi.documents('api::article.article').create({
    data: { title: MALICIOUS_TITLE, body: MALICIOUS_BODY, displayDate: '2020-08-20T09:00:00+07:00' },
    status: 'published',
  } as never);
  const seed001 = await site.cms.strapi
    .documents('api::article.article')
    .findFirst({ filters: { slug: 'doi-moi-sang-tao-xay-dung-dang-bo-trong-sach-vung-manh' } } as never);
  const comments = site.cms.strapi.documents('api::comment.comment' as never);
  await comments.create({
    data: { articleId: seed001!.documentId, name: 'Trần Thị Bình', text: APPROVED_TEXT, moderation: 'da_duyet', email: 'binh@example.vn' },
  } as never);
  await comments.create({
    data: { articleId: seed001!.documentId, name: 'Lê Văn Chờ', text: PENDING_TEXT, moderation: 'cho_duyet' },
  } as never);
  // Imported articles (npm run import) carry their old address: one plain, one with a query string
  // (nginx/Caddy only), one where the new site has a page of its own (the new page wins).
  const articles = site.cms.strapi.documents('api::article.article');
  const legacy: [string, string][] = [
    [seed001!.documentId, LEGACY_PLAIN],
    [(await articles.findFirst({ filters: { slug: { $ne: seed001!.slug } }, status: 'published' } as never))!.documentId, LEGACY_QUERY],
  ];
  const third = await articles.findMany({
    filters: { documentId: { $notIn: legacy.map(([id]) => id) } },
    status: 'published',
    limit: 1,
  } as never);
  legacy.push([third[0]!.documentId, LEGACY_COLLIDING]);
  for (const [documentId, legacyUrl] of legacy) {
    await articles.update({ documentId, data: { legacyUrl } } as never);
    await articles.publish({ documentId } as never);
  }
  drafts = await createDrafts(site);
  identity = await createIdentityContent(site);
  const env = { ...site.env, SITE_TODAY: '2024-06-11' };
  utc = await buildSite({ ...env, TZ: 'UTC' });
  // A full render (not copied from the incremental cache the first build filled): the zones are compared.
  newYork = await buildSite({ ...env, TZ: 'America/New_York', SITE_INCREMENTAL: 'false' });
});

let cmsStopped: Promise<void> | undefined;
const stopCms = () => (cmsStopped ??= site.cms.stop());

afterAll(async () => {
  if (site) await stopCms();
  for (const b of [utc, newYork]) if (b) removeBuild(b);
});

describe('site built from the sample content', () => {
  it('builds without error in two time zones', () => {
    expect(utc.code, utc.output.slice(-3000)).toBe(0);
    expect(newYork.code, newYork.output.slice(-3000)).toBe(0);
  });

  it('emits every page type', () => {
    const files = new Set(listFiles(utc.outDir));
    const expected = [
      'index.html',
      '404.html',
      'rss.xml',
      'robots.txt',
      'sitemap-index.xml',
      'build-info.json',
      'tin-tuc/index.html',
      SEED_001,
      'chuyen-muc/tin-tuc-su-kien/index.html',
      'luu-tru/index.html',
      'luu-tru/2020/index.html',
      'luu-tru/2020/08/index.html',
      'van-ban/index.html',
      'van-ban/loai/nghi-quyet/index.html',
      'van-ban/nam/2025/index.html',
      'dai-hoi/index.html',
      'dai-hoi/dai-hoi-lan-thu-viii/index.html',
      'thu-vien-anh/index.html',
      'thu-vien-anh/dai-hoi-dai-bieu-dang-bo-khoi-lan-thu-viii/index.html',
      'video/index.html',
      'trang/lich-su-truyen-thong/index.html',
      'trang/gioi-thieu/index.html',
      'trang/co-cau-to-chuc/index.html',
      'trang/lien-he/index.html',
      'lien-ket/index.html',
      'tim-kiem/index.html',
    ];
    for (const f of expected) expect(files.has(f), f).toBe(true);
    // Listing pages are numbered from the oldest, 20 to a page, and the front shows the rest
    // (stable-pages.ts): the sample's articles, fewer than 40, are all on the front page.
    const articlePages = [...files].filter((f) => /^bai-viet\/[^/]+\/index\.html$/.test(f)).length;
    const front = read(utc.outDir, 'tin-tuc/index.html');
    expect(front.match(/<h2><a href="\/bai-viet\//g)?.length).toBe(articlePages);
    expect([...files].filter((f) => f.startsWith('tin-tuc/trang-'))).toEqual([]);
    expect([...files].some((f) => /^video\/[^/]+\/index\.html$/.test(f))).toBe(true);
    // The sample's 13 documents, plus identity-suite.ts's second 01-NQ/ĐUK, two articles, a page, a video.
    expect([...files].filter((f) => /^van-ban\/[^/]+\/index\.html$/.test(f)).length).toBe(14);
    const info = JSON.parse(read(utc.outDir, 'build-info.json'));
    expect(info.counts).toMatchObject({ articles: 23, documents: 14, pages: 5, galleries: 2, videos: 3 });
  });

  it('keeps old addresses working: nginx and Caddy maps, and static redirect pages where no page is', () => {
    const target = `/${SEED_001.replace(/index\.html$/, '')}`;
    const nginx = read(utc.outDir, 'chuyen-huong/nginx.conf');
    expect(nginx).toContain(`"/tin-tuc/doi-moi-sang-tao.html" "${target}";`);
    expect(nginx).toMatch(/"\/index\.php\?option=com_content&id=12" "\/bai-viet\/[^"]+\/";/);
    expect(read(utc.outDir, 'chuyen-huong/caddy.conf')).toContain(`"/tin-tuc/doi-moi-sang-tao.html" "${target}"`);
    // The static page at the old path sends readers and search engines to the new one.
    const page = read(utc.outDir, 'tin-tuc/doi-moi-sang-tao.html');
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=https://dangbokhoi.example.vn${target}">`);
    expect(page).toContain(`<link rel="canonical" href="https://dangbokhoi.example.vn${target}">`);
    // The new site's own news page is not replaced by an old address pointing elsewhere.
    expect(read(utc.outDir, 'tin-tuc/index.html')).not.toContain('http-equiv="refresh"');
    expect(fs.existsSync(path.join(utc.outDir, 'index.php'))).toBe(false);
    // Old addresses are not published anywhere else: not in pages, not in search.
    expect(read(utc.outDir, SEED_001)).not.toContain('cu.dangbo.vn');
  });

  it('shows the seed 001 date in Asia/Ho_Chi_Minh whatever the machine zone', () => {
    for (const b of [utc, newYork]) {
      const html = read(b.outDir, SEED_001);
      expect(html).toContain('Thứ Hai, 17/08/2020 08:33');
      expect(html).toContain('datetime="2020-08-17T08:33:00+07:00"');
      expect(html).toMatch(/<html lang="vi"/);
    }
  });

  it('computes the anniversary banner for the given day', () => {
    const home = read(utc.outDir, 'index.html');
    expect(home).toContain(
      'Nhiệt liệt chào mừng kỷ niệm 76 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2024)',
    );
    expect(home).toContain('113 năm ngày Bác Hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)');
    expect(home).toMatch(/<input type="checkbox"[^>]*>\s*Tạm dừng/);
  });

  it('links document numbers in article bodies and lists citing articles on the document page', () => {
    const article = read(utc.outDir, 'bai-viet/dai-hoi-dai-bieu-dang-bo-khoi-lan-thu-viii-thanh-cong-tot-dep/index.html');
    const link = article.match(/<a href="(\/van-ban\/[^"]+\/)" class="doc-link">01-NQ\/ĐUK<\/a>/);
    expect(link, 'article links 01-NQ/ĐUK').not.toBeNull();
    const docPage = read(utc.outDir, path.join(link![1]!, 'index.html'));
    expect(docPage).toContain('01-NQ/ĐUK');
    expect(docPage).toContain('href="/bai-viet/dai-hoi-dai-bieu-dang-bo-khoi-lan-thu-viii-thanh-cong-tot-dep/"');
  });

  it('renders article metadata: byline, cover credit, share, Tin khác, JSON-LD, Open Graph', () => {
    const html = read(utc.outDir, SEED_001);
    expect(html).toContain('(Ảnh: Minh Thùy)');
    expect(html).toContain('Tin khác');
    expect(html).toContain('"@type":"NewsArticle"');
    expect(html).toContain(
      '<link rel="canonical" href="https://dangbokhoi.example.vn/bai-viet/doi-moi-sang-tao-xay-dung-dang-bo-trong-sach-vung-manh/"',
    );
    expect(html).toMatch(/<meta property="og:image" content="http/);
    expect(html).toMatch(/<source srcset="[^"]+\.avif 480w, [^"]+\.avif 800w[^"]*" type="image\/avif"/);
    expect(html).toMatch(/<img src="[^"]+\.webp"[^>]* width="\d+" height="\d+"/);
    expect(html).not.toContain('Ð');
  });

  it('renders a malicious body inert', () => {
    const file = listFiles(utc.outDir).find((f) => f.startsWith('bai-viet/kiem-thu-an-toan-noi-dung-bai-viet/'))!;
    expect(file).toBeDefined();
    const html = read(utc.outDir, file);
    const body = html.slice(html.indexOf('class="prose"'), html.indexOf('<div class="tools"'));
    expect(body).toContain('Đoạn mở đầu an toàn.');
    // Inert: no script or frame elements, no event-handler attributes, no javascript: URL in an attribute.
    expect(body).not.toMatch(/<script|<iframe|\son[a-z]+\s*=|(href|src)\s*=\s*["']?\s*javascript:/i);
    expect(body).not.toContain('window.__pwned');
    expect(body).toContain('href="https://vi.wikipedia.org/"');
  });

  it('never publishes a draft article or a secret document anywhere', () => {
    for (const f of listFiles(utc.outDir).filter((f) => /\.(html|xml|json|txt|js)$/.test(f))) {
      const text = read(utc.outDir, f);
      expect(text, f).not.toContain('xyzbanthaoquyetdinh');
      expect(text, f).not.toContain('Bản thảo: dự thảo chương trình');
      expect(text, f).not.toContain('45-TB/ĐUK');
    }
    // The search index: Pagefind's files are gzip-compressed, and its text is folded.
    const indexFiles = listFiles(utc.outDir).filter((f) => /^pagefind\/.*\.pf_(?:meta|index|fragment|filter)$/.test(f));
    expect(indexFiles.length).toBeGreaterThan(3);
    const indexText = indexFiles.map((f) => zlib.gunzipSync(fs.readFileSync(path.join(utc.outDir, f))).toString('utf8')).join('\n');
    expect(indexText, 'decoded index').toContain('lich su truyen thong');
    for (const secret of [
      'xyzbanthaoquyetdinh',
      'ban thao: du thao chuong trinh',
      'Bản thảo: dự thảo chương trình',
      '45-tb/duk',
      '45-TB/ĐUK',
      '45tbduk',
    ]) {
      expect(indexText, secret).not.toContain(secret);
    }
    expect(fs.existsSync(path.join(utc.outDir, 'search-records.json')), 'build input removed').toBe(false);
    // Pagefind indexed while Astro rendered (records-hand-off.ts): started before the images.
    const started = utc.output.indexOf('Lập chỉ mục tìm kiếm');
    expect(started, 'search indexing started during the render').toBeGreaterThan(-1);
    expect(started).toBeLessThan(utc.output.indexOf('generating optimized images'));
    const sitemap = read(utc.outDir, 'sitemap-0.xml');
    expect(sitemap).toContain('/bai-viet/doi-moi-sang-tao-xay-dung-dang-bo-trong-sach-vung-manh/');
    expect(read(utc.outDir, 'rss.xml')).toContain('<language>vi</language>');
  });

  it('bakes approved comments into the article page, escaped, and never emails or pending ones', () => {
    const html = read(utc.outDir, SEED_001);
    expect(html).toContain('Bài viết rất hay &lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; http://spam.example');
    expect(html).not.toContain(PENDING_TEXT);
    for (const f of listFiles(utc.outDir).filter((f) => /\.(html|xml|json|js)$/.test(f))) {
      expect(read(utc.outDir, f), f).not.toContain('binh@example.vn');
    }
  });
});

describe('a build that cannot reach the CMS', () => {
  it('fails with a clear message and leaves the previous output untouched', async () => {
    const before = new Map(listFiles(utc.buildDir).map((f) => [f, fs.statSync(path.join(utc.buildDir, f)).mtimeMs]));
    const failed = await buildSite({ ...site.env, CMS_URL: 'http://127.0.0.1:9', TZ: 'UTC' }, utc.buildDir);
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('Không kết nối được CMS http://127.0.0.1:9');
    const after = new Map(listFiles(utc.buildDir).map((f) => [f, fs.statSync(path.join(utc.buildDir, f)).mtimeMs]));
    expect(after).toEqual(before);
  });

  it('fails with a clear message when the token is refused', async () => {
    const failed = await buildSite({ ...site.env, STRAPI_BUILD_TOKEN: 'sai-token' });
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('CMS từ chối token');
    removeBuild(failed);
  });
});

describe('an incremental rebuild after a publish', () => {
  it('gives the same pages as a full build, rendering again only what the change touched', async () => {
    // An article of seed 001's category is renamed: its page changes, and so does the "Tin khác"
    // of the others, seed 001 included.
    const articles = site.cms.strapi.documents('api::article.article');
    const seed = (await articles.findFirst({
      filters: { slug: SEED_001.split('/')[1] },
      populate: ['category'],
      status: 'published',
    } as never)) as any;
    const [other] = (await articles.findMany({
      filters: { category: { documentId: seed.category.documentId }, documentId: { $ne: seed.documentId } },
      sort: 'displayDate:desc',
      limit: 1,
      status: 'published',
    } as never)) as any[];
    const env = { ...site.env, SITE_TODAY: '2024-06-11', TZ: 'UTC' };
    // Into the same folder each time, as the rebuild service builds (its staging folder): the
    // build's configuration, part of every page's code, names it.
    const before = await buildSite(env);
    const renamed = `${other.title} (bản sửa sau khi xuất bản)`;
    await articles.update({ documentId: other.documentId, data: { title: renamed } } as never);
    await articles.publish({ documentId: other.documentId } as never);
    const incremental = await buildSite(env, before.buildDir);
    const full = await buildSite({ ...env, SITE_INCREMENTAL: 'false' });
    try {
      expect(before.code, before.output.slice(-3000)).toBe(0);
      expect(incremental.code, incremental.output.slice(-3000)).toBe(0);
      expect(full.code, full.output.slice(-3000)).toBe(0);
      const pages = listFiles(full.outDir)
        .filter((f) => f.endsWith('.html'))
        .sort();
      expect(
        listFiles(incremental.outDir)
          .filter((f) => f.endsWith('.html'))
          .sort(),
      ).toEqual(pages);
      for (const f of pages) expect(read(incremental.outDir, f), f).toBe(read(full.outDir, f));
      expect(read(incremental.outDir, SEED_001)).toContain(renamed);
      // The same pictures, scripts and styles too: a page copied from the cache gets its pictures
      // only from what Astro recorded when it was last rendered, so a file missing here would be a
      // broken picture on a page whose HTML is right.
      const assetFiles = (b: BuildResult) =>
        listFiles(b.outDir)
          .filter((f) => f.startsWith('_astro/'))
          .sort();
      expect(assetFiles(incremental)).toEqual(assetFiles(full));
      // Copied, not rendered: the pages the change did not touch, listing pages included (their
      // keys: lib/data/page-keys.ts). What shows the renamed article is rendered again.
      const copied = new Set(
        [...stripVTControlCharacters(incremental.output).matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((m) =>
          m[1]!.replace(/^\//, ''),
        ),
      );
      expect(copied.size).toBeGreaterThan(0);
      expect(copied.size).toBeLessThan(pages.length);
      const otherPage = path.join(urls.article(other.slug), 'index.html').slice(1);
      for (const f of [otherPage, SEED_001, 'tin-tuc/index.html', path.join(urls.category(seed.category.slug), 'index.html').slice(1)])
        expect(copied.has(f), f).toBe(false);
      for (const f of ['luu-tru/2020/08/index.html', 'trang/lich-su-truyen-thong/index.html', 'van-ban/loai/nghi-quyet/index.html'])
        expect(copied.has(f), f).toBe(true);
      expect(full.output).not.toMatch(/\((?:restored|cached)\)/);
      // Search: indexed again once the records changed, then reused as long as they do not.
      const reusedIndex = 'dùng lại bản của lần dựng trước';
      expect(incremental.output).not.toContain(reusedIndex);
      expect(full.output).toContain(reusedIndex);
      const searchFiles = (b: BuildResult) =>
        listFiles(b.outDir)
          .filter((f) => f.startsWith('pagefind/'))
          .sort();
      expect(searchFiles(full)).toEqual(searchFiles(incremental));
      for (const f of searchFiles(full))
        expect(fs.readFileSync(path.join(full.outDir, f)).equals(fs.readFileSync(path.join(incremental.outDir, f))), f).toBe(true);
      const fragments = searchFiles(incremental).filter((f) => f.endsWith('.pf_fragment'));
      const searchText = fragments
        .map((f) => zlib.gunzipSync(fs.readFileSync(path.join(incremental.outDir, f))).toString('utf8'))
        .join('\n');
      expect(searchText).toContain(renamed);
    } finally {
      removeBuild(incremental);
      removeBuild(full);
    }
  });
});

describe('a published entry written straight into the database breaking the shared schema', () => {
  it('is left out of the build, named in the log and in build-info.json; the rest goes live', async () => {
    const articles = site.cms.strapi.documents('api::article.article');
    const bad = await articles.create({
      data: { title: 'Bài sẽ bị hỏng dữ liệu', body: 'Nội dung.', displayDate: '2024-05-01T01:00:00.000Z' },
      status: 'published',
    } as never);
    const good = await articles.create({
      data: { title: 'Bài đăng sau bài hỏng vẫn lên trang', body: 'Nội dung.', displayDate: '2024-05-02T01:00:00.000Z' },
      status: 'published',
    } as never);
    // Behind every rule of the CMS: raw SQL, as an old version or a hand edit would leave it.
    await site.cms.strapi.db
      .connection('articles')
      .where({ document_id: bad.documentId })
      .whereNotNull('published_at')
      .update({ title: '', slug: null });
    const build = await buildSite({ ...site.env, SITE_TODAY: '2024-06-11', TZ: 'UTC' });
    try {
      expect(build.code, build.output.slice(-3000)).toBe(0);
      expect(build.output).toMatch(new RegExp(`Bỏ qua tin bài ${bad.documentId}.*không hợp lệ`));
      const info = JSON.parse(read(build.outDir, 'build-info.json'));
      expect(info.skipped).toEqual([
        expect.objectContaining({ collection: 'articles', label: 'tin bài', entry: expect.stringContaining(bad.documentId) }),
      ]);
      expect(info.skipped[0].problems).toMatch(/title|slug/);
      const pages = listFiles(build.outDir);
      expect(pages).toContain('bai-viet/bai-dang-sau-bai-hong-van-len-trang/index.html');
      expect(pages.some((f) => f.startsWith('bai-viet/bai-se-bi-hong-du-lieu'))).toBe(false);
    } finally {
      removeBuild(build);
      await articles.delete({ documentId: bad.documentId } as never);
      await articles.delete({ documentId: good.documentId } as never);
    }
  });
});

defineBrowserTests(() => utc.outDir);
defineLayoutTests(() => utc.outDir);
defineHtmlValidityTests(() => utc.outDir);
defineMetadataTests(() => utc.outDir);
defineIdentityTests(
  () => utc.outDir,
  () => identity,
);
defineSearchTests(() => utc.outDir);
definePreviewTests(
  () => utc,
  () => site,
  () => drafts,
);
defineInteractionTests(() => utc.outDir, stopCms);
