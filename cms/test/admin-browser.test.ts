// Staff open the admin for the first time: it must speak Vietnamese without anyone switching it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCms, CMS_DIR, freePort, type TestCms } from './harness';
import { defineSecretDocumentSuite } from './admin/secret-suite';
import { defineFieldsSuite } from './admin/fields-suite';
import { defineModerationSuite } from './admin/moderation-suite';
import { defineReviewQueueSuite } from './admin/review-queue-suite';
import { defineUiLanguageSuite } from './admin/ui-language-suite';
import { defineStaffTasksSuite } from './admin/staff-tasks-suite';
import { defineTextCheckSuite } from './admin/text-check-suite';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('admin in a real browser', () => {
  let cms: TestCms;
  let browser: Browser;

  beforeAll(async () => {
    // The admin bundle is what staff load; build it as `npm start` does. ADMIN_BUILD_REUSE=true keeps
    // an existing build (cms/dist/build) while iterating on tests; CI always builds.
    const reuse = process.env.ADMIN_BUILD_REUSE === 'true' && fs.existsSync(path.join(CMS_DIR, 'dist', 'build', 'index.html'));
    if (!reuse)
      execFileSync(path.join(CMS_DIR, '..', 'node_modules', '.bin', 'strapi'), ['build'], {
        cwd: CMS_DIR,
        stdio: 'ignore',
        env: { ...process.env, NODE_ENV: 'production' },
      });
    // Every suite logs staff in again and again (Strapi allows 5 logins in 5 minutes per e-mail).
    // A preview address turns on the "Xem trước" button (config/admin.ts); the staff-tasks suite
    // listens there to see what the admin opens.
    const preview = { PREVIEW_URL: `http://127.0.0.1:${await freePort()}`, PREVIEW_SECRET: 'bi-mat-xem-truoc-cho-kiem-thu' };
    cms = await bootCms('sqlite', { ADMIN_LOGIN_RATE_MAX: '500', ...preview }, { serveAdminPanel: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await cms?.stop();
  });

  it('logs the seeded admin in and shows Vietnamese menus, type names and field labels', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(`${cms.url}/admin`);
    await page.locator('input[name=email]').fill(process.env.ADMIN_EMAIL!);
    await page.locator('input[name=password]').fill(process.env.ADMIN_PASSWORD!);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.includes('/auth/'));
    // Go where an editor goes: the Vietnamese menu entries are what the clicks look for.
    await page.getByRole('link', { name: 'Quản lý nội dung' }).first().click({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Tin bài' }).first().click({ timeout: 60_000 });
    // The list (newest first) has rendered once the newest seeded article, a draft, shows.
    await expect.poll(() => page.locator('body').innerText(), { timeout: 60_000 }).toContain('Bản thảo: dự thảo chương trình');
    const text = await page.locator('body').innerText();
    for (const label of ['Quản lý nội dung', 'Tin bài', 'Văn bản', 'Ngày kỷ niệm', 'Cài đặt trang']) expect(text).toContain(label);
    expect(text.toUpperCase()).toContain('NGÀY ĐĂNG');
    expect(await page.evaluate(() => localStorage.getItem('strapi-admin-language'))).toBe('vi');
  });
  defineSecretDocumentSuite(() => ({ cms, browser }));
  defineFieldsSuite(() => ({ cms, browser }));
  defineModerationSuite(() => ({ cms, browser }));
  defineReviewQueueSuite(() => ({ cms, browser }));
  defineUiLanguageSuite(() => ({ cms, browser }));
  defineStaffTasksSuite(() => ({ cms, browser }));
  defineTextCheckSuite(() => ({ cms, browser }));
});
