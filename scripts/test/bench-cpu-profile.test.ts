// The bench's CPU profile summary on real profiles: a Node process with a main thread and a worker,
// each spending its time in a function of its own, run under --cpu-prof as the bench runs astro.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summariseProfiles } from '../src/bench/cpu-profile.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-bench-prof-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Busy for a fixed amount of work (not of time): the share of each function is what is checked.
const script = path.join(dir, 'busy.mjs');
fs.writeFileSync(
  script,
  `import { Worker, isMainThread } from 'node:worker_threads';
function spin(n) { let x = 0; for (let i = 0; i < n; i++) x = (x * 31 + i) % 1000003; return x; }
function mainThreadWork() { return spin(3e8); }
function workerThreadWork() { return spin(3e8); }
if (isMainThread) {
  const w = new Worker(new URL(import.meta.url));
  mainThreadWork();
  await new Promise((r) => w.once('exit', r));
} else workerThreadWork();
`,
);

describe('summariseProfiles', () => {
  it('sums every thread of a --cpu-prof run into self time per function, top first', () => {
    execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, script]);
    const summary = summariseProfiles(dir, dir, 5);
    expect(summary.files).toBe(2);
    const names = summary.top.map((e) => e.name);
    // spin is where both threads spend their time; its callers have almost no self time
    expect(names[0]).toBe('spin busy.mjs:2');
    expect(summary.top[0]!.share).toBeGreaterThan(0.5);
    expect(summary.top.map((e) => e.ms)).toEqual([...summary.top.map((e) => e.ms)].sort((a, b) => b - a));
    expect(summary.busyMs).toBeLessThanOrEqual(summary.wallMs);
    expect(summary.top.reduce((n, e) => n + e.ms, 0)).toBeLessThanOrEqual(summary.busyMs + 1e-6);
  });
});
