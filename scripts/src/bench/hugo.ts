// Hugo for the comparison of issue 15 (item 5): found on PATH, or installed from Debian's package
// when asked (--install-hugo), never behind the user's back; then cold builds of the Hugo site
// written by hugo-site.ts, timed with the peak memory of the process, as the project's builds are.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sampleTreeRss } from './process-tree.ts';

export interface HugoBuild {
  ms: number;
  /** what Hugo reports as pages (its own count: pages, lists and taxonomy terms) */
  pages: number | null;
  /** .html files written */
  htmlFiles: number;
  peakRssBytes: number;
}

/** `hugo version`'s first line, or null when there is no hugo on PATH. */
export function hugoVersion(): string | null {
  try {
    return execFileSync('hugo', ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Installs Debian's hugo package (apt-get; root or sudo needed). Throws with the reason in Vietnamese. */
export function installHugo(note: (m: string) => void): string {
  note('cài Hugo từ gói Debian: apt-get install -y hugo');
  const asRoot = process.getuid?.() === 0;
  const [cmd, args] = asRoot ? ['apt-get', ['install', '-y', 'hugo']] : ['sudo', ['-n', 'apt-get', 'install', '-y', 'hugo']];
  try {
    execFileSync(cmd, args as string[], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`Không cài được Hugo (${cmd} ${(args as string[]).join(' ')}): ${err.stderr?.toString().trim() || err.message}`, {
      cause: e,
    });
  }
  const version = hugoVersion();
  if (!version) throw new Error('Đã chạy apt-get install hugo nhưng vẫn không tìm thấy lệnh hugo trong PATH.');
  return version;
}

const countHtml = (dir: string) =>
  (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((e) => e.isFile() && e.name.endsWith('.html'))
    .length;

/** One cold Hugo build of siteDir into outDir (both caches fresh), timed. */
export async function buildHugo(siteDir: string, outDir: string): Promise<HugoBuild> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const cacheDir = `${outDir}-cache`;
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.rmSync(path.join(siteDir, 'resources'), { recursive: true, force: true });
  const started = Date.now();
  const child = spawn('hugo', ['--source', siteDir, '--destination', outDir, '--cacheDir', cacheDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = sampleTreeRss(child.pid!);
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  const ms = Date.now() - started;
  const { peakBytes } = memory.stop();
  fs.rmSync(cacheDir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`hugo thất bại (mã ${code}):\n${output.slice(-3000)}`);
  // Hugo's summary table: "Pages            | 12345".
  const pages = /^\s*Pages\s*\|\s*(\d+)/m.exec(output);
  return { ms, pages: pages ? Number(pages[1]) : null, htmlFiles: countHtml(outDir), peakRssBytes: peakBytes };
}
