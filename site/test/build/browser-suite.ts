// Debian Chromium through playwright-core against the built site: layout on a phone and a desktop,
// keyboard control of the banner and the lightbox, print styles, and axe-core on each page type.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServedSite } from './served-site';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTICLE = '/bai-viet/doi-moi-sang-tao-xay-dung-dang-bo-trong-sach-vung-manh/';
const GALLERY = '/thu-vien-anh/dai-hoi-dai-bieu-dang-bo-khoi-lan-thu-viii/';
// The build pinned SITE_TODAY to this day; the browser clock matches so the banner script keeps it.
const BANNER_DAY = new Date('2024-06-11T09:00:00+07:00');

export function defineBrowserTests(outDir: () => string): void {
  describe('in the browser', () => {
    let browser: Browser;
    let base: string;
    let close: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      ({ browser, base, close } = await startServedSite(outDir()));
    });
    afterAll(() => close?.());

    async function open(path: string, width = 1280): Promise<Page> {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.clock.setFixedTime(BANNER_DAY);
      await page.goto(base + path);
      return page;
    }

    it.each([390, 1280])('shows home and an article at %i px without horizontal scroll', async (width) => {
      for (const path of ['/', ARTICLE]) {
        const page = await open(path, width);
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(scroll, `${path} at ${width}px`).toBeLessThanOrEqual(client);
        await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
        await page.close();
      }
    });

    it('pauses the moving banner from the keyboard', async () => {
      const page = await open('/');
      const track = page.locator('[data-banner-track]');
      await expect(track.textContent()).resolves.toContain('76 năm ngày Chủ tịch Hồ Chí Minh');
      const state = () => track.evaluate((el) => getComputedStyle(el).animationPlayState);
      expect(await state()).toBe('running');
      const pause = page.getByLabel('Tạm dừng');
      await pause.focus();
      await page.keyboard.press('Space');
      expect(await state()).toBe('paused');
      await page.keyboard.press('Space');
      expect(await state()).toBe('running');
      await page.close();
    });

    it('keeps the banner still for readers who ask for reduced motion', async () => {
      const page = await browser.newPage({ reducedMotion: 'reduce' });
      await page.clock.setFixedTime(BANNER_DAY);
      await page.goto(`${base}/`);
      expect(await page.locator('[data-banner-track]').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
      await page.close();
    });

    it('opens, moves and closes the lightbox by keyboard', async () => {
      const page = await open(GALLERY);
      const thumbs = page.locator('[data-lightbox]');
      const count = await thumbs.count();
      expect(count).toBeGreaterThan(1);
      await thumbs.first().focus();
      await page.keyboard.press('Enter');
      const dialog = page.locator('[data-lightbox-dialog]');
      await expect(dialog.evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(true);
      const status = page.locator('[data-lb-status]');
      expect(await status.textContent()).toBe(`Ảnh 1 / ${count}`);
      const first = await page.locator('[data-lb-img]').getAttribute('src');
      await page.keyboard.press('ArrowRight');
      expect(await status.textContent()).toBe(`Ảnh 2 / ${count}`);
      expect(await page.locator('[data-lb-img]').getAttribute('src')).not.toBe(first);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await status.textContent()).toBe(`Ảnh ${count} / ${count}`);
      await page.keyboard.press('Escape');
      await expect(dialog.evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(false);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-lightbox'))).toBe(true);
      await page.close();
    });

    it('prints an article without navigation, black on white', async () => {
      const page = await open(ARTICLE);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.masthead', '.nav', '.footer', '.tools', '.crumbs']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await page.locator('h1').isVisible()).toBe(true);
      const colors = await page
        .locator('.prose p')
        .first()
        .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]);
      expect(colors).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      await page.close();
    });

    it.each([
      '/',
      ARTICLE,
      '/tin-tuc/',
      '/chuyen-muc/tin-tuc-su-kien/',
      '/luu-tru/',
      '/van-ban/',
      '/van-ban/loai/nghi-quyet/',
      '/dai-hoi/dai-hoi-lan-thu-viii/',
      '/thu-vien-anh/',
      GALLERY,
      '/video/',
      '/trang/lich-su-truyen-thong/',
      '/lien-ket/',
      '/khong-co-trang-nay/',
    ])('has no serious or critical axe-core violations on %s', async (path) => {
      const page = await open(path);
      await page.addScriptTag({ content: AXE_SOURCE });
      const result = await page.evaluate(async () =>
        (
          window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
        ).axe.run(),
      );
      const bad = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
      expect(bad).toEqual([]);
      await page.close();
    });
  });
}
