// The benchmark from start to end: a fresh CMS filled with synthetic content, then each chosen
// measurement in an order where none disturbs the next (publish last: it changes the content).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { webRoot } from '../lib/site.ts';
import { newReleaseId, releaseDir, releasesDir, stagingDir, writeMeta } from '../rebuild/releases.ts';
import { swapLive } from '../rebuild/swap.ts';
import type { BenchOptions } from './args.ts';
import { measureCmsRead, type ReadResult } from './cms-read.ts';
import { bootFreshCms, compileCms, loadHarness, type FreshCms } from './fresh-cms.ts';
import { generateContent, type GenerateResult } from './generate.ts';
import { measureOutput, type OutputResult } from './output.ts';
import type { Progress } from './progress.ts';
import { measurePublish, quietWebhook, type PublishResult } from './publish.ts';
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
  options: { articles: number; db: string; steps: string[]; images: number; seed: number };
  setupMs: number;
  gen: GenerateResult | null;
  read: ReadResult | null;
  cold: BuildResult | null;
  warm: BuildResult | null;
  publish: PublishResult | null;
  output: OutputResult | null;
  search: SearchResult | null;
  /** kept with --keep: the temporary folder and the cold build in it */
  workDir: string | null;
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
    options: { articles: options.articles, db: options.db, steps: [...options.steps], images: options.images, seed: options.seed },
    setupMs: 0,
    gen: null,
    read: null,
    cold: null,
    warm: null,
    publish: null,
    output: null,
    search: null,
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
    const build = async (label: string, outDir: string) => {
      await waitForOtherBuilds(progress.note);
      progress.note(`astro build → ${outDir}`);
      const log = fs.createWriteStream(path.join(work, `astro-${label}.log`));
      const result = await buildSite(buildEnv, outDir, (line) => {
        log.write(`${line}\n`);
        if (/Syncing content|Synced content|generating|Completed in|page\(s\) built|Complete!|Chỉ mục|error/i.test(line))
          progress.note(`[astro] ${line.trim()}`);
      });
      log.end();
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
      writeMeta(dataDir, { id, builtAt: new Date().toISOString(), durationMs: report.cold.ms, reasons: ['bench cold'], counts: null });
      swapLive(dataDir, id);
    }
    if (options.steps.has('warm')) {
      progress.step('4. Dựng lại khi không có gì thay đổi (warm)');
      report.warm = await build('warm', stagingDir(dataDir));
      fs.rmSync(report.warm.outDir, { recursive: true, force: true });
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
    if (options.steps.has('publish')) {
      progress.step('5. Xuất bản → trang công khai (dịch vụ dựng lại thật)');
      await new Promise<void>((resolve) => sink.close(() => resolve()));
      await waitForOtherBuilds(progress.note);
      const category = (
        await cms.strapi.db.query('api::category.category').findMany({ select: ['documentId'], where: { slug: 'tin-co-so' } })
      )[0];
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
          editSlug: report.gen.sample.articleSlug,
          editDocumentId: report.gen.sample.articleDocumentId,
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
