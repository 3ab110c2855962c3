// Moderation the way a moderator does it, in Chromium: "Bình luận chờ duyệt" in the menu opens the
// pending comments with their Vietnamese state; "Duyệt" on one comment and "Duyệt" / "Từ chối" on a
// selection decide; the reader comments endpoint shows the outcome at once. And a Phóng viên, logged
// in with that role, finds no way to publish.
import { expect, it } from 'vitest';
import type { AdminContext } from './secret-suite';
import { bodyText, createStaff, logIn } from './admin-page';

const ARTICLE = 'api::article.article';
const PASSWORD = 'Dbk-Reporter-Password-1';

type Json = Record<string, any>;

export function defineModerationSuite(ctx: () => AdminContext): void {
  it('a moderator opens "Bình luận chờ duyệt", approves one comment, then approves and rejects a selection; readers see the outcome at once', async () => {
    const { cms, browser } = ctx();
    const article = (await cms.strapi.documents(ARTICLE).findFirst({ status: 'published' })) as Json;
    const { storePendingComment } = cms.load<{
      storePendingComment(s: unknown, input: Json, title: string): Promise<{ documentId: string }>;
    }>('lib/interactions/comments.js');
    const stamp = Date.now() % 100_000;
    const texts = {
      single: `Duyệt từng cái ${stamp}`,
      a: `Duyệt hàng loạt A ${stamp}`,
      b: `Duyệt hàng loạt B ${stamp}`,
      c: `Từ chối hàng loạt C ${stamp}`,
    };
    const ids: Record<string, string> = {};
    for (const [key, text] of Object.entries(texts)) {
      ids[key] = (
        await storePendingComment(
          cms.strapi,
          { articleId: article.documentId, name: `Bạn đọc ${key === 'single' ? 'Lan' : key.toUpperCase()}`, text },
          article.title,
        )
      ).documentId;
    }
    const live = async () =>
      ((await (await fetch(`${cms.url}/api/interactions/comments/${article.documentId}`)).json()) as { data: Json[] }).data.map(
        (c) => c.documentId,
      );

    const page = await browser.newPage({ locale: 'vi-VN' });
    try {
      await logIn(page, ctx());
      await page.getByRole('link', { name: 'Bình luận chờ duyệt' }).first().click({ timeout: 60_000 });
      await expect.poll(() => bodyText(page), { timeout: 60_000 }).toContain(texts.c);
      expect(page.url()).toContain('cho_duyet');
      const listed = await bodyText(page);
      for (const text of Object.values(texts)) expect(listed).toContain(text);
      // The state column reads Vietnamese, never the stored value or Strapi's "Published" badge.
      expect(listed).toContain('Chờ duyệt');
      expect(listed).not.toContain('cho_duyet');
      expect(listed).not.toMatch(/Published|Đã xuất bản/);

      // One comment: open it, "Duyệt".
      await page.getByRole('gridcell', { name: texts.single }).first().click({ timeout: 60_000 });
      await expect.poll(() => bodyText(page), { timeout: 60_000 }).toContain('Trạng thái duyệt');
      // A decision refreshes the admin's data in place (admin/moderation.tsx), never the page: the
      // marker set here would not survive a reload.
      await page.evaluate(() => Object.assign(window, { dbkNoReload: true }));
      const stillSamePage = () => page.evaluate(() => (window as unknown as { dbkNoReload?: boolean }).dbkNoReload === true);
      await page.getByRole('button', { name: 'Duyệt', exact: true }).click({ timeout: 60_000 });
      await expect.poll(live, { timeout: 30_000 }).toContain(ids.single);
      // The form refetched the stored state: "Duyệt" is done (disabled), the state reads "Đã duyệt".
      await expect.poll(() => page.getByRole('button', { name: 'Duyệt', exact: true }).isDisabled(), { timeout: 30_000 }).toBe(true);
      // The field itself, not the toast (which also says "Đã duyệt").
      await expect
        .poll(() => page.getByRole('combobox', { name: 'Trạng thái duyệt' }).first().innerText(), { timeout: 30_000 })
        .toContain('Đã duyệt');
      expect(await stillSamePage()).toBe(true);

      // A selection: tick two rows, "Duyệt"; then one more, "Từ chối".
      await page.getByRole('link', { name: 'Bình luận chờ duyệt' }).first().click({ timeout: 60_000 });
      await expect.poll(() => bodyText(page), { timeout: 60_000 }).toContain(texts.a);
      // The list may first show its cached rows, then the fresh ones.
      await expect.poll(() => bodyText(page), { timeout: 60_000 }).not.toContain(texts.single);
      const select = (text: string) => page.getByRole('row').filter({ hasText: text }).getByRole('checkbox').check({ timeout: 30_000 });
      await select(texts.a);
      await select(texts.b);
      await page.evaluate(() => Object.assign(window, { dbkNoReload: true }));
      await page.getByRole('button', { name: 'Duyệt', exact: true }).click({ timeout: 30_000 });
      await expect.poll(live, { timeout: 30_000 }).toEqual(expect.arrayContaining([ids.single, ids.a, ids.b]));
      // The list refetched in place: the approved rows left the "Chờ duyệt" view, the third stayed
      // (polled as one: while it refetches the list shows no rows at all).
      const shown = async () => {
        const text = await bodyText(page);
        return [texts.a, texts.b, texts.c].filter((t) => text.includes(t));
      };
      await expect.poll(shown, { timeout: 60_000 }).toEqual([texts.c]);
      expect(await stillSamePage()).toBe(true);
      // The decided rows are no longer selected: only the one ticked next is rejected.
      expect(await page.getByRole('row').getByRole('checkbox', { checked: true }).count()).toBe(0);
      expect(await bodyText(page)).not.toMatch(/Đã chọn \d+ mục/);
      await select(texts.c);
      await page.getByRole('button', { name: 'Từ chối', exact: true }).click({ timeout: 30_000 });
      await expect.poll(shown, { timeout: 60_000 }).toEqual([]);
      await expect.poll(() => bodyText(page), { timeout: 60_000 }).toContain('Đã từ chối 1 bình luận.');
      expect(await stillSamePage()).toBe(true);
      await expect
        .poll(async () => (await cms.strapi.db.query('api::comment.comment').findOne({ where: { documentId: ids.c } }))?.moderation, {
          timeout: 30_000,
        })
        .toBe('tu_choi');
      expect(await live()).not.toContain(ids.c);

      const log = await cms.strapi.db
        .query('api::audit-log.audit-log')
        .findMany({ where: { targetDocumentId: { $in: Object.values(ids) } } });
      expect(log.map((e: Json) => e.detail).sort()).toEqual(['Từ chối', 'Đã duyệt', 'Đã duyệt', 'Đã duyệt'].sort());
    } finally {
      await page.close();
    }
  });

  it('a Phóng viên edits an own draft but finds publishing absent', async () => {
    const { cms, browser } = ctx();
    const email = `phongvien.${Date.now() % 100_000}@dangbokhoi.example`;
    await createStaff(cms, { email, password: PASSWORD, roleName: 'Phóng viên', firstname: 'Phóng', lastname: 'Viên' });
    const login = (await (
      await fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      })
    ).json()) as Json;
    const title = `Bài của phóng viên ${Date.now() % 100_000}`;
    const created = await fetch(`${cms.url}/content-manager/collection-types/${ARTICLE}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${login.data.token}` },
      body: JSON.stringify({ title, body: 'Nội dung bản nháp.', displayDate: '2024-06-03T08:00:00+07:00' }),
    });
    expect(created.status).toBe(201);
    const { data } = (await created.json()) as Json;

    const page = await browser.newPage({ locale: 'vi-VN' });
    try {
      await logIn(page, ctx(), email, PASSWORD);
      await page.goto(`${cms.url}/admin/content-manager/collection-types/${ARTICLE}/${data.documentId}`);
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
      // The own draft is editable: the change is saved as the reporter.
      await page.locator('input[name=title]').fill(`${title} (sửa)`);
      await page.getByRole('button', { name: /^Lưu/ }).first().click({ timeout: 30_000 });
      await expect
        .poll(async () => (await cms.strapi.documents(ARTICLE).findOne({ documentId: data.documentId }))?.title, { timeout: 30_000 })
        .toBe(`${title} (sửa)`);
      // Publishing is absent, or shown disabled; never usable.
      const publish = page.getByRole('button', { name: /^(Xuất bản|Publish)$/ });
      for (let i = 0; i < (await publish.count()); i++) expect(await publish.nth(i).isDisabled(), await bodyText(page)).toBe(true);
      expect(await cms.strapi.documents(ARTICLE).findOne({ documentId: data.documentId, status: 'published' })).toBeNull();
    } finally {
      await page.close();
    }
  });
}
