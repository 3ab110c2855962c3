// Saved HTML pages (a `wget --mirror` of an old site): the article is found by Mozilla's Readability
// over linkedom's DOM, then refined by the site profile's selectors where the generic guess is wrong.
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { formatDateTimeVi, normalizeLine } from '@dbk/shared-types';
import { looksLikeDateLine } from './date-line-find.ts';
import { htmlToMarkdown } from './markdown.ts';
import type { ImportedPage, ImportedPhoto } from './page.ts';
import type { SiteProfile } from './profile.ts';

type Doc = ReturnType<typeof parseHTML>['document'];
type El = NonNullable<ReturnType<Doc['querySelector']>>;

const text = (el: El | null | undefined) => (el ? normalizeLine(el.textContent ?? '') : '');

export interface HtmlInput {
  /** path relative to the source folder (shown in reports; the fallback old address) */
  file: string;
  /** absolute path, to find the page's photos next to it */
  absolute: string;
  html: string;
  /** the source folder: root-relative photo addresses ("/images/a.jpg") are looked for under it */
  root: string;
  /** the old address when the page does not print its own canonical one */
  fallbackUrl: string;
}

export function readHtml(input: HtmlInput, profile: SiteProfile): ImportedPage {
  const { document } = parseHTML(input.html);
  const pick = (selector: string | undefined) => (selector ? document.querySelector(selector) : null);
  const legacyUrl = canonical(document) ?? input.fallbackUrl;
  const dateLine = findDateLine(document, profile);
  const viewText = text(pick(profile.viewCount));
  const viewCount = viewText ? Number(viewText.replace(/\D/gu, '')) || undefined : undefined;
  const category = text(pick(profile.category)) || meta(document, 'article:section') || undefined;
  let bylineName = text(pick(profile.byline));
  const bylinePosition = text(pick(profile.bylinePosition));

  // The body: the profile's element, else Readability's article (it changes the DOM: give it its own).
  let bodyHtml: string;
  let readTitle = '';
  let excerpt = '';
  const bodyEl = pick(profile.body);
  if (bodyEl) {
    bodyHtml = bodyEl.innerHTML;
  } else {
    const article = new Readability(parseHTML(input.html).document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    bodyHtml = article?.content ?? '';
    readTitle = normalizeLine(article?.title ?? '');
    excerpt = normalizeLine(article?.excerpt ?? '');
    if (!bylineName && article?.byline) bylineName = normalizeLine(article.byline);
  }
  const removed = [
    profile.remove,
    profile.title,
    profile.dateLine,
    profile.byline,
    profile.bylinePosition,
    profile.viewCount,
    profile.summary,
  ];
  const { body, photos } = htmlBody(bodyHtml, (src) => localFile(input, src), profile.captions, removed);

  const title = text(pick(profile.title)) || readTitle || text(document.querySelector('h1')) || text(document.querySelector('title'));
  const summary = text(pick(profile.summary)) || meta(document, 'description') || excerpt || undefined;
  const bylines = bylineName ? [{ name: bylineName, ...(bylinePosition ? { position: bylinePosition } : {}) }] : [];
  return {
    file: input.file,
    legacyUrl,
    title,
    summary,
    body,
    dateLine,
    bylines,
    category,
    viewCount,
    photos,
  };
}

function meta(document: Doc, name: string): string {
  const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
  return normalizeLine(el?.getAttribute('content') ?? '');
}

function canonical(document: Doc): string | undefined {
  const href = document.querySelector('link[rel="canonical"]')?.getAttribute('href') || meta(document, 'og:url');
  return href && /^https?:\/\//iu.test(href) ? href : undefined;
}

/** The profile's element; else the usual places portals print it; else the first short element with a date. */
function findDateLine(document: Doc, profile: SiteProfile): string | undefined {
  if (profile.dateLine) return text(document.querySelector(profile.dateLine)) || undefined;
  const published = meta(document, 'article:published_time');
  if (published) return isoToDateLine(published);
  for (const el of document.querySelectorAll('time, [class*="date"], [class*="time"], [itemprop="datePublished"]')) {
    const line = text(el);
    if (looksLikeDateLine(line)) return line;
  }
  return undefined;
}

// "2020-08-17T08:33:00+07:00" → "17/08/2020 08:33 (GMT+7)"; other offsets are written as such and refused by the parser.
function isoToDateLine(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/u.exec(iso);
  if (!m) return undefined;
  const date = `${m[3]}/${m[2]}/${m[1]}`;
  if (!m[4]) return date;
  // A UTC instant is written as Việt Nam's wall clock, by the display rule the site and CMS use.
  if (m[6] === 'Z') return formatDateTimeVi(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]))));
  return `${date} ${m[4]}:${m[5]}${m[6] ? ` (GMT${m[6].replace(/:?00$/u, '').replace(/([+-])0/u, '$1')})` : ''}`;
}

/**
 * An article's HTML → Markdown and its photos, shared by saved pages and WordPress exports (so both
 * read the same way). `locate` finds the local file of an image address; `remove` lists selectors of
 * parts to drop first.
 */
export function htmlBody(
  html: string,
  locate: (src: string) => string | undefined,
  captionSelector?: string,
  remove: (string | undefined)[] = [],
): { body: string; photos: ImportedPhoto[] } {
  const { document: body } = parseHTML(`<!doctype html><html><body><div id="dbk-body">${html}</div></body></html>`);
  const root = body.querySelector('#dbk-body')!;
  for (const selector of remove) {
    if (selector) for (const el of root.querySelectorAll(selector)) el.remove();
  }
  const photos = collectPhotos(root, locate, captionSelector);
  return { body: htmlToMarkdown(root.innerHTML), photos };
}

/**
 * Every <img> whose file was saved with the page becomes a placeholder the uploader replaces by the
 * uploaded file's address; its caption is the profile's caption element in the same figure, the
 * figcaption, or the alt text. Photos that were not saved are dropped (they would be broken links).
 */
function collectPhotos(root: El, locate: (src: string) => string | undefined, captionSelector: string | undefined): ImportedPhoto[] {
  const photos: ImportedPhoto[] = [];
  for (const img of [...root.querySelectorAll('img')]) {
    const src = img.getAttribute('src') ?? '';
    const file = locate(src);
    const holder = img.closest('figure, table, .image, [class*="caption"]') ?? img.parentElement;
    const captionEl = (captionSelector && holder?.querySelector(captionSelector)) || holder?.querySelector('figcaption');
    const caption = text(captionEl) || normalizeLine(img.getAttribute('alt') ?? '') || undefined;
    if (captionEl) captionEl.remove();
    if (!file) {
      img.remove();
      continue;
    }
    const token = `dbk-anh-${photos.length + 1}`;
    photos.push({ token, file, caption });
    img.setAttribute('src', token);
    img.setAttribute('alt', caption ?? '');
  }
  return photos;
}

function localFile(page: HtmlInput, src: string): string | undefined {
  if (!src || /^(data:|[a-z]+:\/\/)/iu.test(src)) return undefined;
  const clean = decodeURIComponent(src.split(/[?#]/u)[0]!);
  // A wget mirror keeps the host as the first folder: "/images/a.jpg" is under it or under the root.
  const host = page.file.split(/[\\/]/u)[0]!;
  const candidates = clean.startsWith('/')
    ? [path.join(page.root, host, clean), path.join(page.root, clean)]
    : [path.resolve(path.dirname(page.absolute), clean)];
  return candidates.find((c) => c.startsWith(page.root) && fs.existsSync(c));
}
