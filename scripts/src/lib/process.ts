import { spawn, type ChildProcess } from 'node:child_process';

export interface Running {
  child: ChildProcess;
  /** last lines of output, for error messages */
  tail(): string;
  stop(): Promise<void>;
}

/** Starts a long-running child, prefixing its output, keeping a tail for error reports. */
export function startProcess(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; prefix: string; quiet?: boolean }): Running {
  const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 60) lines.shift();
      if (!opts.quiet) console.log(`${opts.prefix} ${line}`);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return {
    child,
    tail: () => lines.join('\n'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Runs a command to completion; rejects with its output tail when it fails or outlives timeoutMs. */
export function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; prefix: string; quiet?: boolean; timeoutMs?: number }): Promise<void> {
  const p = startProcess(cmd, args, opts);
  return new Promise((resolve, reject) => {
    // A build stuck on an unanswering CMS must not hold the rebuild queue forever.
    let timedOut = false;
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          void p.stop();
        }, opts.timeoutMs)
      : null;
    p.child.once('error', reject);
    p.child.once('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (code === 0) resolve();
      else if (timedOut) reject(new Error(`${cmd} ${args.join(' ')} quá ${Math.round(opts.timeoutMs! / 1000)} giây, đã dừng:\n${p.tail()}`));
      else reject(new Error(`${cmd} ${args.join(' ')} thất bại (mã ${code ?? signal}):\n${p.tail()}`));
    });
  });
}

/** Polls a URL until it answers (any status below 500) or the time runs out. */
export async function waitForHttp(url: string, timeoutMs: number, proc?: Running): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc && proc.child.exitCode !== null) throw new Error(`Tiến trình đã dừng trước khi ${url} trả lời:\n${proc.tail()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} không trả lời sau ${Math.round(timeoutMs / 1000)} giây${proc ? `:\n${proc.tail()}` : ''}`);
}
