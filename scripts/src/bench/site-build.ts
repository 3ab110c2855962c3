// Steps 3 and 4: one `astro build` of site/ as the rebuild service runs it (a child process with
// its own environment, into a given folder), timed, with the peak memory of its process tree and
// the moments its phases start (read from its log lines) so a slow build says where it is slow.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { BIN, SITE_DIR } from '../lib/paths.ts';
import { startNode } from '../lib/process.ts';
import { linkDependencies, webRoot } from '../lib/site.ts';
import { sampleTreeRss } from './process-tree.ts';

export interface BuildResult {
  ms: number;
  pages: number;
  pagesPerSecond: number;
  peakRssBytes: number;
  maxProcesses: number;
  /** ms from the start of the build to the first log line of each phase */
  phases: Record<string, number>;
  /** peak RSS of the process tree during each phase */
  peakRssByPhase: Record<string, number>;
  /** pages copied from the incremental cache instead of rendered */
  copiedPages: number;
  outDir: string;
  /** the static site inside outDir (client/): what is counted and measured */
  siteDir: string;
}

// Log lines that open a phase of `astro build` (Astro 7.3's wording, plus the search integration).
// A phase none of these lines opened is missing from the table, so a changed wording shows at once
// instead of folding several phases into one (a test builds once and checks every phase is found).
export const PHASES: Array<[string, RegExp]> = [
  ['content sync', /\[content\] Syncing content/],
  ['vite bundle', /\[build\] Building server entrypoints/],
  ['render pages', /prerendering static routes/],
  ['images', /generating optimized images/],
  ['integrations (sitemap, search)', /Rearranging server assets|@astrojs\/sitemap|dbk-search-index/],
  ['done', /\[build\] Complete!/],
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Other `astro build` runs of this machine (builds of site/ share site/.astro: one at a time). */
function otherBuilds(): string[] {
  try {
    return execFileSync('pgrep', ['-af', 'astro build'], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.trim() && !l.includes('pgrep'));
  } catch {
    return [];
  }
}

export async function waitForOtherBuilds(note: (m: string) => void): Promise<void> {
  let said = false;
  while (otherBuilds().length > 0) {
    if (!said) note(`đang có bản dựng astro khác chạy, chờ nó xong: ${otherBuilds()[0]}`);
    said = true;
    await sleep(5000);
  }
}

/** Counts files with the given extension below dir. */
export function countFiles(dir: string, ext: string): number {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((e) => e.isFile() && e.name.endsWith(ext))
    .length;
}

export async function buildSite(env: NodeJS.ProcessEnv, outDir: string, onLine?: (line: string) => void): Promise<BuildResult> {
  fs.rmSync(outDir, { recursive: true, force: true });
  linkDependencies(outDir);
  const started = Date.now();
  const phases: Record<string, number> = {};
  let copiedPages = 0;
  const proc = startNode(path.join(BIN, 'astro'), ['build'], {
    cwd: SITE_DIR,
    env: { ...env, SITE_OUT_DIR: outDir },
    prefix: '[site]',
    quiet: true,
  });
  const memory = sampleTreeRss(proc.child.pid!);
  // Whole lines: a chunk boundary inside a line would hide its phase or count a page twice.
  readline.createInterface({ input: proc.child.stdout! }).on('line', (line) => {
    for (const [name, re] of PHASES) {
      if (!(name in phases) && re.test(line)) {
        phases[name] = Date.now() - started;
        memory.label(name);
      }
    }
    // Astro marks a page it copied from the incremental cache "(cached)" or "(restored)".
    if (/\((?:cached|restored)\)/.test(line)) copiedPages++;
    if (line.trim()) onLine?.(line);
  });
  const code = await new Promise<number | null>((resolve) => proc.child.once('exit', (c) => resolve(c)));
  const ms = Date.now() - started;
  const { peakBytes, maxProcesses, peakByLabel } = memory.stop();
  if (code !== 0) throw new Error(`astro build thất bại (mã ${code}):\n${proc.tail()}`);
  const pages = countFiles(webRoot(outDir), '.html');
  return {
    ms,
    pages,
    pagesPerSecond: pages / (ms / 1000),
    peakRssBytes: peakBytes,
    maxProcesses,
    phases,
    peakRssByPhase: peakByLabel,
    copiedPages,
    outDir,
    siteDir: webRoot(outDir),
  };
}
