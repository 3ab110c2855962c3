// `npm run cms`: the CMS alone (no rebuild service, no static site), as in production: .env with
// fresh secrets on first run, the admin panel built when its sources changed, then `strapi start`
// on the project's own Node (node_modules/.bin/node), never whatever `node` comes first in PATH
// (the system's Node 20 cannot run Strapi 5.54). Ctrl+C or SIGTERM stops Strapi with it.
import path from 'node:path';
import { buildCmsIfNeeded, cmsUrlFrom, spawnCms } from './lib/cms.ts';
import { ensureEnvFile, loadEnv } from './lib/env.ts';
import { ROOT } from './lib/paths.ts';

const { file, created } = ensureEnvFile();
if (created) console.log(`Đã tạo ${path.relative(ROOT, file)} với khóa bí mật mới.`);
const env: NodeJS.ProcessEnv = { ...loadEnv(file), NODE_ENV: 'production' };

console.log('Kiểm tra bản dựng trang quản trị...');
await buildCmsIfNeeded(env);

console.log(`Khởi động CMS tại ${cmsUrlFrom(env)}/admin ...`);
// The same start as under `npm start`: the project's Node, dying with this process.
const cms = spawnCms(env);
const stop = async () => {
  await cms.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
cms.child.once('exit', (code, signal) => {
  console.error(`CMS đã dừng (mã ${code ?? signal}).`);
  process.exit(code ?? 1);
});
