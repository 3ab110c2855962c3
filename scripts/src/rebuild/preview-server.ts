import fs from 'node:fs';
import path from 'node:path';
import { startProcess, waitForHttp, type Running } from '../lib/process.ts';
import { previewServerEntry } from '../lib/site.ts';
import { log, logError } from './log.ts';

/**
 * Runs the draft-preview server of the live release (its server/entry.mjs, @astrojs/node
 * standalone): drafts render with the layout, styles and published data readers see now. It is
 * restarted after every swap; while it restarts (about a second) a preview link answers nothing.
 * Never throws: a preview server that will not start is logged, and the site is served regardless.
 */
export function createPreviewServer(options: { host: string; port: number; env: NodeJS.ProcessEnv }) {
  let running: Running | null = null;
  let release: string | null = null;
  let queue = Promise.resolve();

  async function stopNow(): Promise<void> {
    await running?.stop();
    running = null;
    release = null;
  }

  async function startNow(buildDir: string): Promise<void> {
    await stopNow();
    const entry = previewServerEntry(buildDir);
    if (!fs.existsSync(entry)) return logError(`Bản phát hành ${buildDir} không có máy chủ xem trước (${entry}).`);
    const proc = startProcess(process.execPath, [entry], {
      cwd: buildDir,
      env: { ...options.env, HOST: options.host, PORT: String(options.port) },
      prefix: '[xem trước]',
      quiet: true,
    });
    running = proc;
    try {
      await waitForHttp(`http://127.0.0.1:${options.port}/xem-truoc/`, 30_000, proc);
      release = path.basename(buildDir);
      log(`Máy chủ xem trước chạy ở cổng ${options.port} (bản ${buildDir}).`);
    } catch (e) {
      logError(`Máy chủ xem trước không khởi động được: ${(e as Error).message}`);
      await stopNow();
    }
  }

  // One start or stop at a time, in the order asked.
  const enqueue = (task: () => Promise<void>) => (queue = queue.then(task, task));
  return {
    /** (re)starts the server of this build folder */
    start: (buildDir: string) => enqueue(() => startNow(buildDir)),
    stop: () => enqueue(stopNow),
    /** the release it serves once it answers, null while it (re)starts or when it failed */
    release: () => release,
  };
}
