// `npm run rebuild-service`: the rebuild service on its own, as a long-running process (systemd,
// see the README). Reads .env (or the file in ENV_FILE) when present; real environment variables win.
import { loadEnv } from './lib/env.ts';
import { rebuildConfig } from './rebuild/config.ts';
import { logError } from './rebuild/log.ts';
import { startRebuildService } from './rebuild/service.ts';

let config;
try {
  config = rebuildConfig(loadEnv(process.env.ENV_FILE || undefined));
} catch (e) {
  logError((e as Error).message);
  process.exit(1);
}
const service = await startRebuildService(config);
console.log(`Dịch vụ dựng lại đang chạy.
  Webhook:    POST http://${config.host}:${config.port}/hooks/rebuild (tiêu đề X-Rebuild-Secret)
  Trạng thái: GET  http://${config.host}:${config.port}/status
  Bản đang chạy: ${config.dataDir}/live${config.serve ? `, phục vụ tại http://localhost:${config.serve.port}/` : ''}`);

const shutdown = async () => {
  await service.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
