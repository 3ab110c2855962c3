// Step 6: what a build writes, and what a reader downloads for one typical article page. Sizes
// are bytes on disk; "gzip" is zlib at level 6 (what nginx, Caddy and CDNs send for text).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface OutputResult {
  files: number;
  bytes: number;
  /** files and bytes per kind: html, css, js, images, search, other */
  byKind: Record<string, { files: number; bytes: number }>;
  articlePages: number;
  typicalArticle: ArticleWeight;
}

export interface ArticleWeight {
  path: string;
  html: Weight;
  /** stylesheets the page links (inline <style> is part of the HTML) */
  css: Weight;
  /** scripts: linked files plus inline scripts (JSON-LD excluded: data, not code) */
  js: Weight & { inlineRaw: number; files: number };
  /** HTML + CSS gzipped: what must arrive before the page can be drawn */
  htmlCssGzip: number;
  /** the title and the body's first paragraph are in the HTML itself: no script is needed to read */
  readableWithoutJs: boolean;
  /** what the browser fetches to render it: the page, stylesheets, scripts, eager images, icon */
  requests: number;
  requestList: string[];
}

export interface Weight {
  raw: number;
  gzip: number;
}

const gzip = (data: Buffer | string) => zlib.gzipSync(data, { level: 6 }).length;

function kindOf(rel: string): string {
  if (rel.startsWith('pagefind/')) return 'search';
  const ext = path.extname(rel).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (['.avif', '.webp', '.jpg', '.jpeg', '.png', '.svg', '.gif'].includes(ext)) return 'images';
  return 'other';
}

export function listOutput(dir: string): Array<{ rel: string; bytes: number }> {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      return { rel: path.relative(dir, full).split(path.sep).join('/'), bytes: fs.statSync(full).size };
    });
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** Weighs one built page as a browser without cache loads it. */
export function weighPage(dir: string, rel: string): ArticleWeight {
  const html = fs.readFileSync(path.join(dir, rel));
  const text = html.toString('utf8');
  const local = (href: string) => {
    const url = new URL(href, 'https://site.invalid/');
    return url.host === 'site.invalid' ? path.join(dir, decodeURIComponent(url.pathname)) : null;
  };
  const requestList = [`/${rel.replace(/index\.html$/, '')}`];
  const css = { raw: 0, gzip: 0 };
  for (const tag of text.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = attr(tag, 'rel')?.toLowerCase() ?? '';
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.split(/\s+/).includes('stylesheet')) {
      const file = local(href);
      if (file && fs.existsSync(file)) {
        const body = fs.readFileSync(file);
        css.raw += body.length;
        css.gzip += gzip(body);
      }
      requestList.push(href);
    } else if (rel.split(/\s+/).includes('icon')) requestList.push(href);
  }
  const js = { raw: 0, gzip: 0, inlineRaw: 0, files: 0 };
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = m[1] ?? '';
    if (/application\/ld\+json/i.test(tag)) continue;
    const src = attr(`<script ${tag}>`, 'src');
    if (src) {
      const file = local(src);
      if (file && fs.existsSync(file)) {
        const body = fs.readFileSync(file);
        js.raw += body.length;
        js.gzip += gzip(body);
        js.files++;
      }
      requestList.push(src);
    } else {
      const body = m[2] ?? '';
      js.inlineRaw += Buffer.byteLength(body);
    }
  }
  // A <picture> costs one request (the browser picks one source); a lone <img> one each. Lazy
  // images below the fold are not needed to render the first screen.
  const withoutPictures = text.replace(/<picture\b[\s\S]*?<\/picture>/gi, (picture) => {
    if (!/loading="lazy"/i.test(picture)) requestList.push('(ảnh đầu trang, 1 định dạng)');
    return '';
  });
  for (const tag of withoutPictures.match(/<img\b[^>]*>/gi) ?? []) {
    if (!/loading="lazy"/i.test(tag)) requestList.push(attr(tag, 'src') ?? '(img)');
  }
  const htmlWeight = { raw: html.length, gzip: gzip(html) };
  return {
    path: `/${rel}`,
    html: htmlWeight,
    css,
    js: { ...js, gzip: js.gzip },
    htmlCssGzip: htmlWeight.gzip + css.gzip,
    readableWithoutJs: /<h1\b[^>]*>[^<]+<\/h1>/.test(text) && /class="prose"[^>]*>\s*<(?:p|h[2-6]|ul|ol)\b[^>]*>[^<]/.test(text),
    requests: requestList.length,
    requestList,
  };
}

export function measureOutput(dir: string): OutputResult {
  const files = listOutput(dir);
  const byKind: OutputResult['byKind'] = {};
  for (const f of files) {
    const k = (byKind[kindOf(f.rel)] ??= { files: 0, bytes: 0 });
    k.files++;
    k.bytes += f.bytes;
  }
  // The article page of median size stands for "a typical article".
  const articles = files.filter((f) => /^bai-viet\/[^/]+\/index\.html$/.test(f.rel)).sort((a, b) => a.bytes - b.bytes);
  const median = articles[Math.floor(articles.length / 2)];
  if (!median) throw new Error(`Không có trang tin bài nào trong ${dir}`);
  return {
    files: files.length,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    byKind,
    articlePages: articles.length,
    typicalArticle: weighPage(dir, median.rel),
  };
}
