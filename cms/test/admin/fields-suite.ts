// Fields behave as an editor expects, and nothing typed is lost, through the admin in Chromium:
// the slug follows the title as it is typed, "Ngày đăng" starts at now, an empty title is refused
// in Vietnamese, a 5 MB body saves and publishes, and a body over the limit is refused in Vietnamese
// and stays in the editor.
import { expect, it } from 'vitest';
import { slugify } from '@dbk/shared-types';
import type { AdminContext } from './secret-suite';
import { bodyText, logIn, pasteBody } from './admin-page';

const ARTICLE = 'api::article.article';

export function defineFieldsSuite(ctx: () => AdminContext): void {
  it('the slug follows the title as it is typed and keeps every word up to the shared limit; "Ngày đăng" starts at now; an empty title is refused in Vietnamese', async () => {
    const { cms, browser } = ctx();
    const page = await browser.newPage({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    try {
      await logIn(page, ctx());
      await page.goto(`${cms.url}/admin/content-manager/collection-types/${ARTICLE}/create`);
      const title = page.locator('input[name=title]');
      const slug = page.locator('input[name=slug]');
      await title.pressSequentially('Đảng bộ Khối', { delay: 30, timeout: 60_000 });
      await expect.poll(() => slug.inputValue(), { timeout: 10_000 }).toBe('dang-bo-khoi');
      // The headline: its 101-character slug lost its last words at the old limit of 80.
      const headline = `Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ mười lăm, nhiệm kỳ 2020 - 2025, triển khai nhiệm vụ năm 2025 ${Date.now() % 1000}`;
      await title.fill(headline);
      const expected = slugify(headline);
      expect(expected.length).toBeGreaterThan(96);
      await expect.poll(() => slug.inputValue(), { timeout: 10_000 }).toBe(expected);

      // The body editor's heading menu has a label of its own, not the title field's "Tiêu đề".
      expect(await page.getByRole('combobox', { name: 'Đề mục', exact: true }).count()).toBe(1);
      expect(await page.getByRole('combobox', { name: 'Tiêu đề', exact: true }).count()).toBe(0);
      await pasteBody(page, 'Hội nghị đã thảo luận và thống nhất các nội dung quan trọng.');
      const started = Date.now();
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      const saved = async () =>
        (await cms.strapi.db.query(ARTICLE).findOne({ where: { title: headline, publishedAt: null } })) as Record<string, any> | null;
      await expect.poll(async () => (await saved())?.slug ?? null, { timeout: 30_000 }).toBe(expected);
      const date = new Date((await saved())!.displayDate).getTime();
      // The form's default, made when the page opened: minutes before the save at most.
      expect(Math.abs(date - started)).toBeLessThan(5 * 60_000);

      // Clearing the title and pressing Lưu: refused, the field marked, the saved draft untouched.
      await title.fill('');
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      // The form sends an emptied field as null: "là bắt buộc"; a blank one: "không được để trống".
      await expect.poll(() => bodyText(page), { timeout: 30_000 }).toMatch(/“Tiêu đề” (là bắt buộc|không được để trống)\./);
      expect((await saved())?.title).toBe(headline);
    } finally {
      await page.close();
    }
  });

  it('a 5 MB body saves and publishes from the admin; a body over the limit shows the Vietnamese message, stays in the editor and changes nothing saved', async () => {
    const { cms, browser } = ctx();
    const title = `Toàn văn văn kiện Đại hội ${Date.now()}`;
    const created = await cms.strapi
      .documents(ARTICLE)
      .create({ data: { title, body: 'Bản tóm tắt.', displayDate: '2025-10-01T01:00:00.000Z' } as never });
    const paragraph = 'Đại hội đại biểu Đảng bộ Khối lần thứ XV, nhiệm kỳ 2025 - 2030, thảo luận văn kiện.\n\n';
    const sized = (mb: number) => paragraph.repeat(Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(paragraph)));
    const page = await browser.newPage({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    try {
      await logIn(page, ctx());
      await page.goto(`${cms.url}/admin/content-manager/collection-types/${ARTICLE}/${created.documentId}`);
      await page.locator('.CodeMirror').waitFor({ timeout: 60_000 });

      const tooBig = sized(11);
      await pasteBody(page, tooBig);
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect.poll(() => bodyText(page), { timeout: 60_000 }).toContain('Nội dung quá lớn để lưu (giới hạn 10 MB');
      expect(await bodyText(page)).not.toMatch(/entity too large/i);
      // The refused text stays in the editor (admin/body-size-guard.tsx), as a later refetch would
      // have replaced it: checked once the admin has no request left in flight.
      const editorText = () =>
        page.evaluate(() =>
          (document.querySelector('.CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue(),
        );
      await page.waitForLoadState('networkidle');
      expect(await editorText()).toBe(tooBig);
      // "Xuất bản" sends the same form: refused the same way, the text still there.
      await page.getByRole('button', { name: 'Xuất bản', exact: true }).click({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      expect(await editorText()).toBe(tooBig);
      const draft = await cms.strapi.documents(ARTICLE).findOne({ documentId: created.documentId, status: 'draft' });
      expect(draft?.body).toBe('Bản tóm tắt.');

      const fiveMb = sized(5);
      await pasteBody(page, fiveMb);
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      const stored = async (status: 'draft' | 'published') =>
        ((await cms.strapi.documents(ARTICLE).findOne({ documentId: created.documentId, status })) as { body?: string } | null)?.body
          ?.length ?? 0;
      await expect.poll(() => stored('draft'), { timeout: 60_000 }).toBe(fiveMb.length);
      await page.getByRole('button', { name: 'Xuất bản', exact: true }).click({ timeout: 60_000 });
      await expect.poll(() => stored('published'), { timeout: 60_000 }).toBe(fiveMb.length);
      const live = await fetch(`${cms.url}/api/articles/${created.documentId}`, { headers: { Authorization: `Bearer ${cms.buildToken}` } });
      expect(live.status).toBe(200);
    } finally {
      await page.close();
    }
  });
}
