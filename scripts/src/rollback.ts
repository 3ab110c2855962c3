// `npm run rollback [-- <release id>]`: serve the previous release again (or the one named). The
// static server (serve-site, nginx) follows the live link by itself; the preview server is a
// process of the rebuild service, which is told (SIGHUP) to restart it on the rolled-back release.
import { loadEnv } from './lib/env.ts';
import { runningFromPidFile } from './lib/pid-file.ts';
import { scriptEnv } from './lib/settings.ts';
import { dataDirFrom } from './rebuild/config.ts';
import { listReleases } from './rebuild/releases.ts';
import { rollback } from './rebuild/rollback.ts';

const dataDir = dataDirFrom(loadEnv(scriptEnv().ENV_FILE));
try {
  const { from, to } = rollback(dataDir, process.argv[2]);
  console.log(`Đã quay lại bản ${to} (trước đó: ${from ?? 'chưa có'}).`);
  console.log(
    `Các bản hiện có: ${listReleases(dataDir)
      .map((r) => r.id)
      .join(', ')}`,
  );
  const service = runningFromPidFile(dataDir, 'rebuild-service');
  if (service) {
    process.kill(service.pid, 'SIGHUP');
    console.log(`Đã báo dịch vụ dựng lại (pid ${service.pid}) khởi động lại máy chủ xem trước trên bản ${to}.`);
  } else console.log('Dịch vụ dựng lại không chạy: máy chủ xem trước sẽ chạy bản này khi dịch vụ khởi động.');
  console.log('Lưu ý: lần xuất bản tiếp theo hoặc lần dựng hằng ngày sẽ dựng lại từ CMS.');
} catch (e) {
  console.error(`Không quay lại được: ${(e as Error).message}`);
  process.exit(1);
}
