// `npm start`: the whole platform on one machine: .env with fresh secrets, the CMS on embedded
// SQLite with the sample content, and the rebuild service, which builds the static site from it,
// serves it, and rebuilds it on every publish.
import path from 'node:path';
import { buildCmsIfNeeded, startCms } from './lib/cms.ts';
import { ensureEnvFile, loadEnv } from './lib/env.ts';
import { ROOT } from './lib/paths.ts';
import { rebuildConfig } from './rebuild/config.ts';
import { startRebuildService } from './rebuild/service.ts';

const { file, created } = ensureEnvFile();
if (created) console.log(`Đã tạo ${path.relative(ROOT, file)} với khóa bí mật mới.`);
const env = loadEnv(file);
const cmsUrl = `http://127.0.0.1:${env.PORT ?? '1337'}`;
env.CMS_URL ??= cmsUrl;
// Where editors' browsers open draft previews: the rebuild service runs the preview server there.
env.PREVIEW_URL ||= `http://localhost:${env.PREVIEW_PORT || '4323'}`;

console.log('Kiểm tra bản dựng trang quản trị...');
await buildCmsIfNeeded(env);

// Listening before the CMS starts, so the notifications of its first start (the seed) are not
// lost; paused, so that no build runs before the CMS answers.
const config = rebuildConfig({ ...env, CMS_URL: cmsUrl, REBUILD_ON_START: 'false' });
const rebuild = await startRebuildService(config, { paused: true });
// On one machine the CMS always notifies this service, whatever .env says for a split setup.
env.REBUILD_WEBHOOK_URL = `http://127.0.0.1:${config.port}/hooks/rebuild`;

console.log('Khởi động CMS...');
const cms = await startCms(env);
const shutdown = async () => {
  await rebuild.stop();
  await cms.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

console.log('Dựng trang tĩnh...');
const first = rebuild.requestBuild('khởi động');
rebuild.resume();
const result = await first;
if (result.result === 'failure') console.error(`\nChưa dựng được trang tĩnh: ${result.error}\n`);

console.log(`
Sẵn sàng.
  Trang quản trị: ${env.CMS_URL}/admin
    Đăng nhập: ${env.ADMIN_EMAIL} / mật khẩu ADMIN_PASSWORD trong ${path.relative(ROOT, file)}
  Trang web:      http://localhost:${config.serve?.port ?? 4321}/  (dựng lại sau mỗi lần xuất bản)
  Xem trước bản nháp: nút "Xem trước" khi sửa tin bài, trang, văn bản (${env.PREVIEW_URL})
  Dịch vụ dựng lại: http://127.0.0.1:${config.port}/status
Nhấn Ctrl+C để dừng.`);
