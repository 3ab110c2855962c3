import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { childEnv, nodeCommand } from './project-node.ts';

export interface Running {
  child: ChildProcess;
  /** last lines of output, for error messages */
  tail(): string;
  stop(): Promise<void>;
}

// Children still running. Each leads its own process group (detached), so stopping one stops what
// it started too (astro's workers, a shell's command); when this process exits, for whatever reason
// short of SIGKILL, its children's groups go with it (SIGKILL is what parent-watchdog.ts is for).
const children = new Set<ChildProcess>();

const signalGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
};

process.once('exit', () => {
  for (const child of children) signalGroup(child, 'SIGTERM');
});

/** Starts a long-running child, prefixing its output, keeping a tail for error reports. */
export function startProcess(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; prefix: string; quiet?: boolean; stdin?: 'pipe'; onLine?: (line: string) => void },
): Running {
  const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: [opts.stdin ?? 'ignore', 'pipe', 'pipe'], detached: true });
  children.add(child);
  child.once('exit', () => children.delete(child));
  child.once('error', () => children.delete(child));
  const lines: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 60) lines.shift();
      opts.onLine?.(line);
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
        const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        signalGroup(child, 'SIGTERM');
      }),
  };
}

/** startProcess for a JavaScript file: on the project's Node, with the parent watchdog (project-node.ts). */
export function startNode(
  script: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; prefix: string; quiet?: boolean; stdin?: 'pipe'; onLine?: (line: string) => void },
): Running {
  const { cmd, args: argv } = nodeCommand(script, args);
  return startProcess(cmd, argv, { ...opts, env: childEnv(opts.env) });
}

/** run() for a JavaScript file, on the project's Node with the parent watchdog. */
export function runNode(
  script: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; prefix: string; quiet?: boolean; timeoutMs?: number },
): Promise<void> {
  const { cmd, args: argv } = nodeCommand(script, args);
  // Errors name the command as people type it ("astro build"), not the full Node command line.
  return run(cmd, argv, { ...opts, env: childEnv(opts.env), label: [path.basename(script), ...args].join(' ') });
}

/** Runs a command to completion; rejects with its output tail when it fails or outlives timeoutMs. */
export function run(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; prefix: string; quiet?: boolean; timeoutMs?: number; label?: string },
): Promise<void> {
  const p = startProcess(cmd, args, opts);
  const end = completion(p, opts.label ?? `${cmd} ${args.join(' ')}`);
  if (opts.timeoutMs) end.limit(opts.timeoutMs);
  return end.done;
}

/**
 * How a started process ends: `done` resolves when it exits with 0 and rejects with its output
 * tail otherwise; `limit` stops it after timeoutMs from now (a build stuck on an unanswering CMS
 * must not hold the rebuild queue forever). Call it right after starting: an exit before would be missed.
 */
export function completion(p: Running, label: string): { done: Promise<void>; limit(timeoutMs: number): void } {
  let timer: NodeJS.Timeout | null = null;
  let timedOutAfter: number | null = null;
  const done = new Promise<void>((resolve, reject) => {
    p.child.once('error', reject);
    p.child.once('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (code === 0) resolve();
      else if (timedOutAfter !== null) reject(new Error(`${label} quá ${Math.round(timedOutAfter / 1000)} giây, đã dừng:\n${p.tail()}`));
      else reject(new Error(`${label} thất bại (mã ${code ?? signal}):\n${p.tail()}`));
    });
  });
  return {
    done,
    limit(timeoutMs: number) {
      timer = setTimeout(() => {
        timedOutAfter = timeoutMs;
        void p.stop();
      }, timeoutMs);
    },
  };
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
