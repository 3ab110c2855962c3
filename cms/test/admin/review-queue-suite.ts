// "Bài chờ duyệt" the way the newsroom uses it, in Chromium: a Phóng viên writes and saves a draft
// in the admin (and has no such menu entry); a Biên tập viên opens "Bài chờ duyệt", finds the draft
// with its reporter and state, opens it and publishes it; it leaves the queue, and comes back as
// "Đã sửa sau khi đăng" once the reporter changes it again.
import { expect, it } from 'vitest';
import type { AdminContext } from './secret-suite';
import { englishWords } from './english-words';
import { bodyText, createStaff, logIn, pasteBody } from './admin-page';

const ARTICLE = 'api::article.article';
const PASSWORD = 'Dbk-Review-Password-1';

type Json = Record<string, any>;

/** A staff account of the given role; its e-mail, which logs it in with PASSWORD. */
async function newStaff(ctx: AdminContext, roleName: string, firstname: string, lastname: string): Promise<string> {
  const email = `${firstname.toLowerCase()}.${Date.now() % 1_000_000}@dangbokhoi.example`;
  await createStaff(ctx.cms, { email, password: PASSWORD, roleName, firstname, lastname });
  return email;
}

export function defineReviewQueueSuite(ctx: () => AdminContext): void {
  it('"Bài chờ duyệt": a Phóng viên saves a draft; a Biên tập viên finds it in the queue, publishes it, and it leaves the queue', async () => {
    const { cms, browser } = ctx();
    const stamp = Date.now() % 100_000;
    const reporter = await newStaff(ctx(), 'Phóng viên', 'Lan', 'Nguyễn Thị');
    const editor = await newStaff(ctx(), 'Biên tập viên', 'Minh', 'Trần Văn');
    const title = `Tin phóng viên gửi duyệt ${stamp}`;

    // The reporter writes the draft in the admin and presses "Lưu".
    const writer = await browser.newPage({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    let documentId: string;
    try {
      await logIn(writer, ctx(), reporter, PASSWORD);
      await writer.getByRole('link', { name: 'Quản lý nội dung' }).first().waitFor({ timeout: 60_000 });
      // Nothing to review for a reporter: the queue is the editors' menu entry.
      expect(await writer.getByRole('link', { name: 'Bài chờ duyệt' }).count()).toBe(0);
      await writer.goto(`${cms.url}/admin/content-manager/collection-types/${ARTICLE}/create`);
      await writer.locator('input[name=title]').fill(title, { timeout: 60_000 });
      await writer.locator('.CodeMirror').waitFor({ timeout: 60_000 });
      const body = 'Sáng nay, Đảng ủy Khối tổ chức hội nghị sơ kết công tác quý III.';
      await pasteBody(writer, body);
      await writer.getByRole('button', { name: 'Lưu', exact: true }).click({ timeout: 30_000 });
      await expect
        .poll(async () => (await cms.strapi.db.query(ARTICLE).findOne({ where: { title, publishedAt: null } }))?.documentId ?? null, {
          timeout: 30_000,
        })
        .not.toBeNull();
      const saved = await cms.strapi.db.query(ARTICLE).findOne({ where: { title, publishedAt: null }, populate: ['createdBy'] });
      expect(saved.body).toBe(body);
      expect(saved.createdBy?.email).toBe(reporter);
      documentId = saved.documentId;
    } finally {
      await writer.close();
    }
    // Nor through the route: a reporter may publish nothing, so nothing is listed for them.
    const token = async (email: string) =>
      (
        (await (
          await fetch(`${cms.url}/admin/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ email, password: PASSWORD }),
          })
        ).json()) as Json
      ).data.token as string;
    const queue = async (email: string) =>
      (
        (await (
          await fetch(`${cms.url}/newsroom/pending-drafts`, { headers: { Authorization: `Bearer ${await token(email)}` } })
        ).json()) as {
          data: Json[];
        }
      ).data.map((d) => d.documentId);
    expect(await queue(reporter)).toEqual([]);
    expect(await queue(editor)).toContain(documentId);

    const page = await browser.newPage({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    try {
      await logIn(page, ctx(), editor, PASSWORD);
      await page.getByRole('link', { name: 'Bài chờ duyệt' }).first().click({ timeout: 60_000 });
      await expect.poll(() => bodyText(page), { timeout: 60_000 }).toContain(title);
      const row = page.getByRole('row').filter({ hasText: title });
      // textContent: the state badge is shown in capitals by CSS.
      const rowText = (await row.textContent()) ?? '';
      expect(rowText).toContain('Nguyễn Thị Lan');
      expect(rowText).toContain('Tin bài');
      expect(rowText).toContain('Bài mới');
      // Drafts of others (the seeded admin's) are not a reporter's and do not wait here.
      expect(await bodyText(page)).not.toContain('Bản thảo: dự thảo chương trình');
      // The page speaks Vietnamese, accessible labels included.
      expect(await englishWords(page)).toEqual([]);

      // Open it and publish.
      await row.getByRole('link', { name: title }).click();
      await expect
        .poll(
          () =>
            page
              .locator('input[name=title]')
              .inputValue()
              .catch(() => ''),
          { timeout: 60_000 },
        )
        .toBe(title);
      await page.getByRole('button', { name: 'Xuất bản', exact: true }).click({ timeout: 30_000 });
      await expect
        .poll(async () => (await cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' }))?.title ?? null, {
          timeout: 30_000,
        })
        .toBe(title);

      // Published as it stands: no longer waiting.
      await page.getByRole('link', { name: 'Bài chờ duyệt' }).first().click({ timeout: 30_000 });
      await expect.poll(() => bodyText(page), { timeout: 60_000 }).toMatch(/bản nháp của phóng viên|Không có bài nào chờ duyệt/);
      expect(await bodyText(page)).not.toContain(title);

      // The reporter changes the published article's draft: it waits again, marked as changed.
      const changed = `${title} (bổ sung)`;
      // As a save does: the draft only (generated content types are not loaded in tests, hence the shape).
      const articles = cms.strapi.documents(ARTICLE) as unknown as { update(p: { documentId: string; data: Json }): Promise<unknown> };
      await articles.update({ documentId, data: { title: changed } });
      await page.reload();
      await expect.poll(() => bodyText(page), { timeout: 60_000 }).toContain(changed);
      expect(await page.getByRole('row').filter({ hasText: changed }).textContent()).toContain('Đã sửa sau khi đăng');
    } finally {
      await page.close();
    }
  });
}
