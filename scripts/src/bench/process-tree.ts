// Peak memory of a process and all its descendants (astro, its workers, sharp's threads live in
// the process, Pagefind's binary is a child): the sum of their resident set sizes, sampled from
// /proc every 250 ms. Linux only; elsewhere the peak reads 0 and the report says so.
import fs from 'node:fs';

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so parse after the last ')'.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  return map;
}

function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** RSS of pid and every descendant, now (without pid itself when excludeRoot: a process measuring its children). */
export function treeRss(pid: number, excludeRoot = false): { bytes: number; processes: number } {
  const tree = children();
  const seen = new Set<number>();
  const stack = [pid];
  let bytes = 0;
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    if (!(excludeRoot && p === pid)) bytes += rssBytes(p);
    stack.push(...(tree.get(p) ?? []));
  }
  return { bytes, processes: seen.size - (excludeRoot ? 1 : 0) };
}

export interface TreeRssSampler {
  /** from now on, samples count towards this label's peak (a phase of the build) */
  label(name: string): void;
  stop(): { peakBytes: number; maxProcesses: number; peakByLabel: Record<string, number> };
}

/** Samples the tree until stop(); returns the peak, overall and per label. */
export function sampleTreeRss(pid: number, everyMs = 250, excludeRoot = false): TreeRssSampler {
  let peakBytes = 0;
  let maxProcesses = 0;
  let current = 'start';
  const peakByLabel: Record<string, number> = {};
  const supported = fs.existsSync('/proc/self/status');
  const sample = () => {
    if (!supported) return;
    const now = treeRss(pid, excludeRoot);
    peakBytes = Math.max(peakBytes, now.bytes);
    maxProcesses = Math.max(maxProcesses, now.processes);
    peakByLabel[current] = Math.max(peakByLabel[current] ?? 0, now.bytes);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    label(name) {
      sample();
      current = name;
    },
    stop() {
      clearInterval(timer);
      return { peakBytes, maxProcesses, peakByLabel };
    },
  };
}
