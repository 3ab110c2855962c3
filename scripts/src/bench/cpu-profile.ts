// Where a build's CPU time goes (issue 15, item 4): the .cpuprofile files `node --cpu-prof` writes
// (one per Node thread: the main thread and each worker), summed into self time per function,
// top first. Self time of a node = its samples × the profile's mean sampling interval.
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

export interface SelfTimeEntry {
  /** "functionName url:line", "(garbage collector)", "(program)"... */
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  files: number;
  /** profiled wall time summed over threads, ms */
  wallMs: number;
  /** sampled time not idle, summed over threads, ms */
  busyMs: number;
  top: SelfTimeEntry[];
}

/** NODE_OPTIONS that profile a build into dir (emptied first), keeping the options already set. */
export function cpuProfileOptions(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return [process.env.NODE_OPTIONS, '--cpu-prof', `--cpu-prof-dir=${dir}`].filter(Boolean).join(' ');
}

/** Trims file:///…/node_modules/astro/dist/core/x.js to astro/dist/core/x.js, and the project's root away. */
export function shortUrl(url: string, root: string): string {
  const p = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  const nm = p.lastIndexOf('/node_modules/');
  if (nm >= 0) return p.slice(nm + '/node_modules/'.length);
  return p.startsWith(`${root}/`) ? p.slice(root.length + 1) : p;
}

/** Sums every .cpuprofile in dir. */
export function summariseProfiles(dir: string, root: string, topN = 15): ProfileSummary {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const self = new Map<string, number>();
  let wallMs = 0;
  let busyMs = 0;
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
    const durationMs = (profile.endTime - profile.startTime) / 1000;
    const samples = profile.samples?.length || profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0);
    if (!samples) continue;
    const interval = durationMs / samples;
    wallMs += durationMs;
    for (const node of profile.nodes) {
      if (!node.hitCount) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const ms = node.hitCount * interval;
      if (functionName === '(idle)') continue;
      busyMs += ms;
      // Grouped by function and place: the same function is one entry whichever stack it ran under.
      const name = url ? `${functionName || '(anonymous)'} ${shortUrl(url, root)}:${lineNumber + 1}` : functionName || '(anonymous)';
      self.set(name, (self.get(name) ?? 0) + ms);
    }
  }
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, topN)
    .map(([name, ms]) => ({ name, ms, share: busyMs ? ms / busyMs : 0 }));
  return { files: files.length, wallMs, busyMs, top };
}
