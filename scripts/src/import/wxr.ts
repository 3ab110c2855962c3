// A WordPress export (WXR: Tools → Export on the old site), read with fast-xml-parser. One file
// holds every post: each becomes a source of its own, read into a page only when its turn comes
// (its photos may have to be fetched), so one bad post never stops the rest.
import fs from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { HCM_TIME_ZONE, normalizeLine, wallClockIn } from '@dbk/shared-types';
import { htmlBody } from './html.ts';
import type { ImportedPage } from './page.ts';
import type { SourceFile } from './sources.ts';
import { locateWxrPhotos } from './wxr-photos.ts';

/** One post of the export, as the importer needs it. */
export interface WxrPost {
  id: string;
  title: string;
  link: string;
  /** HTML as WordPress stores it (paragraphs may be blank lines, captions shortcodes) */
  content: string;
  excerpt: string;
  /** "YYYY-MM-DD HH:MM:SS" in UTC, or empty for drafts never dated */
  dateGmt: string;
  /** the same in the old site's own zone (taken as Asia/Ho_Chi_Minh) */
  dateLocal: string;
  pubDate: string;
  author: string;
  categories: string[];
  /** WordPress's "publish" stays as the operator chooses; every other kept status stays a draft */
  draft: boolean;
}

export interface WxrListing {
  sources: SourceFile[];
  /** items that are not posts to import: "post 12: thùng rác", "page 3: trang tĩnh" */
  skipped: string[];
}

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['item', 'category', 'wp:author', 'wp:postmeta'].includes(name),
});

/** Text of an element, whether it came as a string, CDATA or an element with attributes. */
function str(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'object' && '#text' in value) return str((value as Node)['#text']);
  return '';
}

/** A WordPress export announces itself by its namespace; sniffed from the start of the file. */
export async function isWxr(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return /xmlns:wp="http:\/\/wordpress\.org\/export\//u.test(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

const SKIP_STATUS: Record<string, string> = { trash: 'thùng rác', 'auto-draft': 'bản nháp tự động', inherit: 'phiên bản cũ' };
const SKIP_TYPE: Record<string, string> = {
  attachment: 'tệp đính kèm',
  page: 'trang tĩnh',
  nav_menu_item: 'mục menu',
  revision: 'phiên bản cũ',
};

export function parseWxr(xml: string): { posts: WxrPost[]; skipped: string[] } {
  const channel = ((parser.parse(xml) as Node).rss as Node | undefined)?.channel as Node | undefined;
  if (!channel) throw new Error('Tệp không phải bản xuất WordPress (không có rss/channel)');
  const authors = new Map<string, string>();
  for (const a of (channel['wp:author'] as Node[] | undefined) ?? []) {
    authors.set(str(a['wp:author_login']), normalizeLine(str(a['wp:author_display_name'])) || str(a['wp:author_login']));
  }
  const posts: WxrPost[] = [];
  const skipped: string[] = [];
  for (const item of (channel.item as Node[] | undefined) ?? []) {
    const id = str(item['wp:post_id']);
    const type = str(item['wp:post_type']) || 'post';
    const status = str(item['wp:status']);
    if (type !== 'post') {
      skipped.push(`${type} ${id}: ${SKIP_TYPE[type] ?? 'không phải bài viết'}`);
      continue;
    }
    if (SKIP_STATUS[status]) {
      skipped.push(`post ${id}: ${SKIP_STATUS[status]}`);
      continue;
    }
    const login = str(item['dc:creator']);
    posts.push({
      id,
      title: str(item.title),
      link: str(item.link).trim() || str(item.guid).trim(),
      content: str(item['content:encoded']),
      excerpt: str(item['excerpt:encoded']),
      dateGmt: str(item['wp:post_date_gmt']),
      dateLocal: str(item['wp:post_date']),
      pubDate: str(item.pubDate),
      author: authors.get(login) ?? login,
      categories: ((item.category as unknown[] | undefined) ?? [])
        .filter((c) => (c as Node)['@_domain'] === 'category')
        .map((c) => normalizeLine(str(c))),
      draft: status !== 'publish',
    });
  }
  return { posts, skipped };
}

/** Every post of the export as a source; `relative` is "export.xml#<post id>" (the key of overrides). */
export async function listWxr(file: string): Promise<WxrListing> {
  const { posts, skipped } = parseWxr(await fs.readFile(file, 'utf8'));
  const name = path.basename(file);
  const sources = posts.map((post): SourceFile => ({ kind: 'wxr', relative: `${name}#${post.id}`, absolute: file, post }));
  return { sources, skipped };
}

const EMPTY_DATE = /^0000-00-00/u;
const p2 = (n: number) => String(n).padStart(2, '0');

/**
 * The date line the shared parser reads, in Ho Chi Minh City time: from the UTC date when WordPress
 * kept one, else the site's own clock (a draft never scheduled has only that), else pubDate.
 */
export function wxrDateLine(post: Pick<WxrPost, 'dateGmt' | 'dateLocal' | 'pubDate'>): string | undefined {
  const at = (y: string, mo: string, d: string, h: string, mi: string) => `${d}/${mo}/${y} ${h}:${mi}`;
  const sql = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/u;
  const gmt = sql.exec(post.dateGmt);
  let instant: number | undefined;
  if (gmt && !EMPTY_DATE.test(post.dateGmt)) instant = Date.UTC(+gmt[1]!, +gmt[2]! - 1, +gmt[3]!, +gmt[4]!, +gmt[5]!);
  else {
    const local = sql.exec(post.dateLocal);
    if (local && !EMPTY_DATE.test(post.dateLocal)) return at(local[1]!, local[2]!, local[3]!, local[4]!, local[5]!);
    const parsed = Date.parse(post.pubDate);
    if (!Number.isNaN(parsed)) instant = parsed;
  }
  if (instant === undefined) return undefined;
  const c = wallClockIn(instant, HCM_TIME_ZONE);
  return `${p2(c.day)}/${p2(c.month)}/${c.year} ${p2(c.hour)}:${p2(c.minute)}`;
}

// Block elements: a chunk of post text starting with one of these is not wrapped in a paragraph.
const BLOCK = /^<(p|div|figure|h[1-6]|ul|ol|table|blockquote|pre|hr|!--)[\s>/]/iu;

/**
 * WordPress's own stored form → plain HTML: [caption] shortcodes become figures, and text whose
 * paragraphs are blank lines (the classic editor's, made into <p> by wpautop when shown) gets them.
 */
export function wpToHtml(content: string): string {
  const captioned = content.replace(/\[caption[^\]]*\]([\s\S]*?)\[\/caption\]/gu, (_, inner: string) => {
    const img = /(<a\b[^>]*>\s*)?<img\b[^>]*>(\s*<\/a>)?/iu.exec(inner);
    const caption = img ? inner.replace(img[0], '').trim() : inner.trim();
    return `<figure>${img?.[0] ?? ''}<figcaption>${caption}</figcaption></figure>`;
  });
  return captioned
    .split(/\r?\n\s*\r?\n/u)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK.test(chunk) ? chunk : `<p>${chunk.replace(/\r?\n/gu, '<br>')}</p>`))
    .join('\n');
}

/** One post → the page the importer keeps; its photos found next to the export or fetched. */
export async function readWxrPost(post: WxrPost, file: string, exportFile: string): Promise<ImportedPage> {
  const html = wpToHtml(post.content);
  const located = await locateWxrPhotos(html, path.dirname(exportFile));
  const { body, photos } = htmlBody(html, (src) => located.get(src), 'figcaption');
  const excerpt = htmlBody(post.excerpt, () => undefined).body;
  return {
    file,
    legacyUrl: post.link,
    title: post.title,
    summary: excerpt || undefined,
    body,
    dateLine: wxrDateLine(post),
    bylines: post.author ? [{ name: post.author }] : [],
    category: post.categories[0],
    photos,
    keepDraft: post.draft,
  };
}
