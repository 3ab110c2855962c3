// Finds English interface words on the current admin page: in the visible text and in the
// accessible labels (aria-label, title, placeholder, alt) of the elements shown. "English" means a
// word of Strapi's own English strings (its en.json files, plus the design system's built-in
// labels): a word an editor would read as untranslated Strapi. Vietnamese written with its
// diacritics never matches; ASCII-only Vietnamese syllables that are also English words are excused.
import type { Page } from 'playwright-core';
import { STRAPI_ENGLISH } from './strapi-english';

/** Proper nouns, product words and file/keyboard names staff use as they are. */
export const ALLOWED = new Set([
  'strapi',
  'markdown',
  'url',
  'seo',
  'slug',
  'api',
  'email',
  'video',
  'audio',
  'web',
  'website',
  'menu',
  'logo',
  'kicker',
  'sapo',
  'online',
  'internet',
  'pdf',
  'png',
  'alt',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'mp4',
  'http',
  'https',
  'www',
  'com',
  'ctrl',
  'cmd',
  'shift',
  'enter',
  'esc',
  'tab',
  'webhook',
  'facebook',
  'zalo',
  'youtube',
  // Protocol, format and product names Strapi's screens show as they are.
  'json',
  'jwt',
  'sso',
  'csv',
  'exif',
  'graphql',
  'sentry',
  'openapi',
  'swagger',
  'node',
  'cloud',
  'growth',
  'community',
  'cms',
  'smtp',
  'dkim',
  'oauth',
  'tls',
  'post',
  'authorization',
  'bearer',
  'rel',
  'noopener',
  'nofollow',
  'noreferrer',
]);
/** Vietnamese syllables written without diacritics that Strapi's English also uses. */
const VIETNAMESE_SYLLABLES = new Set(['long']);
// Labels the design system builds in (not in any en.json) that the dictionary must also know.
const DESIGN_SYSTEM_ENGLISH = 'Choose date Choose time Close modal Month Year Clear Pagination On Off';

// E-mail addresses and links are data, not interface words.
const asciiWords = (text: string) =>
  (
    text
      .replace(/\{[^{}]*\}/g, ' ')
      .replace(/\S+@\S+|https?:\/\/\S+/g, ' ')
      // Identifiers are data, not words: token names (site-build), variables (STRAPI_BUILD_TOKEN,
      // %APP_NAME%), HTML values (_blank), file paths (./config/plugins.js).
      .replace(/\S*\/\S*/g, ' ')
      .replace(/%\w+%|\b\w*_\w*\b|\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ')
      .match(/[A-Za-z\u00C0-\u1EF9]+/g) ?? []
  )
    .filter((w) => /^[A-Za-z]+$/.test(w))
    .map((w) => w.toLowerCase());

const DICTIONARY = new Set(
  [...Object.values(STRAPI_ENGLISH).flatMap(({ messages }) => Object.values(messages)), DESIGN_SYSTEM_ENGLISH]
    .flatMap(asciiWords)
    .filter((w) => w.length >= 3 && !ALLOWED.has(w) && !VIETNAMESE_SYLLABLES.has(w)),
);

export interface EnglishWord {
  word: string;
  /** where it was seen: "text" or the attribute, with the surrounding text */
  in: string;
}

/** What the page shows a sighted reader and what it tells a screen reader. */
export async function pageTexts(page: Page): Promise<Array<{ in: string; text: string }>> {
  return page.evaluate(() => {
    const found: Array<{ in: string; text: string }> = [{ in: 'text', text: document.body.innerText }];
    for (const element of Array.from(document.querySelectorAll('[aria-label],[title],[placeholder],[alt]'))) {
      if (!(element as HTMLElement).checkVisibility?.()) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(attribute);
        if (value) found.push({ in: attribute, text: value });
      }
    }
    return found;
  });
}

/** Strapi's English in the given texts (exported for the detector's own test). */
export function englishIn(texts: Array<{ in: string; text: string }>): EnglishWord[] {
  const words: EnglishWord[] = [];
  for (const { in: where, text } of texts) {
    for (const line of text.split('\n')) {
      for (const word of asciiWords(line)) if (DICTIONARY.has(word)) words.push({ word, in: `${where}: ${line.trim().slice(0, 80)}` });
    }
  }
  return words;
}

export async function englishWords(page: Page): Promise<EnglishWord[]> {
  return englishIn(await pageTexts(page));
}
