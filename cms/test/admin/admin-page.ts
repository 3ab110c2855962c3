// What every admin browser suite does the same way: log staff in through the login form, read the
// page's text, reach a content-manager list, paste into the Markdown editor, and create a staff
// account with a newsroom role (through Strapi's own admin user service, as "Cài đặt → Người dùng"
// does).
import type { Page } from 'playwright-core';
import type { TestCms } from '../harness';

/** Logs in through the admin's form, as the seeded admin unless another account is given. */
export async function logIn(
  page: Page,
  ctx: { cms: TestCms },
  email = process.env.ADMIN_EMAIL!,
  password = process.env.ADMIN_PASSWORD!,
): Promise<void> {
  await page.goto(`${ctx.cms.url}/admin`);
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
}

export const bodyText = (page: Page) => page.locator('body').innerText();

/** The content manager's list of a collection type (append `/<documentId>` or `/create`). */
export const listUrl = (ctx: { cms: TestCms }, uid: string) => `${ctx.cms.url}/admin/content-manager/collection-types/${uid}`;

/** Puts text into the Markdown editor as a paste does (CodeMirror's own "paste" change). */
export async function pasteBody(page: Page, text: string): Promise<void> {
  await page.locator('.CodeMirror').waitFor({ timeout: 60_000 });
  await page.evaluate((value) => {
    const cm = (
      document.querySelector('.CodeMirror') as unknown as {
        CodeMirror: { execCommand(c: string): void; replaceSelection(t: string, s?: string, o?: string): void };
      }
    ).CodeMirror;
    cm.execCommand('selectAll');
    cm.replaceSelection(value, 'end', 'paste');
  }, text);
}

/** Creates an active staff account holding the named admin role (e.g. "Phóng viên"). */
export async function createStaff(
  cms: TestCms,
  account: { email: string; password: string; roleName: string; firstname: string; lastname: string },
): Promise<void> {
  const role = (await cms.strapi.db.query('admin::role').findOne({ where: { name: account.roleName } })) as { id: number } | null;
  if (!role) throw new Error(`Không có vai trò "${account.roleName}"`);
  await (cms.strapi.service('admin::user') as { create(a: Record<string, unknown>): Promise<unknown> }).create({
    email: account.email,
    firstname: account.firstname,
    lastname: account.lastname,
    password: account.password,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
    preferedLanguage: 'vi',
  });
}
