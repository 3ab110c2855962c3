// Sharing metadata and the feed of the sample build, read with tools no one here wrote: every
// page carries an Open Graph picture and an X card, the picture served from the site itself at
// the size networks show large; the RSS feed parses with an independent parser and names itself.
import fs from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseDocument } from 'htmlparser2';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { listFiles, read } from './fixture';

// buildSite's default SITE_URL.
const SITE = 'https://dangbokhoi.example.vn';

/** content of <meta property|name=key> in the page's head, in order */
function metas(html: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (nodes: ReturnType<typeof parseDocument>['children']): void => {
    for (const node of nodes) {
      if (node.type !== 'tag') continue;
      const key = node.attribs['property'] ?? node.attribs['name'];
      if (node.name === 'meta' && key) found.set(key, [...(found.get(key) ?? []), node.attribs['content'] ?? '']);
      walk(node.children);
    }
  };
  walk(parseDocument(html).children);
  return found;
}

export function defineMetadataTests(outDir: () => string): void {
  describe('sharing metadata and the feed', () => {
    it('gives every page an Open Graph picture copied into the site, 1200×630, and an X card', async () => {
      const pages = listFiles(outDir()).filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(100);
      const problems: string[] = [];
      const sizes = new Map<string, string>(); // one look per picture
      for (const page of pages) {
        const html = read(outDir(), page);
        // An old address's redirect stub (npm run import, site/src/integrations/redirect-pages.ts) is
        // not a page to share: it only sends the reader on, with its canonical link.
        if (/<meta http-equiv="refresh"/i.test(html)) continue;
        const meta = metas(html);
        const images = meta.get('og:image') ?? [];
        if (images.length !== 1) problems.push(`${page}: ${images.length} og:image`);
        if (meta.get('twitter:card')?.[0] !== 'summary_large_image') problems.push(`${page}: no twitter:card`);
        if (!meta.get('og:image:alt')?.[0]) problems.push(`${page}: no og:image:alt`);
        const url = images[0];
        if (!url?.startsWith(`${SITE}/`)) {
          problems.push(`${page}: og:image not on the site: ${url}`);
          continue;
        }
        const file = path.join(outDir(), decodeURIComponent(new URL(url).pathname));
        if (!sizes.has(file)) {
          sizes.set(
            file,
            fs.existsSync(file)
              ? await sharp(file)
                  .metadata()
                  .then((m) => `${m.width}×${m.height}`)
              : 'missing',
          );
        }
        const declared = `${meta.get('og:image:width')?.[0]}×${meta.get('og:image:height')?.[0]}`;
        if (sizes.get(file) !== '1200×630' || declared !== '1200×630')
          problems.push(`${page}: ${url} is ${sizes.get(file)}, declared ${declared}`);
      }
      expect(problems).toEqual([]);
      // Pages with pictures of their own share them: not the emblem everywhere.
      expect(sizes.size).toBeGreaterThan(10);
    });

    it('puts the shared picture of an article in its JSON-LD', () => {
      const page = listFiles(outDir()).find((f) => f.startsWith('bai-viet/') && f.endsWith('.html'))!;
      const html = read(outDir(), page);
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/su.exec(html)![1]!) as { image?: string[] };
      expect(ld.image).toEqual(metas(html).get('og:image'));
    });

    it('publishes an RSS feed an independent parser reads, with its own address', () => {
      const feed = parseFeed(read(outDir(), 'rss.xml'));
      expect(feed.self).toBe(`${SITE}/rss.xml`);
      expect(feed.language).toBe('vi');
      expect(feed.items.length).toBeGreaterThan(10);
      for (const item of feed.items) {
        expect(item.url).toMatch(new RegExp(`^${SITE}/bai-viet/[^/]+/$`, 'u'));
        expect(item.title).toBeTruthy();
        expect(item.published).toBeInstanceOf(Date);
      }
    });
  });
}
