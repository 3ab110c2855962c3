// An editor marks a published party document "Văn bản mật" in the admin and presses "Lưu": from
// that moment nothing of it is public, and the admin refuses to publish it again, in Vietnamese.
import type { Browser } from 'playwright-core';
import { expect, it } from 'vitest';
import type { TestCms } from '../harness';
import { logIn } from './admin-page';

const DOCUMENT = 'api::party-document.party-document';

export interface AdminContext {
  cms: TestCms;
  browser: Browser;
}

export function defineSecretDocumentSuite(ctx: () => AdminContext): void {
  it('marking a published document secret in the admin withdraws it at once; publishing it again is refused', async () => {
    const { cms, browser } = ctx();
    const excerpt = `Báo cáo tình hình bảo vệ bí mật nhà nước ${Date.now()}`;
    const created = await cms.strapi.documents(DOCUMENT).create({
      data: { documentNumber: '66-BC/ĐUK', kind: 'bao_cao', issuingBody: 'Đảng ủy Khối', issueDate: '2024-07-03', excerpt } as never,
      status: 'published',
    });
    // What the site build reads (anonymous callers read nothing through the generic API).
    const publicStatus = async () =>
      (await fetch(`${cms.url}/api/party-documents/${created.documentId}`, { headers: { Authorization: `Bearer ${cms.buildToken}` } }))
        .status;
    expect(await publicStatus()).toBe(200);

    const page = await browser.newPage({ locale: 'vi-VN' });
    try {
      await logIn(page, { cms });
      await page.getByRole('link', { name: 'Quản lý nội dung' }).first().click({ timeout: 60_000 });
      await page.getByRole('link', { name: 'Văn bản', exact: true }).first().click({ timeout: 60_000 });
      await page.getByRole('gridcell', { name: '66-BC/ĐUK' }).first().click({ timeout: 60_000 });
      const secret = page.getByRole('checkbox', { name: 'Văn bản mật' });
      await secret.check({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect.poll(publicStatus, { timeout: 30_000 }).toBe(404);
      expect(await cms.strapi.documents(DOCUMENT).findOne({ documentId: created.documentId, status: 'published' })).toBeNull();
      const draft = await cms.strapi.documents(DOCUMENT).findOne({ documentId: created.documentId, status: 'draft' });
      expect(draft?.secret).toBe(true);
      expect(draft?.excerpt).toBe(excerpt);

      // "Xuất bản" on the now secret draft: the guard's Vietnamese reason reaches the editor.
      await page.reload();
      await page.getByRole('button', { name: 'Xuất bản', exact: true }).click({ timeout: 60_000 });
      await expect.poll(() => page.locator('body').innerText(), { timeout: 30_000 }).toContain('không được xuất bản');
      expect(await publicStatus()).toBe(404);
    } finally {
      await page.close();
    }
  });
}
