// `npm run bench` end to end at a small size: the real command (its own process, as a developer
// runs it), every step, then its figures checked against what is on disk. No time is asserted:
// times depend on the machine; counts and bytes do not.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { REST_MAX_PAGE_SIZE } from '@dbk/shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../src/bench/run.ts';
import { PHASE_NAMES, parseAstroLog, readTimedLog } from '../src/bench/astro-log.ts';
import { ROOT } from '../src/lib/paths.ts';

const ARTICLES = 200;
// Each build of the sample site plus 200 articles takes a minute or more here, and the run makes eight
// (cold, warm, two fast-lane builds, one publish of each kind).
const TIMEOUT = 25 * 60_000;

function filesBelow(dir: string): Array<{ rel: string; bytes: number }> {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      return { rel: path.relative(dir, full).split(path.sep).join('/'), bytes: fs.statSync(full).size };
    });
}

describe(`npm run bench -- --n ${ARTICLES}`, { timeout: TIMEOUT }, () => {
  let report: BenchReport;
  let stdout = '';
  let code: number | null;
  const outFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-bench-test-')), 'ket-qua.json');

  beforeAll(async () => {
    // Only one `astro build` of site/ at a time on this machine: the bench waits for others itself.
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'scripts', 'src', 'bench.ts'),
        '--n',
        String(ARTICLES),
        '--images',
        '6',
        '--keep',
        '--publishes',
        '1',
        '--out',
        outFile,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    code = await new Promise((resolve) => child.once('exit', resolve));
    if (fs.existsSync(outFile)) report = JSON.parse(fs.readFileSync(outFile, 'utf8')) as BenchReport;
  }, TIMEOUT);

  afterAll(() => {
    if (report?.workDir) fs.rmSync(report.workDir, { recursive: true, force: true });
    fs.rmSync(path.dirname(outFile), { recursive: true, force: true });
  });

  it('runs every step, prints the table and writes the JSON report', () => {
    expect(code, stdout.slice(-4000)).toBe(0);
    expect(report.options.steps.sort()).toEqual(['cold', 'fast', 'gen', 'hugo', 'output', 'publish', 'read', 'search', 'warm']);
    expect(stdout).toContain('| figure | value | goal | |');
    expect(stdout).toContain('3. cold full build incl. CMS read');
    expect(report.workDir && fs.existsSync(report.workDir)).toBe(true);
  });

  it('--keep keeps the CMS database it was built from', () => {
    const kept = /CSDL giữ lại: (\S+)/.exec(stdout)?.[1];
    expect(kept, stdout.slice(-2000)).toBeTruthy();
    expect(fs.statSync(kept!).size).toBeGreaterThan(ARTICLES * 1000);
    fs.rmSync(path.dirname(kept!), { recursive: true, force: true });
  });

  it("finds every phase of Astro's build in its log, in build order, and the parts add up", () => {
    // A phase whose log line changed wording would be missing, or swallowed by the one before it.
    // In order of their ends: a full build's search index starts during the render (astro-log.ts).
    for (const build of [report.cold!, report.warm!]) {
      const found = Object.entries(build.phases)
        .sort((a, b) => a[1]!.end - b[1]!.end)
        .map(([name]) => name);
      expect(found).toEqual([...PHASE_NAMES]);
      for (const phase of Object.values(build.phases)) expect(phase!.end).toBeGreaterThanOrEqual(phase!.start);
      expect(Object.values(build.durations).reduce((a, b) => a + b, 0)).toBe(build.ms);
      // the kept log says the same when read again
      expect(parseAstroLog(readTimedLog(fs.readFileSync(build.logFile!, 'utf8'))).phases).toEqual(build.phases);
    }
    expect(report.cold!.durations.images).toBeGreaterThan(report.warm!.durations.images!);
    expect(stdout).not.toContain('NOT FOUND in the log');
  });

  it('built the fast lane after each edit, rendering a few pages of the site, its phases read from its log', () => {
    const fast = report.fast!;
    expect(fast.runs.map((r) => r.kind)).toEqual(['first', 'next']);
    const pages = report.cold!.pages;
    for (const run of fast.runs) {
      // The edited article, its neighbours, the lists it is on and the pages without a key.
      expect(run.rendered).toBeGreaterThan(0);
      expect(run.rendered).toBeLessThan(pages / 2);
      // An edit keeps every page (an unpublish, --fast-change unpublish, removes the article's).
      expect(run.removed).toBe(0);
      expect(Object.keys(run.build.phases).sort()).toEqual([...PHASE_NAMES].sort());
    }
    // Edits add up against the same base: the second build renders at least what the first did.
    expect(fast.runs[1]!.rendered).toBeGreaterThanOrEqual(fast.runs[0]!.rendered);
    expect(stdout).toContain('4b. fast-lane build, first (its cache empty)');
  });

  it('generated the articles, documents and albums, and the API publishes all of them', () => {
    const gen = report.gen!;
    expect(gen.articles).toBe(ARTICLES);
    expect(gen.documents).toBe(ARTICLES / 20);
    expect(gen.galleries).toBe(ARTICLES / 50);
    expect(gen.photos).toBeGreaterThanOrEqual(6 * gen.galleries);
    expect(gen.covers).toBeGreaterThan(ARTICLES * 0.4);
    expect(gen.covers).toBeLessThan(ARTICLES * 0.8);
    // the sample content is there too
    expect(gen.published.articles).toBeGreaterThan(ARTICLES);
  });

  it('read what the build reads: every published entry, page by page', () => {
    const read = report.read!;
    expect(read.entries.articles).toBe(report.gen!.published.articles);
    expect(read.entries.documents).toBe(report.gen!.published.documents);
    expect(read.entries.galleries).toBe(report.gen!.published.galleries);
    // REST_MAX_PAGE_SIZE entries a page, at least one request per collection, plus the settings
    expect(read.requestsPer.articles).toBe(Math.ceil(read.entries.articles! / REST_MAX_PAGE_SIZE));
    expect(read.requests).toBe(Object.values(read.requestsPer).reduce((a, b) => a + b, 0));
    expect(read.bytes).toBeGreaterThan(read.entries.articles! * 500);
  });

  it('counts the pages that are on disk', () => {
    const cold = report.cold!;
    const html = filesBelow(cold.siteDir).filter((f) => f.rel.endsWith('.html'));
    expect(cold.pages).toBe(html.length);
    expect(html.filter((f) => f.rel.startsWith('bai-viet/')).length).toBe(report.gen!.published.articles);
    expect(cold.peakRssBytes).toBeGreaterThan(50 * 2 ** 20);
    expect(report.warm!.pages).toBe(cold.pages);
    // After one edit the full build renders the edited article and its lists again, copies the rest.
    const edited = report.warmEdit!;
    expect(edited.pages).toBe(cold.pages);
    expect(edited.pages - edited.copiedPages).toBeGreaterThan(report.warm!.pages - report.warm!.copiedPages);
    expect(edited.copiedPages).toBeGreaterThan(cold.pages / 2);
  });

  it('counts the bytes that are on disk', () => {
    const output = report.output!;
    const files = filesBelow(report.cold!.siteDir);
    expect(output.files).toBe(files.length);
    expect(output.bytes).toBe(files.reduce((n, f) => n + f.bytes, 0));
    expect(Object.values(output.byKind).reduce((n, k) => n + k.bytes, 0)).toBe(output.bytes);
    expect(output.articlePages).toBe(report.gen!.published.articles);

    const article = output.typicalArticle;
    const page = path.join(report.cold!.siteDir, article.path);
    expect(article.html.raw).toBe(fs.statSync(page).size);
    expect(article.html.gzip).toBe(zlib.gzipSync(fs.readFileSync(page), { level: 6 }).length);
    const css = [...fs.readFileSync(page, 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(article.css.raw).toBe(css.reduce((n, href) => n + fs.statSync(path.join(report.cold!.siteDir, href)).size, 0));
    expect(article.htmlCssGzip).toBe(article.html.gzip + article.css.gzip);
    expect(article.readableWithoutJs).toBe(true);
    expect(article.requests).toBe(article.requestList.length);
    expect(article.requestList[0]).toBe(article.path.replace(/index\.html$/, ''));
  });

  it('measured publish-to-live for a new, an edited and an unpublished article through the rebuild service', () => {
    const publish = report.publish!;
    expect(publish.runs.map((r) => r.kind)).toEqual(['new', 'edited', 'unpublished']);
    for (const run of publish.runs) {
      expect(run.ms).toBeGreaterThan(0);
      // each went live through a build of the service, not some other way, and the build was measured
      expect(run.builds).toBeGreaterThanOrEqual(1);
      expect(run.buildMs).toBeGreaterThan(0);
      // through the fast lane, by the fast build the service had started ahead and held ready
      expect(run).toMatchObject({ lane: 'fast', held: true });
      expect(run.peakRssBytes).toBeGreaterThan(50 * 2 ** 20);
      expect(publish.byKind[run.kind]).toEqual({ runs: 1, median: run.ms, min: run.ms, max: run.ms });
    }
    expect(stdout).toContain('publish-to-live, unpublished article');
  });

  it('compared with Hugo on the same content, or said why not', () => {
    const hugo = report.hugo!;
    if (hugo.skipped) {
      expect(stdout).toContain(hugo.skipped);
      return;
    }
    // every published article got its Hugo page, and the ratio is the medians'
    expect(hugo.site!.articles).toBe(report.gen!.published.articles);
    expect(hugo.hugo[0]!.htmlFiles).toBeGreaterThan(hugo.site!.articles);
    expect(hugo.project[0]!.ms).toBe(report.cold!.ms);
    expect(hugo.ratio).toBeCloseTo(hugo.projectMs!.median / hugo.hugoMs!.median, 6);
    expect(stdout).toContain('project ÷ Hugo (medians)');
  });

  it('weighed the search index on disk, or said why not', () => {
    const search = report.search!;
    const index = filesBelow(report.cold!.siteDir).filter((f) => f.rel.startsWith('pagefind/'));
    expect(search.indexFiles).toBe(index.length);
    expect(search.indexBytes).toBe(index.reduce((n, f) => n + f.bytes, 0));
    if (search.skipped) expect(stdout).toContain(search.skipped);
    else for (const q of search.firstQuery) expect(q.bytes).toBeGreaterThan(q.pagefindBytes);
  });
});
