// `npm run rebuild-service`: the rebuild service on its own, as a long-running process (systemd,
// see deploy/systemd/ and the README). Reads .env (or the file in ENV_FILE) when present; real
// environment variables win. SIGHUP (sent by `npm run rollback`): the live link moved, the preview
// server restarts on it.
import { loadEnv } from './lib/env.ts';
import { claimPort, removePidFile, writePidFile } from './lib/pid-file.ts';
import { waitForHttp } from './lib/process.ts';
import { readScriptEnv, scriptEnv } from './lib/settings.ts';
import { rebuildConfig, type RebuildConfig } from './rebuild/config.ts';
import { log, logError } from './rebuild/log.ts';
import { startRebuildService, type RebuildService } from './rebuild/service.ts';

const MARKER = 'rebuild-service.ts';
let config: RebuildConfig;
let service: RebuildService;
let waitForCms: boolean;
try {
  const env = loadEnv(scriptEnv().ENV_FILE);
  config = rebuildConfig(env);
  // `npm start` starts this before the CMS, so that the notifications of the CMS's first start
  // reach it: builds wait until the CMS answers.
  waitForCms = readScriptEnv(env).REBUILD_WAIT_FOR_CMS;
  await claimPort({
    dataDir: config.dataDir,
    name: 'rebuild-service',
    marker: MARKER,
    host: config.host,
    port: config.port,
    label: 'dịch vụ dựng lại',
  });
  service = await startRebuildService(config, { paused: waitForCms });
} catch (e) {
  logError((e as Error).message);
  process.exit(1);
}
writePidFile(config.dataDir, 'rebuild-service', process.pid, MARKER);
console.log(`Dịch vụ dựng lại đang chạy.
  Webhook:    POST http://${config.host}:${config.port}/hooks/rebuild (tiêu đề X-Rebuild-Secret)
  Trạng thái: GET  http://${config.host}:${config.port}/status
  Bản đang chạy: ${config.dataDir}/live${config.serve ? `, phục vụ tại http://localhost:${config.serve.port}/` : ''}`);

const shutdown = async () => {
  removePidFile(config.dataDir, 'rebuild-service', process.pid);
  await service.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
process.on('SIGHUP', () => service.liveChanged());

if (waitForCms) {
  log('Chờ CMS trả lời trước khi dựng...');
  // No limit: the CMS's first start (admin build, seed) can take minutes; the supervisor decides.
  for (;;) {
    try {
      await waitForHttp(`${config.buildEnv.CMS_URL}/_health`, 600_000);
      break;
    } catch {
      // still starting
    }
  }
  service.resume();
}
