import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

// Each long-running part writes <dataDir>/run/<name>.pid (var/run/ by default, gitignored with
// var/): {"pid": 123, "marker": "serve-site.ts"}. The marker is a piece of the process's command
// line: a pid from a file is acted on only if that process still runs what we started, never a
// stranger that got the recycled number.

export const runDir = (dataDir: string) => path.join(dataDir, 'run');
const pidFile = (dataDir: string, name: string) => path.join(runDir(dataDir), `${name}.pid`);

interface PidRecord {
  pid: number;
  marker: string;
}

function commandLine(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return null;
  }
}

/** The process named in the pid file if it is alive and still ours, else null. */
export function runningFromPidFile(dataDir: string, name: string): PidRecord | null {
  let record: PidRecord;
  try {
    record = JSON.parse(fs.readFileSync(pidFile(dataDir, name), 'utf8')) as PidRecord;
  } catch {
    return null;
  }
  if (!Number.isInteger(record.pid) || record.pid <= 0 || record.pid === process.pid) return null;
  const cmd = commandLine(record.pid);
  return cmd?.includes(record.marker) ? record : null;
}

export function writePidFile(dataDir: string, name: string, pid: number, marker: string): void {
  fs.mkdirSync(runDir(dataDir), { recursive: true });
  fs.writeFileSync(pidFile(dataDir, name), `${JSON.stringify({ pid, marker })}\n`);
}

/** Removes the pid file if it still names this pid (a newer start may have replaced it). */
export function removePidFile(dataDir: string, name: string, pid: number): void {
  try {
    const record = JSON.parse(fs.readFileSync(pidFile(dataDir, name), 'utf8')) as PidRecord;
    if (record.pid === pid) fs.rmSync(pidFile(dataDir, name), { force: true });
  } catch {
    // already gone
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function stopPid(pid: number): Promise<void> {
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-pid, s);
    } catch {
      try {
        process.kill(pid, s);
      } catch {
        // gone meanwhile
      }
    }
  };
  signal('SIGTERM');
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) signal('SIGKILL');
  for (let i = 0; i < 20 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

/** Resolves true when nothing listens on host:port. */
export function portFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/**
 * Before a part listens: stops the one an earlier run left behind (found from its pid file), then
 * makes sure the port is free. A port held by anything else is not ours to kill: it fails loudly.
 */
export async function claimPort(options: {
  dataDir: string;
  name: string;
  marker: string;
  host: string;
  port: number;
  label: string;
}): Promise<void> {
  const stale = runningFromPidFile(options.dataDir, options.name);
  if (stale) {
    console.error(`Dừng ${options.label} cũ còn chạy từ lần trước (pid ${stale.pid}).`);
    await stopPid(stale.pid);
  }
  if (!stale) fs.rmSync(pidFile(options.dataDir, options.name), { force: true });
  // A port just released can take a moment to be free again.
  for (let i = 0; i < 20; i++) {
    if (await portFree(options.port, options.host)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `Cổng ${options.port} (${options.label}) đang bị một tiến trình khác giữ, không phải tiến trình do dự án này khởi động. ` +
      `Hãy dừng tiến trình đó (xem bằng: ss -ltnp 'sport = :${options.port}') hoặc đặt cổng khác rồi chạy lại.`,
  );
}
