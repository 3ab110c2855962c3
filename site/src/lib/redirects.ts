// Old addresses keep working: every imported article's old address (legacyUrl, written by
// `npm run import`) leads to its new page, through nginx or Caddy configuration emitted with each
// build, and static redirect pages for hosts that have neither. Pure: no I/O, no Astro imports.

/** The map src/pages/chuyen-huong/ban-do.json.ts emits, relative to client/. */
export const REDIRECT_MAP_FILE = 'chuyen-huong/ban-do.json';

export interface Redirect {
  /** the old path, with its query string when it had one ("/index.php?id=12") */
  from: string;
  /** the new page ("/bai-viet/slug/") */
  to: string;
}

/** One redirect per old http(s) address; pseudo-addresses of text captures ("tep:...") have none. */
export function legacyRedirects(
  articles: readonly { legacyUrl: string | null; slug: string }[],
  articleUrl: (slug: string) => string,
): Redirect[] {
  const seen = new Map<string, Redirect>();
  for (const a of articles) {
    if (!a.legacyUrl || !/^https?:\/\//iu.test(a.legacyUrl)) continue;
    let url: URL;
    try {
      url = new URL(a.legacyUrl);
    } catch {
      continue;
    }
    const from = `${url.pathname}${url.search}`;
    const to = articleUrl(a.slug);
    if (from !== to && from !== '/' && !seen.has(from)) seen.set(from, { from, to });
  }
  return [...seen.values()].sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
}

// Quoted for both nginx and Caddy: a backslash and a double quote are escaped, nothing else is special.
const quote = (s: string) => `"${s.replace(/["\\]/gu, '\\$&')}"`;

/**
 * nginx: include this file in the `http { }` block and add to the site's `server { }`:
 *   if ($dbk_chuyen_huong) { return 301 $dbk_chuyen_huong; }
 * $request_uri carries the query string, so "index.php?id=12"-style addresses match too.
 */
export function nginxConfig(redirects: readonly Redirect[]): string {
  const lines = redirects.map((r) => `    ${quote(r.from)} ${quote(r.to)};`);
  return [
    '# Chuyển hướng địa chỉ trang cũ về bài mới (tạo tự động khi dựng trang).',
    '# Đặt tệp này trong khối http { } và thêm vào khối server { } của trang:',
    '#   if ($dbk_chuyen_huong) { return 301 $dbk_chuyen_huong; }',
    'map $request_uri $dbk_chuyen_huong {',
    '    default "";',
    ...lines,
    '}',
    '',
  ].join('\n');
}

/** Caddy: `import` this file inside the site's block. {uri} carries the query string. */
export function caddyConfig(redirects: readonly Redirect[]): string {
  return [
    '# Chuyển hướng địa chỉ trang cũ về bài mới (tạo tự động khi dựng trang).',
    '# Dùng: import chuyen-huong/caddy.conf trong khối của trang.',
    'map {uri} {dbk_chuyen_huong} {',
    ...redirects.map((r) => `    ${quote(r.from)} ${quote(r.to)}`),
    '    default ""',
    '}',
    '@dbk_chuyen_huong not vars {dbk_chuyen_huong} ""',
    'redir @dbk_chuyen_huong {dbk_chuyen_huong} 301',
    '',
  ].join('\n');
}

/**
 * Where a static host serves an old path from, relative to the site root, or undefined when it
 * cannot (a query string, or a server-side extension like .php that the host would not serve as HTML).
 */
export function staticRedirectFile(from: string): string | undefined {
  if (from.includes('?')) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(from);
  } catch {
    return undefined;
  }
  if (path.split('/').some((part) => part === '..')) return undefined;
  const rel = path.replace(/^\/+/u, '');
  if (rel === '' || path.endsWith('/')) return `${rel}index.html`;
  if (/\.html?$/iu.test(rel)) return rel;
  if (/\.[a-z0-9]{1,5}$/iu.test(rel)) return undefined;
  return `${rel}/index.html`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A page that sends readers (meta refresh) and search engines (canonical) to the new address. */
export function redirectPage(to: string, site: string): string {
  const target = escapeHtml(new URL(to, site).href);
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang đã chuyển</title><link rel="canonical" href="${target}"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${target}"></head><body><p>Trang đã chuyển đến <a href="${target}">${target}</a>.</p></body></html>\n`;
}
