// `npm run rollback [-- <release id>]`: serve the previous release again (or the one named).
import { loadEnv } from './lib/env.ts';
import { dataDirFrom } from './rebuild/config.ts';
import { listReleases } from './rebuild/releases.ts';
import { rollback } from './rebuild/rollback.ts';

const dataDir = dataDirFrom(loadEnv(process.env.ENV_FILE || undefined));
try {
  const { from, to } = rollback(dataDir, process.argv[2]);
  console.log(`Đã quay lại bản ${to} (trước đó: ${from ?? 'chưa có'}).`);
  console.log(`Các bản hiện có: ${listReleases(dataDir).map((r) => r.id).join(', ')}`);
  console.log('Lưu ý: lần xuất bản tiếp theo hoặc lần dựng hằng ngày sẽ dựng lại từ CMS.');
} catch (e) {
  console.error(`Không quay lại được: ${(e as Error).message}`);
  process.exit(1);
}
