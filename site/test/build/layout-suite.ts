// Layout geometry in Debian's Chromium at phone, tablet and desktop widths, on the built sample
// site served statically: thumbnails one fixed box per list, document lists compact with numbers
// never broken, a readable measure for article text, a cover sharp at its laid-out width, and no
// horizontal scroll or text running out of its box. Geometry, not pixels: fonts may differ.
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServedSite } from './served-site';

const WIDTHS = [360, 390, 768, 1280];
const ARTICLE = '/bai-viet/doi-moi-sang-tao-xay-dung-dang-bo-trong-sach-vung-manh/';
const PAGES = ['/', '/tin-tuc/', '/chuyen-muc/tin-tuc-su-kien/', ARTICLE, '/van-ban/', '/dai-hoi/dai-hoi-lan-thu-viii/'];
/** The thumbnail width of article lists: 7.5rem up to 30rem wide, 9rem above (global.css --thumb). */
const thumbWidth = (viewport: number) => (viewport <= 480 ? 120 : 144);
/** A document in a list, as a card or a table row: number, kind, date, title, issuer. */
const MAX_DOCUMENT_ROW = 240;
/** Characters a line of article text: about 70. */
const MEASURE = { min: 60, max: 80 };

interface Geometry {
  scrollWidth: number;
  innerWidth: number;
  /** per list of articles, the [width, height] of each thumbnail */
  thumbLists: [number, number][][];
  /** per grid of cards, the [width, height] of each image */
  cardLists: [number, number][][];
  documentRowHeights: number[];
  /** document numbers laid out on more than one line */
  brokenNumbers: string[];
  /** elements whose content is wider than they are and shows past their edge */
  overflowing: string[];
}

function measure(page: Page): Promise<Geometry> {
  return page.evaluate(() => {
    const box = (el: Element): [number, number] => {
      const r = el.getBoundingClientRect();
      return [Math.round(r.width * 10) / 10, Math.round(r.height * 10) / 10];
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const overflowing: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const style = getComputedStyle(el);
      if (style.display === 'inline' || style.display === 'none' || el.clientWidth === 0) continue;
      // Clipped or scrolled on purpose (the moving banner, visually hidden text, a scroll box).
      let clipped = false;
      for (let up: Element | null = el; up && !clipped; up = up.parentElement) clipped = getComputedStyle(up).overflowX !== 'visible';
      if (clipped) continue;
      if (el.scrollWidth > el.clientWidth + 1) overflowing.push(`${name(el)} ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      thumbLists: [...document.querySelectorAll('.list')]
        .map((list) => [...list.querySelectorAll(':scope > li > picture')].map(box))
        .filter((l) => l.length > 0),
      cardLists: [...document.querySelectorAll('.cards')]
        .map((list) => [...list.querySelectorAll(':scope > li img')].map(box))
        .filter((l) => l.length > 0),
      documentRowHeights: [...document.querySelectorAll('.doc-table tbody tr')].map((tr) => box(tr)[1]),
      brokenNumbers: [...document.querySelectorAll('.doc-number')]
        .filter((el) => {
          const text = el.querySelector('a, strong') ?? el;
          const tops = new Set([...text.getClientRects()].map((r) => Math.round(r.top)));
          return tops.size > 1;
        })
        .map((el) => el.textContent ?? ''),
      overflowing,
    };
  });
}

export function defineLayoutTests(outDir: () => string): void {
  describe('layout at phone, tablet and desktop widths', () => {
    let browser: Browser;
    let base: string;
    let close: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      ({ browser, base, close } = await startServedSite(outDir()));
    });
    afterAll(() => close?.());

    async function open(path: string, width: number): Promise<Page> {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(base + path, { waitUntil: 'load' });
      return page;
    }

    it.each(WIDTHS)('holds every page type at %i px', async (width) => {
      const problems: string[] = [];
      let thumbs = 0;
      let rows = 0;
      for (const path of PAGES) {
        const page = await open(path, width);
        const g = await measure(page);
        await page.close();
        const at = `${path} at ${width}px`;
        if (g.scrollWidth > g.innerWidth) problems.push(`${at}: scrolls sideways (${g.scrollWidth} > ${g.innerWidth})`);
        for (const list of g.thumbLists) {
          thumbs += list.length;
          const sizes = new Set(list.map(([w, h]) => `${w}×${h}`));
          if (sizes.size > 1) problems.push(`${at}: thumbnails of one list differ: ${[...sizes].join(', ')}`);
          const narrow = list.filter(([w]) => w < thumbWidth(width));
          if (narrow.length > 0)
            problems.push(`${at}: thumbnails narrower than ${thumbWidth(width)}px: ${narrow.map(([w]) => w).join(', ')}`);
        }
        for (const list of g.cardLists) {
          const sizes = new Set(list.map(([w, h]) => `${w}×${h}`));
          if (sizes.size > 1) problems.push(`${at}: card images of one list differ: ${[...sizes].join(', ')}`);
        }
        rows += g.documentRowHeights.length;
        const tall = g.documentRowHeights.filter((h) => h > MAX_DOCUMENT_ROW);
        if (tall.length > 0) problems.push(`${at}: document rows taller than ${MAX_DOCUMENT_ROW}px: ${tall.join(', ')}`);
        if (g.brokenNumbers.length > 0) problems.push(`${at}: document numbers broken across lines: ${g.brokenNumbers.join(', ')}`);
        if (g.overflowing.length > 0) problems.push(`${at}: text overflows: ${g.overflowing.slice(0, 5).join('; ')}`);
      }
      expect(problems).toEqual([]);
      // The checks above looked at something: the sample has lists and documents on these pages.
      expect(thumbs).toBeGreaterThan(10);
      expect(rows).toBeGreaterThan(10);
    });

    it('sets article text about 70 characters a line on a wide screen', async () => {
      const page = await open(ARTICLE, 1280);
      // Characters per line of the longest paragraph: its length over the lines it takes.
      const perLine = await page.locator('.prose').evaluate((prose) => {
        const longest = [...prose.querySelectorAll('p')].sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0]!;
        const range = document.createRange();
        range.selectNodeContents(longest);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size;
        return (longest.textContent ?? '').length / lines;
      });
      await page.close();
      expect(perLine).toBeGreaterThanOrEqual(MEASURE.min);
      expect(perLine).toBeLessThanOrEqual(MEASURE.max);
    });

    it.each(WIDTHS)('sizes an article cover for at least its laid-out width at %i px', async (width) => {
      const page = await open(ARTICLE, width);
      const cover = page.locator('article figure picture img').first();
      await cover.evaluate((img: HTMLImageElement) => img.decode());
      // With a srcset of widths, naturalWidth is the width the sizes attribute declares (the file's
      // width over its density): the browser picks the file by it, so a smaller one means a blurry cover.
      const { declared, laidOut } = await cover.evaluate((img: HTMLImageElement) => ({
        declared: img.naturalWidth,
        laidOut: img.getBoundingClientRect().width,
      }));
      await page.close();
      expect(declared).toBeGreaterThanOrEqual(Math.floor(laidOut));
    });
  });
}
