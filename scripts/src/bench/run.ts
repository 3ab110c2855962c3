// The benchmark from start to end: a fresh CMS filled with synthetic content, then each chosen
// measurement in an order where none disturbs the next (publish last: it changes the content).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ROOT } from '../lib/paths.ts';
import { codeIdentity } from '../rebuild/code-identity.ts';
import { webRoot } from '../lib/site.ts';
import { newReleaseId, releaseDir, releasesDir, stagingDir, writeMeta } from '../rebuild/releases.ts';
import { swapLive } from '../rebuild/swap.ts';
import type { BenchOptions } from './args.ts';
import { measureCmsRead, type ReadResult } from './cms-read.ts';
import { cpuProfileOptions, summariseProfiles, type ProfileSummary } from './cpu-profile.ts';
import { adminClient, publishEdit } from './admin-client.ts';
import { measureFastBuilds, type FastBuildResult } from './fast-build.ts';
import { bootFreshCms, compileCms, loadHarness, type FreshCms } from './fresh-cms.ts';
import { generateContent, type GenerateResult } from './generate.ts';
import { measureOutput, type OutputResult } from './output.ts';
import type { Progress } from './progress.ts';
import { buildHugo, hugoVersion, installHugo, type HugoBuild } from './hugo.ts';
import { writeHugoSite, type HugoSiteResult } from './hugo-site.ts';
import { measurePublish, quietWebhook, spread, type PublishResult, type Spread } from './publish.ts';
import { measureSearch, type SearchResult } from './search.ts';
import { buildSite, waitForOtherBuilds, type BuildResult } from './site-build.ts';

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    node: string;
    platform: string;
    loadAverage: { start: number[]; end: number[] };
  };
  options: {
    articles: number;
    db: string;
    steps: string[];
    images: number;
    seed: number;
    publishes: number;
    rounds: number;
    /** what the fast step changed before each build */
    fastChange: BenchOptions['fastChange'];
  };
  setupMs: number;
  gen: GenerateResult | null;
  read: ReadResult | null;
  cold: BuildResult | null;
  warm: BuildResult | null;
  /** a full build after one article was edited, with the caches of the warm build */
  warmEdit: BuildResult | null;
  fast: FastBuildResult | null;
  /** --profile-fast: the CPU profile of the fast step's last build */
  fastProfile: ProfileSummary | null;
  /** --profile-warm: the CPU profile of the warm build */
  warmProfile: ProfileSummary | null;
  publish: PublishResult | null;
  output: OutputResult | null;
  search: SearchResult | null;
  hugo: HugoResult | null;
  profile: ProfileSummary | null;
  /** kept with --keep: the temporary folder and the cold build in it */
  workDir: string | null;
}

export interface HugoResult {
  /** why the comparison did not run (no hugo, and --install-hugo not given) */
  skipped: string | null;
  version: string | null;
  site: HugoSiteResult | null;
  /** interleaved: project[i] ran just before hugo[i] */
  project: Array<{ ms: number; pages: number; peakRssBytes: number }>;
  hugo: HugoBuild[];
  projectMs: Spread | null;
  hugoMs: Spread | null;
  /** median project ÷ median Hugo */
  ratio: number | null;
}

// The public address pages are built for: its length is part of every page's weight.
const SITE_URL = 'https://dangbokhoi.example.vn';

export async function runBench(options: BenchOptions, progress: Progress): Promise<BenchReport> {
  const started = new Date();
  const loadStart = os.loadavg();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-bench-'));
  const dataDir = path.join(work, 'var');
  const report: BenchReport = {
    startedAt: started.toISOString(),
    finishedAt: '',
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '?',
      memoryBytes: os.totalmem(),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverage: { start: loadStart, end: [] },
    },
    options: {
      articles: options.articles,
      db: options.db,
      steps: [...options.steps],
      images: options.images,
      seed: options.seed,
      publishes: options.publishes,
      rounds: options.rounds,
      fastChange: options.fastChange,
    },
    setupMs: 0,
    gen: null,
    read: null,
    cold: null,
    warm: null,
    warmEdit: null,
    fast: null,
    fastProfile: null,
    warmProfile: null,
    publish: null,
    output: null,
    search: null,
    hugo: null,
    profile: null,
    workDir: options.keep ? work : null,
  };
  let cms: FreshCms | null = null;
  const { freePort } = await loadHarness();
  const [rebuildPort, sitePort] = [await freePort(), await freePort()];
  const secret = randomBytes(24).toString('hex');
  const sink = await quietWebhook(rebuildPort);
  // Ctrl+C must not leave a CMS, a PostgreSQL database or a gigabyte of builds behind.
  let cleaned: Promise<void> | null = null;
  const cleanup = () =>
    (cleaned ??= (async () => {
      // The CMS first: its last notifications must still find someone answering.
      await cms?.stop({ keep: options.keep }).catch((e: Error) => progress.note(`không dừng được CMS: ${e.message}`));
      if (cms && options.keep) progress.note(`CSDL giữ lại: ${cms.database}`);
      sink.close();
      if (!options.keep) fs.rmSync(work, { recursive: true, force: true });
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    progress.note(`nhận ${signal}: dọn dẹp rồi dừng`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    progress.step(`Chuẩn bị: biên dịch CMS, khởi động CMS mới trên ${options.db} (thư mục tạm ${work})`);
    await compileCms();
    cms = await bootFreshCms(options.db, {
      REBUILD_WEBHOOK_URL: `http://127.0.0.1:${rebuildPort}/hooks/rebuild`,
      REBUILD_WEBHOOK_SECRET: secret,
      CRON_ENABLED: 'false',
    });
    // Every REST request would be a log line: 100 per page of 100 articles.
    cms.strapi.log.level = 'warn';
    report.setupMs = Date.now() - started.getTime();

    progress.step(`1. Tạo ${options.articles} tin bài tổng hợp`);
    report.gen = await generateContent(cms, { articles: options.articles, images: options.images, seed: options.seed }, progress);
    progress.note(`xong sau ${(report.gen.ms / 1000).toFixed(1)} s`);

    if (options.steps.has('read')) {
      progress.step('2. Đọc toàn bộ nội dung từ CMS như bản dựng');
      report.read = await measureCmsRead(cms);
      progress.note(`${report.read.requests} yêu cầu, ${(report.read.bytes / 1e6).toFixed(1)} MB, ${(report.read.ms / 1000).toFixed(1)} s`);
    }

    const buildEnv: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LANG: process.env.LANG,
      NODE_ENV: 'production',
      ASTRO_TELEMETRY_DISABLED: '1',
      CMS_URL: cms.url,
      STRAPI_BUILD_TOKEN: cms.buildToken,
      SITE_URL,
      // This run's own cache: the first build is cold whatever ran before on this machine.
      ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
    };
    const build = async (label: string, outDir: string, env = buildEnv) => {
      await waitForOtherBuilds(progress.note);
      progress.note(`astro build → ${outDir}`);
      const result = await buildSite(env, outDir, {
        logFile: path.join(work, `astro-${label}.log`),
        onLine(line) {
          if (
            /Syncing content|Synced content|entrypoints|static routes|optimized images|Completed in|page\(s\) built|Complete!|Chỉ mục|error/i.test(
              line,
            )
          )
            progress.note(`[astro] ${stripVTControlCharacters(line).trim()}`);
        },
      });
      progress.note(
        `${label}: ${(result.ms / 1000).toFixed(1)} s, ${result.pages} trang, ${result.pagesPerSecond.toFixed(0)} trang/s, đỉnh bộ nhớ ${(result.peakRssBytes / 2 ** 20).toFixed(0)} MB`,
      );
      return result;
    };

    if (options.steps.has('cold')) {
      progress.step('3. Dựng toàn bộ, bộ nhớ đệm trống (cold)');
      // Built straight into a release folder, so the rebuild service of step 5 starts with it live.
      // Through the staging folder, as the rebuild service builds (see rebuild/releases.ts).
      const id = newReleaseId(new Date());
      const cold = await build('cold', stagingDir(dataDir));
      fs.mkdirSync(releasesDir(dataDir), { recursive: true });
      fs.renameSync(cold.outDir, releaseDir(dataDir, id));
      report.cold = { ...cold, outDir: releaseDir(dataDir, id), siteDir: webRoot(releaseDir(dataDir, id)) };
      // With its code identity, as the service records it: the first publish may take the fast lane.
      writeMeta(dataDir, {
        id,
        builtAt: new Date().toISOString(),
        durationMs: report.cold.ms,
        reasons: ['bench cold'],
        counts: null,
        codeHash: codeIdentity(buildEnv),
      });
      swapLive(dataDir, id);
    }
    if (options.steps.has('warm')) {
      progress.step('4. Dựng lại khi không có gì thay đổi (warm)');
      const profDir = path.join(work, 'cpu-profile-warm');
      report.warm = await build(
        'warm',
        stagingDir(dataDir),
        options.profileWarm ? { ...buildEnv, NODE_OPTIONS: cpuProfileOptions(profDir) } : buildEnv,
      );
      fs.rmSync(report.warm.outDir, { recursive: true, force: true });
      if (options.profileWarm) {
        report.warmProfile = summariseProfiles(profDir, ROOT);
        progress.note(`hồ sơ warm: ${profDir} (${report.warmProfile.files} tệp .cpuprofile)`);
      }
      // The full build behind the fast lane: after a publish, with the last full build's caches.
      progress.step('4. Dựng lại toàn bộ sau khi sửa một tin bài (warm)');
      const published = await publishedArticles(cms);
      const edited = published[Math.floor(published.length / 2)]!;
      await publishEdit(await adminClient(cms.url, cms.adminEmail, cms.adminPassword), edited.documentId, (current) => ({
        title: `${current.title} (sửa trước bản dựng warm)`,
        body: `${current.body}\n\nCập nhật trước bản dựng warm.`,
      }));
      report.warmEdit = await build('warm-edit', stagingDir(dataDir));
      fs.rmSync(report.warmEdit.outDir, { recursive: true, force: true });
    }
    if (options.steps.has('fast') && report.cold) {
      progress.step(
        `4b. Làn nhanh: dựng sau mỗi lần ${options.fastChange === 'unpublish' ? 'gỡ' : 'sửa'} một tin bài, từ bản cold (${options.publishes + 1} lần)`,
      );
      const profDir = path.join(work, 'cpu-profile-fast');
      const published = await publishedArticles(cms);
      report.fast = await measureFastBuilds(
        {
          admin: await adminClient(cms.url, cms.adminEmail, cms.adminPassword),
          baseDir: report.cold.outDir,
          change: options.fastChange,
          // Edits spread over the newest quarter of the archive; unpublishes over all of it, as the
          // publish step's, since how deep the article is decides how many listing pages shift.
          targets: spaced(
            options.fastChange === 'unpublish' ? published : published.reverse().slice(0, Math.ceil(report.gen!.articles / 4)),
            options.publishes + 1,
          ),
          runs: options.publishes,
          work,
          build,
          buildEnv,
          profileOptions: options.profileFast ? cpuProfileOptions(profDir) : null,
        },
        progress,
      );
      if (options.profileFast) {
        report.fastProfile = summariseProfiles(profDir, ROOT);
        progress.note(`hồ sơ làn nhanh: ${profDir} (${report.fastProfile.files} tệp .cpuprofile)`);
      }
    }
    if (options.steps.has('output') && report.cold) {
      progress.step('6. Kết quả dựng: số tệp, dung lượng, trọng lượng trang tin bài');
      report.output = measureOutput(report.cold.siteDir);
    }
    if (options.steps.has('search') && report.cold) {
      progress.step('7. Chỉ mục tìm kiếm và truy vấn đầu tiên');
      report.search = await measureSearch(report.cold.siteDir);
      if (report.search.skipped) progress.note(`bỏ qua: ${report.search.skipped}`);
    }
    if (options.steps.has('hugo') && report.cold) {
      progress.step(`8. So với Hugo trên cùng nội dung: ${options.rounds} vòng xen kẽ (dự án cold, Hugo, dự án, Hugo ...)`);
      report.hugo = await compareHugo(
        { cms, work, rounds: options.rounds, install: options.installHugo, firstProject: report.cold },
        (label, outDir, env) => build(label, outDir, env),
        buildEnv,
        progress,
      );
    }
    if (options.steps.has('profile')) {
      progress.step('9. Hồ sơ CPU của một bản dựng cold (node --cpu-prof)');
      const profDir = path.join(work, 'cpu-profile');
      const profiled = await build('profile', path.join(work, 'profile-build'), {
        ...buildEnv,
        ASTRO_CACHE_DIR: path.join(work, 'astro-cache-profile'),
        NODE_OPTIONS: cpuProfileOptions(profDir),
      });
      fs.rmSync(profiled.outDir, { recursive: true, force: true });
      fs.rmSync(path.join(work, 'astro-cache-profile'), { recursive: true, force: true });
      report.profile = summariseProfiles(profDir, ROOT);
      progress.note(`hồ sơ: ${profDir} (${report.profile.files} tệp .cpuprofile, mở bằng Chrome DevTools)`);
    }
    if (options.steps.has('publish')) {
      progress.step('5. Xuất bản → trang công khai (dịch vụ dựng lại thật)');
      await new Promise<void>((resolve) => sink.close(() => resolve()));
      await waitForOtherBuilds(progress.note);
      const category = (
        await cms.strapi.db.query('api::category.category').findMany({ select: ['documentId'], where: { slug: 'tin-co-so' } })
      )[0];
      // Published articles to edit and to unpublish, spread over the archive, none twice.
      const published = await publishedArticles(cms);
      const step = Math.max(1, Math.floor(published.length / (2 * options.publishes + 1)));
      const picked = Array.from({ length: 2 * options.publishes }, (_, i) => published[(i + 1) * step]).filter(
        (a): a is { documentId: string; slug: string } => a !== undefined,
      );
      report.publish = await measurePublish(
        {
          cmsUrl: cms.url,
          adminEmail: cms.adminEmail,
          adminPassword: cms.adminPassword,
          env: {
            ...buildEnv,
            REBUILD_WEBHOOK_SECRET: secret,
            REBUILD_PORT: String(rebuildPort),
            REBUILD_HOST: '127.0.0.1',
            REBUILD_DATA_DIR: dataDir,
            SITE_PORT: String(sitePort),
            SITE_HOST: '127.0.0.1',
            REBUILD_ON_START: 'false',
            REBUILD_QUIET_BUILD: 'true',
            REBUILD_DAILY_AT: 'off',
          },
          siteUrl: `http://127.0.0.1:${sitePort}`,
          runs: options.publishes,
          toEdit: picked.filter((_, i) => i % 2 === 0),
          toUnpublish: picked.filter((_, i) => i % 2 === 1),
          categoryDocumentId: (category?.documentId as string | undefined) ?? null,
        },
        progress,
      );
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
    report.finishedAt = new Date().toISOString();
    report.machine.loadAverage.end = os.loadavg();
  }
  return report;
}

/** n items spread evenly over list. */
const spaced = <T>(list: T[], n: number): T[] => {
  const step = Math.max(1, Math.floor(list.length / n));
  return list.filter((_, i) => i % step === 0).slice(0, n);
};

/** The published articles, oldest first. */
async function publishedArticles(cms: FreshCms): Promise<Array<{ documentId: string; slug: string }>> {
  return (await cms.strapi.db.query('api::article.article').findMany({
    select: ['documentId', 'slug'],
    where: { publishedAt: { $notNull: true } },
    orderBy: { id: 'asc' },
  })) as Array<{ documentId: string; slug: string }>;
}

/** Project cold build, Hugo, project, Hugo ...: rounds of each, the first project build being the cold step's. */
async function compareHugo(
  ctx: { cms: FreshCms; work: string; rounds: number; install: boolean; firstProject: BuildResult },
  build: (label: string, outDir: string, env: NodeJS.ProcessEnv) => Promise<BuildResult>,
  buildEnv: NodeJS.ProcessEnv,
  progress: Progress,
): Promise<HugoResult> {
  const result: HugoResult = {
    skipped: null,
    version: hugoVersion(),
    site: null,
    project: [],
    hugo: [],
    projectMs: null,
    hugoMs: null,
    ratio: null,
  };
  if (!result.version) {
    if (!ctx.install) {
      result.skipped =
        'Bỏ qua so sánh với Hugo: máy chưa có lệnh hugo. Chạy lại với --install-hugo để cài gói Debian (apt-get install -y hugo).';
      progress.note(result.skipped);
      return result;
    }
    result.version = installHugo(progress.note);
  }
  progress.note(result.version);
  const siteDir = path.join(ctx.work, 'hugo-site');
  result.site = await writeHugoSite(ctx.cms, siteDir, SITE_URL);
  progress.note(
    `trang Hugo: ${result.site.articles} tin bài, ${result.site.documents} văn bản, ${result.site.galleries} album, ${result.site.categories} chuyên mục, ${result.site.months} tháng lưu trữ → ${siteDir}`,
  );
  const keep = (b: BuildResult) => ({ ms: b.ms, pages: b.pages, peakRssBytes: b.peakRssBytes });
  for (let round = 1; round <= ctx.rounds; round++) {
    if (round === 1) result.project.push(keep(ctx.firstProject));
    else {
      // A cold build again: its own empty cache, its own folder, removed afterwards.
      const cache = path.join(ctx.work, `astro-cache-round-${round}`);
      const b = await build(`cold-round-${round}`, path.join(ctx.work, `round-${round}`), { ...buildEnv, ASTRO_CACHE_DIR: cache });
      result.project.push(keep(b));
      fs.rmSync(b.outDir, { recursive: true, force: true });
      fs.rmSync(cache, { recursive: true, force: true });
    }
    const out = path.join(ctx.work, 'hugo-public');
    const h = await buildHugo(siteDir, out);
    result.hugo.push(h);
    fs.rmSync(out, { recursive: true, force: true });
    progress.note(
      `vòng ${round}: dự án ${(result.project.at(-1)!.ms / 1000).toFixed(1)} s, Hugo ${(h.ms / 1000).toFixed(1)} s (${h.htmlFiles} trang HTML, đỉnh bộ nhớ ${(h.peakRssBytes / 2 ** 20).toFixed(0)} MB)`,
    );
  }
  result.projectMs = spread(result.project.map((b) => b.ms));
  result.hugoMs = spread(result.hugo.map((b) => b.ms));
  result.ratio = result.hugoMs.median ? result.projectMs.median / result.hugoMs.median : null;
  return result;
}
