// `npm run serve-site`: the static server alone, serving the live release (var/live/client, or
// REBUILD_DATA_DIR/live/client) on SITE_HOST:SITE_PORT. A process of its own, so that neither a
// rebuild-service crash nor its restart interrupts readers (`npm start` supervises it; on a real
// server nginx does this job, see deploy/). It reads the live link on every request, so a swap or a
// rollback is served at once without a restart.
import type http from 'node:http';
import { loadEnv } from './lib/env.ts';
import { claimPort, removePidFile, writePidFile } from './lib/pid-file.ts';
import { webRoot } from './lib/site.ts';
import { scriptEnv } from './lib/settings.ts';
import { serveStatic } from './lib/static-server.ts';
import { dataDirFrom, siteServeFrom } from './rebuild/config.ts';
import { liveLink } from './rebuild/releases.ts';

const MARKER = 'serve-site.ts';
let server: http.Server;
let dataDir: string;
try {
  const env = loadEnv(scriptEnv().ENV_FILE);
  dataDir = dataDirFrom(env);
  const { host, port } = siteServeFrom(env);
  await claimPort({ dataDir, name: 'serve-site', marker: MARKER, host, port, label: 'máy chủ trang tĩnh' });
  server = await serveStatic(webRoot(liveLink(dataDir)), port, host);
  writePidFile(dataDir, 'serve-site', process.pid, MARKER);
  console.log(`Trang tĩnh: phục vụ ${liveLink(dataDir)}/client tại http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
} catch (e) {
  console.error(`Máy chủ trang tĩnh không khởi động được: ${(e as Error).message}`);
  process.exit(1);
}

const shutdown = () => {
  removePidFile(dataDir, 'serve-site', process.pid);
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
