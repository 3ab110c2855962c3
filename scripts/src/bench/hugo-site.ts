// The bench's content as a minimal Hugo site (issue 15, item 5): the same published articles,
// documents and albums the project's build reads, read by the site's own CMS code, written as
// Markdown with JSON front matter, under a theme of a few templates that make the same page set:
// one page per article, document and album; the news list, each category and each month of the
// archive paginated by 20 as the site does (site/src/lib/urls.ts PAGE_SIZE); "Tin khác" (the 8
// newest of the category) on each article; the home page and the sitemap.
// What Hugo is not asked to do, the project does: resize images, build a search index, draft previews.
import fs from 'node:fs';
import path from 'node:path';
import { loadSiteCms } from './site-modules.ts';

/** What the export needs of an article's view model (site/src/lib/cms/schemas/article.ts). */
interface ArticleVM {
  slug: string;
  title: string;
  kicker: string | null;
  summary: string | null;
  body: string;
  date: Date;
  bylines: Array<{ name: string; position: string | null; department: string | null }>;
  source: string | null;
  category: { name: string; slug: string } | null;
  relatedDocuments: Array<{ documentNumber: string; slug: string; kind: string }>;
}
interface DocumentVM {
  slug: string;
  documentNumber: string;
  kind: string;
  title?: string | null;
  excerpt: string;
  issueDate: string;
  issuingBody: string;
  fullText?: string | null;
}
interface GalleryVM {
  slug: string;
  title: string;
  date: Date;
  description?: string | null;
  photos?: Array<{ caption?: string | null }>;
}

export interface HugoSiteResult {
  dir: string;
  articles: number;
  documents: number;
  galleries: number;
  categories: number;
  months: number;
}

// Same as site/src/lib/urls.ts PAGE_SIZE (a listing page holds 20 entries).
const PAGE_SIZE = 20;

/** Vietnam's month of a date, "2024-05": the archive groups by the month readers see. */
const monthOf = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 7);

const page = (frontMatter: Record<string, unknown>, body: string) => `${JSON.stringify(frontMatter, null, 1)}\n\n${body}\n`;

const CONFIG = (baseURL: string) => `baseURL = ${JSON.stringify(`${baseURL}/`)}
languageCode = "vi"
title = "Đảng bộ Khối (so sánh Hugo)"
disableKinds = ["RSS"]
enableRobotsTXT = false
# Every page in HTML only: per-listing feeds are work the site does not do.
[outputs]
home = ["HTML"]
section = ["HTML"]
taxonomy = ["HTML"]
term = ["HTML"]
[pagination]
pagerSize = ${PAGE_SIZE}
[taxonomies]
category = "chuyen-muc"
month = "luu-tru"
[permalinks]
bai-viet = "/bai-viet/:slug/"
van-ban = "/van-ban/:slug/"
thu-vien-anh = "/thu-vien-anh/:slug/"
`;

// Hugo 0.111 (Debian 12) reads "paginate"; newer ones read [pagination]: both, so either works.
const configFor = (baseURL: string) => `paginate = ${PAGE_SIZE}\n${CONFIG(baseURL)}`;

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} | {{ end }}{{ site.Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem}nav a{margin-right:.75rem}</style>
</head>
<body>
<header><a href="/">{{ site.Title }}</a>
<nav>{{ range (index site.Taxonomies "chuyen-muc").ByCount }}<a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a>{{ end }}</nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh</footer>
</body>
</html>
`,
  'partials/item.html': `<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2/1/2006" }}</time>
{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}</article>
`,
  'partials/pager.html': `{{ $p := .Paginator }}{{ if gt $p.TotalPages 1 }}<nav class="pager">
{{ if $p.HasPrev }}<a href="{{ $p.Prev.URL }}">Trang trước</a>{{ end }}
Trang {{ $p.PageNumber }}/{{ $p.TotalPages }}
{{ if $p.HasNext }}<a href="{{ $p.Next.URL }}">Trang sau</a>{{ end }}</nav>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ range (.Paginate .Pages.ByDate.Reverse).Pages }}{{ partial "item.html" . }}{{ end }}
{{ partial "pager.html" . }}{{ end }}
`,
  '_default/terms.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
`,
  '_default/single.html': `{{ define "main" }}<article>
{{ with .Params.kicker }}<p class="kicker">{{ . }}</p>{{ end }}
<h1>{{ .Title }}</h1>
<time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "15:04 2/1/2006" }}</time>
{{ range .GetTerms "chuyen-muc" }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .Params.summary }}<p><strong>{{ . }}</strong></p>{{ end }}
<div class="prose">{{ .Content }}</div>
{{ with .Params.bylines }}<p>{{ delimit . ", " }}</p>{{ end }}
{{ with .Params.source }}<p>Nguồn: {{ . }}</p>{{ end }}
{{ with .Params.documents }}<h2>Văn bản liên quan</h2><ul>{{ range . }}<li><a href="/van-ban/{{ .slug }}/">{{ .name }}</a></li>{{ end }}</ul>{{ end }}
</article>
{{ $self := . }}{{ range first 1 (.GetTerms "chuyen-muc") }}<aside><h2>Tin khác</h2><ul>
{{ range first 8 (where .Pages "Permalink" "ne" $self.Permalink) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
</ul></aside>{{ end }}{{ end }}
`,
  'index.html': `{{ define "main" }}<h1>Tin mới</h1>
{{ range first 10 (where site.RegularPages.ByDate.Reverse "Section" "bai-viet") }}{{ partial "item.html" . }}{{ end }}
<p><a href="/bai-viet/">Tất cả tin bài</a></p>{{ end }}
`,
};

/** Reads the CMS as the build does and writes the Hugo site into dir (emptied first). */
export async function writeHugoSite(cms: { url: string; buildToken: string }, dir: string, baseURL: string): Promise<HugoSiteResult> {
  process.env.CMS_URL ??= cms.url;
  const site = await loadSiteCms();
  const config = { url: cms.url, token: cms.buildToken };
  const read = async <T>(name: string) => (await site.fetchAll(config, site.COLLECTIONS[name]!.spec)).entries as T[];
  const [articles, documents, galleries] = await Promise.all([
    read<ArticleVM>('articles'),
    read<DocumentVM>('documents'),
    read<GalleryVM>('galleries'),
  ]);

  fs.rmSync(dir, { recursive: true, force: true });
  const write = (rel: string, text: string) => {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  write('hugo.toml', configFor(baseURL));
  for (const [rel, text] of Object.entries(LAYOUTS)) write(path.join('layouts', rel), text);
  write('content/bai-viet/_index.md', page({ title: 'Tin tức' }, ''));
  write('content/van-ban/_index.md', page({ title: 'Văn bản' }, ''));
  write('content/thu-vien-anh/_index.md', page({ title: 'Thư viện ảnh' }, ''));
  write('content/chuyen-muc/_index.md', page({ title: 'Chuyên mục' }, ''));
  write('content/luu-tru/_index.md', page({ title: 'Lưu trữ' }, ''));

  const categories = new Map<string, string>();
  const months = new Set<string>();
  for (const a of articles) {
    const month = monthOf(a.date);
    months.add(month);
    if (a.category) categories.set(a.category.slug, a.category.name);
    const front = {
      title: a.title,
      slug: a.slug,
      date: a.date.toISOString(),
      kicker: a.kicker,
      summary: a.summary,
      source: a.source,
      bylines: a.bylines.map((b) => [b.name, b.position ?? b.department].filter(Boolean).join(', ')),
      documents: a.relatedDocuments.map((d) => ({ slug: d.slug, name: `${d.kind} ${d.documentNumber}` })),
      'chuyen-muc': a.category ? [a.category.slug] : [],
      'luu-tru': [month],
    };
    write(`content/bai-viet/${a.slug}.md`, page(front, a.body));
  }
  for (const [slug, name] of categories) write(`content/chuyen-muc/${slug}/_index.md`, page({ title: name }, ''));
  for (const month of months)
    write(`content/luu-tru/${month}/_index.md`, page({ title: `Tháng ${month.slice(5)}/${month.slice(0, 4)}` }, ''));
  for (const d of documents) {
    write(
      `content/van-ban/${d.slug}.md`,
      page(
        { title: `${d.kind} ${d.documentNumber}`, slug: d.slug, date: `${d.issueDate}T09:00:00+07:00`, summary: d.excerpt },
        [`${d.issuingBody}, ${d.issueDate}`, d.excerpt, d.fullText ?? ''].join('\n\n'),
      ),
    );
  }
  for (const g of galleries) {
    const captions = (g.photos ?? []).map((p) => `- ${p.caption ?? ''}`).join('\n');
    write(
      `content/thu-vien-anh/${g.slug}.md`,
      page(
        { title: g.title, slug: g.slug, date: g.date.toISOString(), summary: g.description ?? null },
        `${g.description ?? ''}\n\n${captions}`,
      ),
    );
  }
  return {
    dir,
    articles: articles.length,
    documents: documents.length,
    galleries: galleries.length,
    categories: categories.size,
    months: months.size,
  };
}
