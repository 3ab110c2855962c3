// `npm start`: the whole platform on one machine: .env with fresh secrets, the CMS on embedded
// SQLite with the sample content, the rebuild service, which builds the static site from it and
// rebuilds it on every publish, and the static server of the live site. Three processes, each
// supervised by this one (restarted when it stops, stopped with it): the site stays up while the
// rebuild service or the CMS restarts. Each can run alone: `npm run cms`, `npm run rebuild-service`,
// `npm run serve-site` (see the README).
import path from 'node:path';
import { buildCmsIfNeeded, cmsUrlFrom, spawnCms } from './lib/cms.ts';
import { ensureEnvFile, loadEnv } from './lib/env.ts';
import { ROOT } from './lib/paths.ts';
import { claimPort, removePidFile, writePidFile } from './lib/pid-file.ts';
import { startNode, waitForHttp } from './lib/process.ts';
import { readScriptEnv } from './lib/settings.ts';
import { supervise } from './lib/supervise.ts';
import { dataDirFrom, siteServeFrom } from './rebuild/config.ts';

const SCRIPTS = path.join(ROOT, 'scripts', 'src');

// A part that cannot start stops the whole: an operator reads why instead of a restart loop.
// Until all parts run, exiting is enough: lib/process.ts stops the children's groups on exit.
let shutdown: (code?: number) => Promise<void> = async (code = 0) => process.exit(code);
const giveUp = (reason: string) => {
  console.error(`\n${reason}\n`);
  void shutdown(1);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

const { file, created } = ensureEnvFile();
if (created) console.log(`Đã tạo ${path.relative(ROOT, file)} với khóa bí mật mới.`);
const env = loadEnv(file);
const settings = readScriptEnv(env);
const cmsUrl = cmsUrlFrom(env);
env.CMS_URL ??= cmsUrl;
// Where editors' browsers open draft previews: the rebuild service runs the preview server there.
env.PREVIEW_URL ||= `http://localhost:${settings.PREVIEW_PORT}`;
const rebuildPort = settings.REBUILD_PORT;
// On one machine the CMS always notifies this service, whatever .env says for a split setup.
env.REBUILD_WEBHOOK_URL = `http://127.0.0.1:${rebuildPort}/hooks/rebuild`;
const dataDir = dataDirFrom(env);
const site = siteServeFrom(env);

console.log('Kiểm tra bản dựng trang quản trị...');
await buildCmsIfNeeded(env);

// The public site first, from the live release of the last run if there is one.
const serveSite = supervise(
  'Máy chủ trang tĩnh',
  () => startNode(path.join(SCRIPTS, 'serve-site.ts'), [], { cwd: ROOT, env, prefix: '[trang]' }),
  giveUp,
);

// Listening before the CMS starts, so the notifications of its first start (the seed) are not
// lost; it builds once the CMS answers (REBUILD_WAIT_FOR_CMS), and serves nothing itself.
const rebuild = supervise(
  'Dịch vụ dựng lại',
  () =>
    startNode(path.join(SCRIPTS, 'rebuild-service.ts'), [], {
      cwd: ROOT,
      env: { ...env, CMS_URL: cmsUrl, REBUILD_SERVE: 'false', REBUILD_WAIT_FOR_CMS: 'true', REBUILD_ON_START: 'true' },
      prefix: '[dịch vụ]',
    }),
  giveUp,
);
const statusUrl = `http://127.0.0.1:${rebuildPort}/status`;
await waitForHttp(statusUrl, 60_000, rebuild.current());

console.log('Khởi động CMS...');
await claimPort({ dataDir, name: 'cms', marker: 'strapi', host: env.HOST || '0.0.0.0', port: Number(env.PORT || 1337), label: 'CMS' });
const cms = supervise(
  'CMS',
  () => {
    const proc = spawnCms(env);
    if (proc.child.pid) writePidFile(dataDir, 'cms', proc.child.pid, 'strapi');
    return proc;
  },
  giveUp,
);
await waitForHttp(`${cmsUrl}/_health`, 240_000, cms.current());

shutdown = async (code = 0) => {
  const pid = cms.current().child.pid;
  await Promise.all([rebuild.stop(), cms.stop()]);
  if (pid) removePidFile(dataDir, 'cms', pid);
  await serveSite.stop();
  process.exit(code);
};

console.log('Dựng trang tĩnh...');
type Status = { lastBuild: { result: string; error: string | null } | null };
for (;;) {
  const status = (await fetch(statusUrl)
    .then((r) => r.json())
    .catch(() => null)) as Status | null;
  const last = status?.lastBuild;
  if (last && last.result !== 'running') {
    if (last.result === 'failure') console.error(`\nChưa dựng được trang tĩnh (sẽ tự thử lại): ${last.error}\n`);
    break;
  }
  await new Promise((r) => setTimeout(r, 1000));
}

console.log(`
Sẵn sàng.
  Trang quản trị: ${env.CMS_URL}/admin
    Đăng nhập: ${env.ADMIN_EMAIL} / mật khẩu ADMIN_PASSWORD trong ${path.relative(ROOT, file)}
  Trang web:      http://localhost:${site.port}/  (dựng lại sau mỗi lần xuất bản)
  Xem trước bản nháp: nút "Xem trước" khi sửa tin bài, trang, văn bản (${env.PREVIEW_URL})
  Dịch vụ dựng lại: ${statusUrl}
Nhấn Ctrl+C để dừng.`);
