// `npm start`: the whole platform on one machine: .env with fresh secrets, the CMS on embedded
// SQLite with the sample content, the static site built from it and served.
import path from 'node:path';
import { buildCmsIfNeeded, startCms } from './lib/cms.ts';
import { ensureEnvFile, loadEnv } from './lib/env.ts';
import { ROOT } from './lib/paths.ts';
import { buildSite } from './lib/site.ts';
import { serveStatic } from './lib/static-server.ts';

const { file, created } = ensureEnvFile();
if (created) console.log(`Đã tạo ${path.relative(ROOT, file)} với khóa bí mật mới.`);
const env = loadEnv(file);
env.CMS_URL ??= `http://127.0.0.1:${env.PORT ?? '1337'}`;

console.log('Kiểm tra bản dựng trang quản trị...');
await buildCmsIfNeeded(env);
console.log('Khởi động CMS...');
const cms = await startCms(env);
const shutdown = async () => {
  await cms.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

const outDir = path.join(ROOT, 'site', 'dist');
console.log('Dựng trang tĩnh...');
await buildSite({ ...env, CMS_URL: cms.url }, outDir);
const sitePort = Number(env.SITE_PORT ?? 4321);
await serveStatic(outDir, sitePort);

console.log(`
Sẵn sàng.
  Trang quản trị: ${env.CMS_URL}/admin
    Đăng nhập: ${env.ADMIN_EMAIL} / mật khẩu ADMIN_PASSWORD trong ${path.relative(ROOT, file)}
  Trang web:      http://localhost:${sitePort}/
Nhấn Ctrl+C để dừng.`);
