// `npm run import -- <thư mục>`: brings an old site's archive (text captures or saved HTML pages) into
// the CMS through its REST API, so every rule of the CMS applies. Safe to run again and again: each
// entry is found by its old address, unchanged entries are left alone, so an interrupted run resumes
// by running it again. See README, "Chuyển dữ liệu từ trang cũ".
import path from 'node:path';
import { readArgs, USAGE } from './import/args.ts';
import { loadCategoryTable } from './import/categories.ts';
import { cmsClient } from './import/cms-client.ts';
import { importPage, type ImportContext } from './import/import-page.ts';
import { loadOverrides } from './import/overrides.ts';
import { loadProfile } from './import/profile.ts';
import { OUTCOME_LABELS, summaryTable, writeRefusalReport, type PageResult } from './import/report.ts';
import { listSources } from './import/sources.ts';
import { scriptEnv } from './lib/settings.ts';

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  const { CMS_URL: cmsUrl, CMS_IMPORT_TOKEN: token } = scriptEnv();
  if (!cmsUrl || !token) {
    console.error(`Thiếu CMS_URL hoặc CMS_IMPORT_TOKEN.\n${USAGE}`);
    return 2;
  }
  const cms = cmsClient(cmsUrl, token);
  const root = path.resolve(args.source);
  const ctx: ImportContext = {
    cms,
    root,
    dryRun: args.dryRun,
    publish: args.publish,
    baseUrl: args.baseUrl,
    profile: await loadProfile(args.profile),
    categories: await loadCategoryTable(args.categories),
    categoryIds: await cms.categoryIds(),
    overrides: await loadOverrides(args.overrides),
    photos: { uploaded: 0, reused: 0 },
    seenPhotos: new Map(),
  };
  const sources = await listSources(root);
  const results: PageResult[] = [];
  for (const [i, source] of sources.entries()) {
    const result = await importPage(source, ctx);
    results.push(result);
    // One line per page: a progress count, what happened, and why when it matters.
    const detail = result.detail ? ` (${result.detail})` : '';
    console.log(`[${i + 1}/${sources.length}] ${OUTCOME_LABELS[result.outcome]}: ${result.file}${detail}`);
  }
  console.log(`\n${summaryTable(results, ctx.photos, args.dryRun)}`);
  const refused = await writeRefusalReport(path.resolve(args.report), results);
  if (refused > 0) console.log(`${refused} trang bị từ chối, lý do trong ${path.resolve(args.report)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(
      `Nhập dữ liệu dừng giữa chừng: ${e instanceof Error ? e.message : String(e)}\nChạy lại cùng lệnh để tiếp tục: các bài đã nhập được giữ nguyên.`,
    );
    process.exit(1);
  },
);
