// View count, visitor box and comments on the built pages, against the live test CMS; then the
// same page with the CMS stopped. Runs last in its file: it stops the CMS.
import { type Browser, type ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServedSite } from './served-site';

const ARTICLE = '/bai-viet/doi-moi-sang-tao-xay-dung-dang-bo-trong-sach-vung-manh/';
// Headless Chromium announces itself and the CMS rightly ignores it as a bot: readers use browsers.
const READER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
export const APPROVED_TEXT = 'Bài viết rất hay <img src=x onerror="window.__pwned=1"> http://spam.example';
export const PENDING_TEXT = 'Bình luận đang chờ duyệt, chưa được hiện';

export function defineInteractionTests(outDir: () => string, stopCms: () => Promise<void>): void {
  describe('reader interactions in the browser', () => {
    let browser: Browser;
    let base: string;
    let close: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      ({ browser, base, close } = await startServedSite(outDir()));
    });
    afterAll(() => close?.());

    const newPage = () => browser.newPage({ userAgent: READER_UA });

    it('shows the view count and the approved comments, inert, without the pending one', async () => {
      const page = await newPage();
      await page.goto(base + ARTICLE);
      await expect.poll(() => page.locator(`[data-view-count]`).first().textContent()).toBe('1');
      const list = page.locator('[data-comment-list]');
      await expect(list.textContent()).resolves.toContain(APPROVED_TEXT);
      await expect(list.textContent()).resolves.not.toContain(PENDING_TEXT);
      expect(await list.locator('img, a').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await expect.poll(() => page.locator('[data-visit-stat="total"]').textContent()).toMatch(/^\d/);
      await page.close();
    });

    it('sends a comment and says it awaits moderation', async () => {
      const page = await newPage();
      await page.goto(base + ARTICLE);
      const form = page.locator('[data-comment-form]');
      await form.getByLabel('Họ tên').fill('Nguyễn Văn An');
      await form.getByLabel('Nội dung').fill('Tôi đồng tình với bài viết.');
      await page.waitForTimeout(3500); // a person takes longer than the CMS's minimum fill time
      await form.getByRole('button', { name: 'Gửi bình luận' }).click();
      await expect.poll(() => form.locator('[data-comment-status]').textContent()).toMatch(/chờ duyệt|duyệt/i);
      expect(await form.locator('[data-comment-status]').getAttribute('data-kind')).toBe('ok');
      await page.close();
    });

    it('still reads fine with the CMS stopped: placeholders, no errors beyond the failed requests', async () => {
      await stopCms();
      const page = await newPage();
      const errors: string[] = [];
      page.on('console', (m: ConsoleMessage) => {
        if (m.type() === 'error' && !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(m.text())) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(base + ARTICLE);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('h1').textContent()).toContain('Đổi mới sáng tạo');
      expect(await page.locator('[data-view-count]').first().textContent()).toBe('–');
      expect(await page.locator('[data-visit-stat="total"]').textContent()).toBe('–');
      await expect(page.locator('[data-comment-list]').textContent()).resolves.toContain(APPROVED_TEXT);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
