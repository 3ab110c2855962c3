// Every screen an editor passes through speaks Vietnamese, to the eye and to a screen reader:
// the dashboard, a list, an edit view with its date picker, the create view, a relation picker,
// the media library, a publish with its toast, and the bulk publish dialog. Each screen's visible
// text and accessible labels are read and any word of Strapi's English fails the test (soft
// assertions: one run names every English word on every screen). Booleans read Có/Không,
// enumerations their Vietnamese labels, the calendar T2 … CN, and the "User" collection is gone.
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { englishWords } from './english-words';
import type { AdminContext } from './secret-suite';
import { bodyText, listUrl, logIn } from './admin-page';

const ARTICLE = 'api::article.article';
const DOCUMENT = 'api::party-document.party-document';
const ANNIVERSARY = 'api::anniversary.anniversary';

/** Fails (softly) on every English word of the screen, naming the screen and where each was seen. */
export async function expectVietnamese(page: Page, screen: string): Promise<void> {
  // Let lazy parts (widgets, relation counts) render before reading.
  await page.waitForLoadState('networkidle').catch(() => {});
  const found = await englishWords(page);
  expect.soft(found, `English on "${screen}"`).toEqual([]);
}

// One page, logged in once, for the whole suite: Strapi rate-limits admin logins, and the token
// lives in the tab's session storage.
let shared: Page | undefined;
async function withPage(ctx: AdminContext, run: (page: Page) => Promise<void>): Promise<void> {
  if (!shared) {
    shared = await ctx.browser.newPage({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    await logIn(shared, ctx);
  }
  await run(shared);
}

export function defineUiLanguageSuite(ctx: () => AdminContext): void {
  afterAll(async () => {
    await shared?.close();
    shared = undefined;
  });

  it('the dashboard, the content manager menu and an article list are Vietnamese; the "User" collection and the promotions are gone', async () => {
    await withPage(ctx(), async (page) => {
      await page.goto(`${ctx().cms.url}/admin`);
      // Widget titles are upper-cased by CSS, and innerText reads them so.
      await expect.poll(async () => (await bodyText(page)).toUpperCase(), { timeout: 60_000 }).toContain('MỤC SỬA GẦN ĐÂY');
      // The profile widget names the user's role: Strapi's "Super Admin", named "Quản trị" by the
      // newsroom roles (cms/src/bootstrap/newsroom-roles.ts).
      await expect.poll(async () => (await bodyText(page)).toUpperCase(), { timeout: 60_000 }).toContain('QUẢN TRỊ');
      expect((await bodyText(page)).toUpperCase()).not.toContain('SUPER ADMIN');
      expect(await bodyText(page)).not.toMatch(/Introducing the new Media Library|Discover your application/);
      await expectVietnamese(page, 'trang chủ quản trị');

      await page.getByRole('link', { name: 'Quản lý nội dung' }).first().click({ timeout: 60_000 });
      await page.getByRole('link', { name: 'Tin bài' }).first().click({ timeout: 60_000 });
      await expect.poll(() => bodyText(page), { timeout: 60_000 }).toContain('Bản thảo: dự thảo chương trình');
      // The users-permissions "User" collection is not offered to staff.
      expect(await page.getByRole('link', { name: 'User', exact: true }).count()).toBe(0);
      await expectVietnamese(page, 'danh sách tin bài');
    });
  });

  it('the party document list shows the kind and the secret flag in Vietnamese (Có/Không, not raw values)', async () => {
    const { cms } = ctx();
    const number = `77-NQ/ĐUK-${Date.now() % 100000}`;
    await cms.strapi.documents(DOCUMENT).create({
      data: {
        documentNumber: number,
        kind: 'nghi_quyet',
        issuingBody: 'Đảng ủy Khối',
        issueDate: '2024-08-01',
        excerpt: 'Nghị quyết về công tác tuyên giáo',
      } as never,
    });
    await withPage(ctx(), async (page) => {
      await page.goto(listUrl(ctx(), DOCUMENT));
      const row = page.getByRole('row').filter({ hasText: number });
      await row.waitFor({ timeout: 60_000 });
      const text = await row.innerText();
      expect(text).toContain('Nghị quyết');
      expect(text).not.toContain('nghi_quyet');
      expect(text).toContain('Không');
      expect(text).not.toMatch(/SAI|ĐÚNG|Sai|Đúng/);
      await expectVietnamese(page, 'danh sách văn bản');
    });
  });

  it('an anniversary shows its recurrence by its Vietnamese name in the edit form', async () => {
    const { cms } = ctx();
    const subject = `Ngày thành lập Đảng bộ Khối ${Date.now() % 100000}`;
    const created = await cms.strapi.documents(ANNIVERSARY).create({
      data: { subject, originalDate: '1990-03-03', recurrence: 'moi_nam', daysBefore: 3, daysAfter: 1, order: 1, active: true } as never,
    });
    await withPage(ctx(), async (page) => {
      await page.goto(`${listUrl(ctx(), ANNIVERSARY)}/${created.documentId}`);
      await expect.poll(() => bodyText(page), { timeout: 60_000 }).toContain('Mỗi năm');
      expect(await bodyText(page)).not.toContain('moi_nam');
      await expectVietnamese(page, 'sửa ngày kỷ niệm');
    });
  });

  it('an article edit view, its date picker (T2 … CN), the create view and a relation picker are Vietnamese', async () => {
    const { cms } = ctx();
    const title = `Hội nghị học tập nghị quyết ${Date.now()}`;
    const created = await cms.strapi
      .documents(ARTICLE)
      .create({ data: { title, body: 'Nội dung hội nghị.', displayDate: '2025-09-02T02:00:00.000Z' } as never });
    await withPage(ctx(), async (page) => {
      await page.goto(`${listUrl(ctx(), ARTICLE)}/${created.documentId}`);
      await page.locator('input[name=title]').waitFor({ timeout: 60_000 });
      await expectVietnamese(page, 'sửa tin bài');

      await page.getByRole('combobox', { name: 'Chọn ngày' }).first().click();
      const calendar = page.locator('table[role=grid]');
      await calendar.waitFor({ timeout: 30_000 });
      const weekdays = (await calendar.locator('thead').innerText()).split(/\s+/).filter(Boolean);
      expect(weekdays).toHaveLength(7);
      for (const day of weekdays) expect(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']).toContain(day);
      expect(new Set(weekdays).size).toBe(7);
      await expectVietnamese(page, 'lịch chọn ngày');
      await page.keyboard.press('Escape');

      await page.goto(`${listUrl(ctx(), ARTICLE)}/create`);
      await page.locator('input[name=title]').waitFor({ timeout: 60_000 });
      await expect.poll(() => bodyText(page), { timeout: 30_000 }).toContain('Tạo mục mới');
      await expectVietnamese(page, 'tạo tin bài');

      // The category relation: its picker lists the categories to choose from.
      await page
        .getByRole('combobox', { name: /Chuyên mục/ })
        .first()
        .click({ timeout: 30_000 });
      await page.getByRole('option').first().waitFor({ timeout: 30_000 });
      await expectVietnamese(page, 'chọn chuyên mục liên kết');
      await page.keyboard.press('Escape');
    });
  });

  it('the media library is Vietnamese', async () => {
    await withPage(ctx(), async (page) => {
      await page.goto(`${ctx().cms.url}/admin/plugins/upload`);
      await expect.poll(() => bodyText(page), { timeout: 60_000 }).toContain('Thư viện tệp');
      await expectVietnamese(page, 'thư viện tệp');
    });
  });

  it("the administrator's settings screens are Vietnamese", async () => {
    // What a Quản trị opens under "Cài đặt": every screen Strapi lists there for this edition.
    const screens: Array<[string, string]> = [
      ['/admin/settings/application-infos', 'thông tin ứng dụng'],
      ['/admin/settings/webhooks', 'webhook'],
      ['/admin/settings/api-tokens?sort=name:ASC', 'mã truy cập API'],
      ['/admin/settings/transfer-tokens?sort=name:ASC', 'mã truyền dữ liệu'],
      ['/admin/settings/list-plugins', 'danh sách plugin'],
      ['/admin/settings/roles', 'vai trò quản trị'],
      ['/admin/settings/users?pageSize=10&page=1&sort=firstname', 'người dùng quản trị'],
      ['/admin/settings/admin-tokens', 'mã truy cập quản trị'],
      ['/admin/settings/media-library', 'cài đặt thư viện tệp'],
      ['/admin/settings/internationalization', 'cài đặt đa ngôn ngữ'],
      ['/admin/settings/users-permissions/roles', 'vai trò người dùng'],
      ['/admin/settings/email', 'cài đặt gửi thư'],
      ['/admin/plugins/content-releases', 'đợt phát hành'],
    ];
    await withPage(ctx(), async (page) => {
      for (const [screen, name] of screens) {
        await page.goto(`${ctx().cms.url}${screen}`);
        // A screen has loaded once its main heading shows and no loader is left.
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
        await expect.poll(() => page.locator('[aria-busy=true]').count(), { timeout: 60_000 }).toBe(0);
        await expectVietnamese(page, name);
      }
    });
  });

  it('publishing an article shows a Vietnamese toast; the bulk publish dialog is Vietnamese and publishes', async () => {
    const { cms } = ctx();
    const stamp = Date.now();
    const single = await cms.strapi
      .documents(ARTICLE)
      .create({ data: { title: `Tin xuất bản ${stamp}`, body: 'Nội dung.', displayDate: '2025-09-03T02:00:00.000Z' } as never });
    const batch = `Tin hàng loạt ${stamp}`;
    const bulk = await Promise.all(
      [1, 2].map((n) =>
        cms.strapi
          .documents(ARTICLE)
          .create({ data: { title: `${batch} số ${n}`, body: 'Nội dung.', displayDate: '2025-09-04T02:00:00.000Z' } as never }),
      ),
    );
    const published = (documentId: string) => cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' });

    await withPage(ctx(), async (page) => {
      await page.goto(`${listUrl(ctx(), ARTICLE)}/${single.documentId}`);
      await page.getByRole('button', { name: 'Xuất bản', exact: true }).click({ timeout: 60_000 });
      const toast = page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: 'Đã xuất bản' });
      await toast.first().waitFor({ timeout: 30_000 });
      await expectVietnamese(page, 'thông báo đã xuất bản');
      await expect.poll(async () => (await published(single.documentId))?.documentId ?? null, { timeout: 30_000 }).toBe(single.documentId);

      await page.goto(`${listUrl(ctx(), ARTICLE)}?_q=${encodeURIComponent(batch)}`);
      const rows = page.getByRole('row').filter({ hasText: batch });
      await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(2);
      for (const row of await rows.all()) await row.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.filter({ hasText: 'Xuất bản các mục' }).waitFor({ timeout: 30_000 });
      await expect.poll(() => dialog.innerText(), { timeout: 30_000 }).toContain('Sẵn sàng');
      await expectVietnamese(page, 'hộp thoại xuất bản hàng loạt');
      await dialog.getByRole('button', { name: 'Xuất bản', exact: true }).click();
      // Strapi asks once more before publishing several entries.
      const confirm = page.getByRole('alertdialog').or(page.getByRole('dialog').filter({ hasText: 'Bạn có chắc' }));
      await confirm.first().waitFor({ timeout: 30_000 });
      await expectVietnamese(page, 'xác nhận xuất bản hàng loạt');
      await confirm.first().getByRole('button', { name: 'Xuất bản', exact: true }).click();
      for (const entry of bulk)
        await expect.poll(async () => (await published(entry.documentId))?.documentId ?? null, { timeout: 60_000 }).toBe(entry.documentId);
      await expectVietnamese(page, 'sau khi xuất bản hàng loạt');
    });
  });
}
