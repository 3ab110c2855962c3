import fs from 'node:fs';
import path from 'node:path';
import { claimPort, removePidFile, writePidFile } from '../lib/pid-file.ts';
import { startNode, waitForHttp, type Running } from '../lib/process.ts';
import { previewServerEntry } from '../lib/site.ts';
import { log, logError } from './log.ts';

export interface PreviewHealth {
  /** the release the server was started on, reported only while it answers */
  release: string | null;
  healthy: boolean;
  /** why it is not healthy, for /status */
  problem: string | null;
}

/**
 * Runs the draft-preview server of the live release (its server/entry.mjs, @astrojs/node
 * standalone): drafts render with the layout, styles and published data readers see now. It is
 * restarted after every swap and after a rollback; while it restarts (about a second) a preview
 * link answers nothing. A preview server left running by an earlier run (its pid file in
 * <dataDir>/run/) is stopped first; a port held by something else is logged loudly. Never throws:
 * a preview server that will not start is logged, and the site is served regardless.
 */
export function createPreviewServer(options: { host: string; port: number; env: NodeJS.ProcessEnv; dataDir: string }) {
  let running: Running | null = null;
  let release: string | null = null;
  let problem: string | null = 'chưa khởi động';
  let queue = Promise.resolve();
  const probeHost = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  const probeUrl = `http://${probeHost.includes(':') ? `[${probeHost}]` : probeHost}:${options.port}/xem-truoc/`;

  async function stopNow(): Promise<void> {
    const pid = running?.child.pid;
    await running?.stop();
    if (pid) removePidFile(options.dataDir, 'preview', pid);
    running = null;
    release = null;
  }

  async function startNow(buildDir: string): Promise<void> {
    await stopNow();
    const entry = previewServerEntry(buildDir);
    if (!fs.existsSync(entry)) {
      problem = `bản phát hành không có máy chủ xem trước (${entry})`;
      return logError(`Bản phát hành ${buildDir} không có máy chủ xem trước (${entry}).`);
    }
    try {
      await claimPort({
        dataDir: options.dataDir,
        name: 'preview',
        marker: path.join('server', 'entry.mjs'),
        host: options.host,
        port: options.port,
        label: 'máy chủ xem trước',
      });
    } catch (e) {
      problem = (e as Error).message;
      return logError(`Máy chủ xem trước không khởi động được: ${problem}`);
    }
    const proc = startNode(entry, [], {
      cwd: buildDir,
      env: { ...options.env, HOST: options.host, PORT: String(options.port) },
      prefix: '[xem trước]',
      quiet: true,
    });
    running = proc;
    if (proc.child.pid) writePidFile(options.dataDir, 'preview', proc.child.pid, path.join('server', 'entry.mjs'));
    try {
      await waitForHttp(probeUrl, 30_000, proc);
      release = path.basename(buildDir);
      problem = null;
      log(`Máy chủ xem trước chạy ở cổng ${options.port} (bản ${buildDir}).`);
    } catch (e) {
      problem = (e as Error).message;
      logError(`Máy chủ xem trước không khởi động được: ${problem}`);
      await stopNow();
    }
  }

  // One start or stop at a time, in the order asked.
  const enqueue = (task: () => Promise<void>) => (queue = queue.then(task, task));
  return {
    /** (re)starts the server of this build folder */
    start: (buildDir: string) => enqueue(() => startNow(buildDir)),
    stop: () => enqueue(stopNow),
    /**
     * Asks the server itself: our process must be alive and its port must answer. A flag set at
     * start would go on saying "running" after the process died or while a stranger holds the port.
     */
    async health(): Promise<PreviewHealth> {
      const proc = running;
      if (!proc || release === null) return { release: null, healthy: false, problem: problem ?? 'đang khởi động lại' };
      if (proc.child.exitCode !== null || proc.child.signalCode !== null) {
        return { release: null, healthy: false, problem: `tiến trình đã dừng (mã ${proc.child.exitCode ?? proc.child.signalCode})` };
      }
      try {
        const res = await fetch(probeUrl, { signal: AbortSignal.timeout(2000) });
        await res.body?.cancel();
        if (res.status >= 500) return { release: null, healthy: false, problem: `trả lời HTTP ${res.status}` };
        return { release, healthy: true, problem: null };
      } catch (e) {
        return { release: null, healthy: false, problem: `không trả lời: ${(e as Error).message}` };
      }
    },
  };
}
