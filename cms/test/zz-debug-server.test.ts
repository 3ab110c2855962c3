import fs from 'node:fs';
import { it } from 'vitest';
import { bootCms, freePort } from './harness';
it('serves', async () => {
  const preview = { PREVIEW_URL: `http://127.0.0.1:${await freePort()}`, PREVIEW_SECRET: 'bi-mat-xem-truoc-cho-kiem-thu' };
  const cms = await bootCms('sqlite', { ADMIN_LOGIN_RATE_MAX: '500', ...preview }, { serveAdminPanel: true });
  fs.writeFileSync('/tmp/stafftasks-dbg/url', JSON.stringify({ url: cms.url, email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD, preview }));
  await new Promise((r) => setTimeout(r, 40 * 60_000));
}, 45 * 60_000);
