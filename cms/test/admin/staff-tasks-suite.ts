// The newsroom's everyday tasks, done the way staff do them: clicks in the admin in Chromium, each
// checked where it lands (the database, or the preview link the CMS signs). An editor writes an
// article with a cover from disk, a category, a byline and a related document, saves the draft,
// opens its preview, publishes, edits and publishes again, unpublishes; schedules another; creates
// and publishes a party document; changes an anniversary and the site settings. A Phóng viên saves a
// draft but finds no way to publish. Every screen is read for English words (expectVietnamese).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPreviewLink } from '@dbk/shared-types';
import type { AdminContext } from './secret-suite';
import { expectVietnamese } from './ui-language-suite';
import { bodyText, createStaff, listUrl, logIn, pasteBody } from './admin-page';

const ARTICLE = 'api::article.article';
const DOCUMENT = 'api::party-document.party-document';
const ANNIVERSARY = 'api::anniversary.anniversary';
const SETTINGS = 'api::site-setting.site-setting';
const REPORTER_PASSWORD = 'Dbk-Reporter-Staff-Tasks-1';

type Json = Record<string, any>;

/** Picks an entry in a relation field: opens its picker, types, chooses the option that matches. */
async function pickRelation(page: Page, field: RegExp, search: string, option: string | RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: field }).first();
  await box.click({ timeout: 30_000 });
  await box.fill(search);
  await page.getByRole('option', { name: option }).first().click({ timeout: 30_000 });
}

/** "Lưu" on the edit view; waits for Strapi's "Đã lưu" toast so the next step acts on saved data. */
async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click({ timeout: 30_000 });
}

// One admin page for the editor's tasks: Strapi rate-limits logins, and reuse keeps the suite fast.
let shared: Page | undefined;
async function editorPage(ctx: AdminContext): Promise<Page> {
  if (!shared) {
    shared = await ctx.browser.newPage({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    await logIn(shared, ctx);
  }
  return shared;
}

export function defineStaffTasksSuite(ctx: () => AdminContext): void {
  describe('staff tasks through the admin', () => {
    const stamp = Date.now() % 1_000_000;
    const title = `Hội nghị quán triệt nghị quyết ${stamp}`;
    const relatedNumber = `12-NQ/ĐUK-${stamp}`;
    let articleId = '';
    let coverFile = '';
    // The preview server the CMS config points to (PREVIEW_URL): it records what the admin opens.
    const previewHits: string[] = [];
    let previewServer: http.Server | undefined;

    beforeAll(async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dbk-staff-'));
      coverFile = path.join(dir, `anh-hoi-nghi-${stamp}.png`);
      await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 30 } } })
        .png()
        .toFile(coverFile);
      await ctx()
        .cms.strapi.documents(DOCUMENT)
        .create({
          data: {
            documentNumber: relatedNumber,
            kind: 'nghi_quyet',
            issuingBody: 'Đảng ủy Khối',
            issueDate: '2025-03-01',
            excerpt: 'Nghị quyết về công tác tuyên truyền',
          } as never,
          status: 'published',
        });
      const preview = new URL(process.env.PREVIEW_URL!);
      previewServer = http.createServer((req, res) => {
        previewHits.push(req.url ?? '');
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html lang="vi"><body><p>Bản xem trước</p></body></html>');
      });
      await new Promise<void>((resolve) => previewServer!.listen(Number(preview.port), preview.hostname, resolve));
      expect((previewServer.address() as AddressInfo).port).toBe(Number(preview.port));
    });
    afterAll(async () => {
      await shared?.close();
      shared = undefined;
      await new Promise((resolve) => previewServer?.close(resolve));
      if (coverFile) await fs.rm(path.dirname(coverFile), { recursive: true, force: true });
    });

    it('an editor writes an article with a cover from disk, a category, a byline and a related document, saves the draft and opens its preview', async () => {
      const { cms } = ctx();
      const page = await editorPage(ctx());
      await page.goto(listUrl(ctx(), ARTICLE));
      await page
        .getByRole('link', { name: /Tạo mục mới/ })
        .first()
        .click({ timeout: 60_000 });
      await page.locator('input[name=title]').waitFor({ timeout: 60_000 });
      await page.locator('input[name=title]').fill(title);
      await pasteBody(page, 'Hội nghị quán triệt, triển khai nghị quyết của Đảng bộ Khối.');

      // The cover: the media field → "Thêm tệp" → "Từ máy tính" → the file → upload → "Hoàn tất".
      await page.getByRole('region', { name: 'Ảnh đại diện' }).getByRole('button').first().click({ timeout: 30_000 });
      const dialog = page.getByRole('dialog', { name: 'Thêm tệp' });
      await dialog.getByRole('heading', { name: /^Tệp/ }).waitFor({ timeout: 30_000 });
      await expectVietnamese(page, 'chọn ảnh đại diện');
      await dialog.getByRole('button', { name: 'Thêm tệp', exact: true }).click();
      await dialog.getByRole('tab', { name: 'Từ máy tính' }).waitFor({ timeout: 30_000 });
      await expectVietnamese(page, 'thêm tệp từ máy tính');
      await page.locator('input[type=file]').first().setInputFiles(coverFile, { timeout: 30_000 });
      await expectVietnamese(page, 'tải ảnh lên');
      await page.getByRole('button', { name: /^Tải .*lên thư viện/ }).click({ timeout: 30_000 });
      // Back in the picker, the uploaded file is already chosen: "Hoàn tất" puts it in the field.
      await dialog
        .getByRole('button', { name: path.basename(coverFile) })
        .first()
        .waitFor({ timeout: 60_000 });
      await expectVietnamese(page, 'tệp đã chọn');
      await dialog.getByRole('button', { name: 'Hoàn tất', exact: true }).click({ timeout: 30_000 });
      await page
        .getByRole('region', { name: 'Ảnh đại diện' })
        .getByRole('img', { name: path.basename(coverFile) })
        .waitFor({ timeout: 30_000 });

      const category = (await cms.strapi.documents('api::category.category').findFirst({})) as Json;
      await pickRelation(page, /Chuyên mục/, category.name, category.name);
      await expectVietnamese(page, 'chọn chuyên mục');
      await pickRelation(page, /Văn bản liên quan/, relatedNumber, new RegExp(relatedNumber));

      // The byline: "Thêm mục" in the "Tác giả" field, then the name.
      await page
        .getByRole('button', { name: /Thêm mục|Chưa có mục/ })
        .first()
        .click({ timeout: 30_000 });
      await page.locator('input[name="bylines.0.name"]').fill('Nguyễn Văn Phóng', { timeout: 30_000 });
      await page.locator('input[name="bylines.0.position"]').fill('Phóng viên');
      await expectVietnamese(page, 'tạo tin bài đủ trường');

      await save(page);
      const draft = async () =>
        (await cms.strapi.documents(ARTICLE).findFirst({
          filters: { title },
          status: 'draft',
          populate: ['cover', 'category', 'bylines', 'relatedDocuments'],
        })) as Json | null;
      await expect.poll(async () => (await draft())?.documentId ?? null, { timeout: 30_000 }).not.toBeNull();
      const saved = (await draft())!;
      articleId = saved.documentId;
      expect(saved.cover?.name).toBe(path.basename(coverFile));
      expect(saved.cover?.mime).toBe('image/png');
      expect(saved.category?.documentId).toBe(category.documentId);
      expect(saved.bylines.map((b: Json) => [b.name, b.position])).toEqual([['Nguyễn Văn Phóng', 'Phóng viên']]);
      expect(saved.relatedDocuments.map((d: Json) => d.documentNumber)).toEqual([relatedNumber]);
      expect(await cms.strapi.documents(ARTICLE).findOne({ documentId: articleId, status: 'published' })).toBeNull();
      await page.waitForURL((url) => url.pathname.endsWith(`/${articleId}`), { timeout: 30_000 });
      await expectVietnamese(page, 'bản nháp đã lưu');

      // "Mở xem trước": the admin shows the preview server's page for this draft, by a signed link.
      await page
        .getByRole('link', { name: /Mở xem trước|Xem trước/ })
        .first()
        .click({ timeout: 30_000 });
      await expect.poll(() => previewHits.length, { timeout: 30_000 }).toBeGreaterThan(0);
      const opened = new URL(previewHits.at(-1)!, process.env.PREVIEW_URL);
      expect(opened.pathname).toBe(`/xem-truoc/bai-viet/${articleId}/`);
      expect(
        await checkPreviewLink(
          process.env.PREVIEW_SECRET!,
          'bai-viet',
          articleId,
          opened.searchParams.get('exp'),
          opened.searchParams.get('sig'),
          Date.now(),
        ),
      ).toBe('valid');
      await expectVietnamese(page, 'xem trước');
    });

    it('the editor publishes the article, edits and publishes it again, then unpublishes it', async () => {
      const { cms } = ctx();
      expect(articleId).not.toBe('');
      const page = await editorPage(ctx());
      const published = async () => (await cms.strapi.documents(ARTICLE).findOne({ documentId: articleId, status: 'published' })) as Json;
      await page.goto(`${listUrl(ctx(), ARTICLE)}/${articleId}`);
      await page.getByRole('button', { name: 'Xuất bản', exact: true }).click({ timeout: 60_000 });
      await expect.poll(async () => (await published())?.title ?? null, { timeout: 30_000 }).toBe(title);
      await expectVietnamese(page, 'tin bài đã xuất bản');

      const summary = `Sapo sửa sau khi xuất bản ${stamp}`;
      await page.locator('textarea[name=summary]').fill(summary, { timeout: 30_000 });
      await save(page);
      await expect
        .poll(async () => ((await cms.strapi.documents(ARTICLE).findOne({ documentId: articleId, status: 'draft' })) as Json)?.summary, {
          timeout: 30_000,
        })
        .toBe(summary);
      // Saved but not yet published: readers still see the first version.
      expect((await published()).summary ?? null).toBeNull();
      await expectVietnamese(page, 'bản nháp sửa sau khi xuất bản');
      await page.getByRole('button', { name: 'Xuất bản', exact: true }).click({ timeout: 30_000 });
      await expect.poll(async () => (await published())?.summary ?? null, { timeout: 30_000 }).toBe(summary);

      // "Gỡ xuất bản" sits behind "…" (Thao tác khác) beside "Xuất bản".
      // The panel's "…" (the header has one too, for the entry as a whole).
      await page.getByRole('button', { name: 'Thao tác khác' }).last().click({ timeout: 30_000 });
      await expectVietnamese(page, 'menu thao tác khác');
      await page.getByRole('menuitem', { name: /Gỡ xuất bản/ }).click({ timeout: 30_000 });
      const confirm = page.getByRole('alertdialog').or(page.getByRole('dialog'));
      if (await confirm.count()) {
        await expectVietnamese(page, 'xác nhận gỡ xuất bản');
        await confirm
          .first()
          .getByRole('button', { name: /Gỡ xuất bản|Xác nhận|Đồng ý/ })
          .click({ timeout: 10_000 });
      }
      await expect.poll(published, { timeout: 30_000 }).toBeNull();
      expect(((await cms.strapi.documents(ARTICLE).findOne({ documentId: articleId, status: 'draft' })) as Json)?.summary).toBe(summary);
    });

    it('the editor schedules an article in "Hẹn giờ xuất bản"; the scheduler publishes it when the time comes', async () => {
      const { cms } = ctx();
      const scheduledTitle = `Tin hẹn giờ ${stamp}`;
      const created = await cms.strapi
        .documents(ARTICLE)
        .create({ data: { title: scheduledTitle, body: 'Nội dung hẹn giờ.', displayDate: '2025-09-10T01:00:00.000Z' } as never });
      const page = await editorPage(ctx());
      await page.goto(`${listUrl(ctx(), ARTICLE)}/${created.documentId}`);
      await page.locator('input[name=title]').waitFor({ timeout: 60_000 });
      // 1 February 2030, 08:00 in Hà Nội: the form shows and takes Vietnamese dates (dd/mm/yyyy).
      const field = page.getByRole('group', { name: 'Hẹn giờ xuất bản' });
      await field.getByRole('combobox', { name: 'Chọn ngày' }).fill('01/02/2030');
      await page.keyboard.press('Tab');
      await field.getByRole('combobox', { name: 'Chọn giờ' }).click({ timeout: 30_000 });
      await page.getByRole('option', { name: '08:00', exact: true }).click({ timeout: 30_000 });
      await expectVietnamese(page, 'hẹn giờ xuất bản');
      await save(page);
      const stored = async () =>
        ((await cms.strapi.documents(ARTICLE).findOne({ documentId: created.documentId, status: 'draft' })) as Json)?.publishAt;
      await expect.poll(async () => new Date((await stored()) ?? 0).toISOString(), { timeout: 30_000 }).toBe('2030-02-01T01:00:00.000Z');
      expect(await cms.strapi.documents(ARTICLE).findOne({ documentId: created.documentId, status: 'published' })).toBeNull();

      // The cron's own function, run as at 08:01 that day: the draft goes live and the time is cleared.
      const { publishDueDocuments } = cms.load<{
        publishDueDocuments(s: unknown, now: Date): Promise<{ published: number; refused: number }>;
      }>('publish/scheduled-publish.js');
      const run = await publishDueDocuments(cms.strapi, new Date('2030-02-01T01:01:00.000Z'));
      expect(run.published).toBeGreaterThanOrEqual(1);
      const live = (await cms.strapi.documents(ARTICLE).findOne({ documentId: created.documentId, status: 'published' })) as Json;
      expect(live?.title).toBe(scheduledTitle);
      expect(await stored()).toBeNull();
    });

    it('the editor creates a party document (Văn bản) with its required fields and publishes it', async () => {
      const { cms } = ctx();
      const number = `45-CT/ĐUK-${stamp}`;
      const page = await editorPage(ctx());
      await page.goto(listUrl(ctx(), DOCUMENT));
      await page
        .getByRole('link', { name: /Tạo mục mới/ })
        .first()
        .click({ timeout: 60_000 });
      await page.locator('input[name=documentNumber]').fill(number, { timeout: 60_000 });
      await page.getByRole('combobox', { name: /Loại văn bản/ }).click();
      await expectVietnamese(page, 'chọn loại văn bản');
      await page.getByRole('option', { name: 'Chỉ thị', exact: true }).click({ timeout: 30_000 });
      await page.locator('input[name=issuingBody]').fill('Ban Thường vụ Đảng ủy Khối');
      await page.getByRole('combobox', { name: 'Ngày ban hành' }).fill('15/04/2025');
      await page.keyboard.press('Tab');
      await page.locator('textarea[name=excerpt]').fill('Chỉ thị về tăng cường công tác kiểm tra, giám sát');
      await expectVietnamese(page, 'tạo văn bản');
      await save(page);
      const find = (status: 'draft' | 'published') =>
        cms.strapi.documents(DOCUMENT).findFirst({ filters: { documentNumber: number }, status }) as Promise<Json | null>;
      await expect.poll(async () => (await find('draft'))?.documentId ?? null, { timeout: 30_000 }).not.toBeNull();
      await page.getByRole('button', { name: 'Xuất bản', exact: true }).click({ timeout: 30_000 });
      await expect.poll(async () => (await find('published'))?.kind ?? null, { timeout: 30_000 }).toBe('chi_thi');
      const live = (await find('published'))!;
      expect(live.issuingBody).toBe('Ban Thường vụ Đảng ủy Khối');
      expect(live.issueDate).toBe('2025-04-15');
      expect(live.secret).toBe(false);
      await expectVietnamese(page, 'văn bản đã xuất bản');
    });

    it('the editor changes an anniversary and the site settings; both are saved', async () => {
      const { cms } = ctx();
      const anniversary = (await cms.strapi.documents(ANNIVERSARY).findFirst({ sort: ['order:asc'] })) as Json;
      const page = await editorPage(ctx());
      await page.goto(`${ctx().cms.url}/admin/content-manager`);
      await page.getByRole('link', { name: 'Ngày kỷ niệm', exact: true }).first().click({ timeout: 60_000 });
      await page.getByRole('gridcell', { name: anniversary.subject }).first().click({ timeout: 60_000 });
      const daysBefore = page.locator('input[name=daysBefore]');
      await daysBefore.waitFor({ timeout: 60_000 });
      const days = ((anniversary.daysBefore as number) % 300) + 11;
      await daysBefore.fill(String(days));
      await expectVietnamese(page, 'sửa ngày kỷ niệm');
      await save(page);
      await expect
        .poll(async () => ((await cms.strapi.documents(ANNIVERSARY).findOne({ documentId: anniversary.documentId })) as Json)?.daysBefore, {
          timeout: 30_000,
        })
        .toBe(days);

      await page.getByRole('link', { name: 'Cài đặt trang', exact: true }).first().click({ timeout: 60_000 });
      const phone = page.locator('input[name=phone]');
      await phone.waitFor({ timeout: 60_000 });
      const number = `0237 38${String(stamp).padStart(6, '0').slice(-5)}`;
      await phone.fill(number);
      await expectVietnamese(page, 'cài đặt trang');
      await save(page);
      await expect
        .poll(async () => ((await cms.strapi.documents(SETTINGS).findFirst({})) as Json)?.phone, { timeout: 30_000 })
        .toBe(number);
    });

    it('a Phóng viên writes and saves a draft in the admin, but finds publishing refused', async () => {
      const { cms, browser } = ctx();
      const email = `phongvien.nhiemvu.${stamp}@dangbokhoi.example`;
      await createStaff(cms, { email, password: REPORTER_PASSWORD, roleName: 'Phóng viên', firstname: 'Trần', lastname: 'Phóng Viên' });
      const reporterTitle = `Bài phóng viên gửi duyệt ${stamp}`;
      const page = await browser.newPage({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      try {
        await logIn(page, ctx(), email, REPORTER_PASSWORD);
        await page.getByRole('link', { name: 'Quản lý nội dung' }).first().click({ timeout: 60_000 });
        await page.getByRole('link', { name: 'Tin bài', exact: true }).first().click({ timeout: 60_000 });
        await page
          .getByRole('link', { name: /Tạo mục mới/ })
          .first()
          .click({ timeout: 60_000 });
        await page.locator('input[name=title]').fill(reporterTitle, { timeout: 60_000 });
        await pasteBody(page, 'Bản tin do phóng viên viết, chờ biên tập viên duyệt.');
        await expectVietnamese(page, 'phóng viên tạo tin bài');
        await save(page);
        const draft = () =>
          cms.strapi.documents(ARTICLE).findFirst({ filters: { title: reporterTitle }, status: 'draft' }) as Promise<Json | null>;
        await expect.poll(async () => (await draft())?.documentId ?? null, { timeout: 30_000 }).not.toBeNull();
        const documentId = (await draft())!.documentId as string;
        await page.waitForURL((url) => url.pathname.endsWith(`/${documentId}`), { timeout: 30_000 });
        await page.locator('input[name=title]').waitFor({ timeout: 30_000 });
        await expectVietnamese(page, 'bản nháp của phóng viên');
        // Publishing is absent, or shown disabled; never usable.
        const publish = page.getByRole('button', { name: /^(Xuất bản|Publish)$/ });
        for (let i = 0; i < (await publish.count()); i++) expect(await publish.nth(i).isDisabled(), await bodyText(page)).toBe(true);
        expect(await cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' })).toBeNull();
      } finally {
        await page.close();
      }
    });
  });
}
