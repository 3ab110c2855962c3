// The Vietnamese text check on the edit form, through the admin in Chromium: an article with a glued
// word, a missing space and a sapo typed in TCVN3 shows the three warnings in Vietnamese; one click
// each fixes them in the form, nothing is saved until "Lưu", and then the saved text is the fixed one.
import { expect, it } from 'vitest';
import type { AdminContext } from './secret-suite';
import { logIn } from './admin-page';

const ARTICLE = 'api::article.article';

export function defineTextCheckSuite(ctx: () => AdminContext): void {
  it('shows the text check’s warnings on an article and fixes each with one click, saved only by "Lưu"', async () => {
    const { cms, browser } = ctx();
    const title = `Kiểm tra chữ ${Date.now()}`;
    const created = await cms.strapi.documents(ARTICLE).create({
      data: {
        title,
        summary: '§¶ng bé Khèi C¬ quan',
        body: 'Đảng bộ đãlàm tốt công tác, người lao động.Đẩy mạnh thi đua.',
        displayDate: new Date().toISOString(),
      },
    });
    const stored = async () =>
      (await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId: created.documentId, publishedAt: null } })) as Record<string, any>;
    const page = await browser.newPage({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    try {
      await logIn(page, ctx());
      await page.goto(`${cms.url}/admin/content-manager/collection-types/${ARTICLE}/${created.documentId}`);
      const panel = page.getByRole('region', { name: 'Kiểm tra chữ tiếng Việt' });
      await expect.poll(() => panel.innerText().catch(() => ''), { timeout: 60_000 }).toContain('Có thể bị dính chữ: "đãlàm" → "đã làm"');
      const text = await panel.innerText();
      expect(text).toContain('Thiếu dấu cách sau ".": "động.Đẩy"');
      expect(text).toContain('Sapo: Đã chuyển 4 từ từ mã TCVN3 sang Unicode (§¶ng → Đảng');

      await panel.getByRole('button', { name: 'Chuyển Sapo sang Unicode' }).click();
      await panel.getByRole('button', { name: /^Sửa Nội dung: Có thể bị dính chữ/u }).click();
      await panel.getByRole('button', { name: /^Sửa Nội dung: Thiếu dấu cách/u }).click();
      await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toContain('Không thấy lỗi gõ chữ');
      // Nothing saved yet: the editor has the last word.
      expect((await stored()).body).toBe('Đảng bộ đãlàm tốt công tác, người lao động.Đẩy mạnh thi đua.');

      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect
        .poll(async () => (await stored()).body, { timeout: 30_000 })
        .toBe('Đảng bộ đã làm tốt công tác, người lao động. Đẩy mạnh thi đua.');
      expect((await stored()).summary).toBe('Đảng bộ Khối Cơ quan');
    } finally {
      await page.close();
    }
  });
}
