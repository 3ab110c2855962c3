// Steps 3 and 4: one `astro build` of site/ as the rebuild service runs it (a child process with
// its own environment, into a given folder), timed, with the peak memory of its process tree and
// the moments its phases start (read from its log lines) so a slow build says where it is slow.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { BIN, ROOT, SITE_DIR } from '../lib/paths.ts';
import { startNode } from '../lib/process.ts';
import { linkDependencies, webRoot } from '../lib/site.ts';
import { createAstroLogParser, formatTimedLine, phaseDurations, type ParsedLog } from './astro-log.ts';
import { sampleTreeRss } from './process-tree.ts';

export interface BuildResult {
  ms: number;
  pages: number;
  pagesPerSecond: number;
  peakRssBytes: number;
  maxProcesses: number;
  /** start and end (ms from the start of the build) of each phase found in the log (astro-log.ts) */
  phases: ParsedLog['phases'];
  /** how long each phase took, plus "other" (start-up, routes, hooks, exit) */
  durations: Record<string, number>;
  /** peak RSS of the process tree during each phase ("other": outside every phase) */
  peakRssByPhase: Record<string, number>;
  /** Astro's own figure for the build ("… page(s) built in …"), ms */
  astroTotalMs: number | null;
  /** pages copied from the incremental cache instead of rendered */
  copiedPages: number;
  /** a full build's search index in shards: how many, and how many Pagefind indexed */
  searchShards: ParsedLog['searchShards'];
  outDir: string;
  /** the static site inside outDir (client/): what is counted and measured */
  siteDir: string;
  /** the build's log, "+<ms>\t<line>" (astro-log.ts reads it back) */
  logFile: string | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `astro build` runs of this machine, other than the caller's own. */
function astroBuilds(): string[] {
  try {
    // `.bin/astro build` as people type it, `astro/bin/astro.mjs build` as lib/process.ts starts it.
    return execFileSync('pgrep', ['-af', 'astro(\\.mjs)? build'], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.trim() && !l.includes('pgrep'));
  } catch {
    return [];
  }
}

/**
 * Waits while another build of this checkout runs (builds of site/ share site/.astro: one at a
 * time). Builds of other checkouts share nothing but the CPU: they are named, since they disturb
 * the figures, but not waited for (a machine where several people build would never be free).
 */
export async function waitForOtherBuilds(note: (m: string) => void): Promise<void> {
  let said = false;
  const ours = () => astroBuilds().filter((l) => l.includes(`${ROOT}/`));
  while (ours().length > 0) {
    if (!said) note(`đang có bản dựng astro khác của thư mục này chạy, chờ nó xong: ${ours()[0]}`);
    said = true;
    await sleep(5000);
  }
  const elsewhere = astroBuilds().filter((l) => !l.includes(`${ROOT}/`));
  if (elsewhere.length) note(`CẢNH BÁO: máy đang chạy ${elsewhere.length} bản dựng astro của thư mục khác; số đo bị ảnh hưởng`);
}

/** Counts files with the given extension below dir. */
export function countFiles(dir: string, ext: string): number {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((e) => e.isFile() && e.name.endsWith(ext))
    .length;
}

export interface BuildOptions {
  /** every line as it arrives */
  onLine?: (line: string) => void;
  /** keeps the timed log there */
  logFile?: string;
}

export async function buildSite(env: NodeJS.ProcessEnv, outDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  fs.rmSync(outDir, { recursive: true, force: true });
  linkDependencies(outDir);
  const started = Date.now();
  const parser = createAstroLogParser();
  const log = options.logFile ? fs.createWriteStream(options.logFile) : null;
  const proc = startNode(path.join(BIN, 'astro'), ['build'], {
    cwd: SITE_DIR,
    env: { ...env, SITE_OUT_DIR: outDir },
    prefix: '[site]',
    quiet: true,
  });
  const memory = sampleTreeRss(proc.child.pid!);
  memory.label('other');
  // Whole lines: a chunk boundary inside a line would hide its phase or count a page twice.
  // Errors and warnings come on stderr: kept in the log too, without phases.
  readline
    .createInterface({ input: proc.child.stderr! })
    .on('line', (text) => log?.write(`${formatTimedLine({ ms: Date.now() - started, text })}\n`));
  readline.createInterface({ input: proc.child.stdout! }).on('line', (text) => {
    const line = { ms: Date.now() - started, text };
    log?.write(`${formatTimedLine(line)}\n`);
    const { opened, closed } = parser.push(line);
    if (opened) memory.label(opened);
    else if (closed) memory.label('other');
    if (text.trim()) options.onLine?.(text);
  });
  const code = await new Promise<number | null>((resolve) => proc.child.once('exit', (c) => resolve(c)));
  const ms = Date.now() - started;
  await new Promise<void>((resolve) => (log ? log.end(resolve) : resolve()));
  const { peakBytes, maxProcesses, peakByLabel } = memory.stop();
  if (code !== 0) throw new Error(`astro build thất bại (mã ${code}):\n${proc.tail()}`);
  const parsed = parser.result();
  const pages = countFiles(webRoot(outDir), '.html');
  return {
    ms,
    pages,
    pagesPerSecond: pages / (ms / 1000),
    peakRssBytes: peakBytes,
    maxProcesses,
    phases: parsed.phases,
    durations: phaseDurations(parsed, ms),
    peakRssByPhase: peakByLabel,
    astroTotalMs: parsed.astroTotalMs,
    copiedPages: parsed.copiedPages,
    searchShards: parsed.searchShards,
    outDir,
    siteDir: webRoot(outDir),
    logFile: options.logFile ?? null,
  };
}
