// `npm run import -- <thư mục | export.xml>`: brings an old site's archive (text captures, saved HTML pages or a WordPress export) into
// the CMS through its REST API, so every rule of the CMS applies. Safe to run again and again: each
// entry is found by its old address, unchanged entries are left alone, so an interrupted run resumes
// by running it again. See README, "Chuyển dữ liệu từ trang cũ".
import fs from 'node:fs/promises';
import path from 'node:path';
import { readArgs, USAGE } from './import/args.ts';
import { loadCategoryTable } from './import/categories.ts';
import { cmsClient } from './import/cms-client.ts';
import { importPage, type ImportContext } from './import/import-page.ts';
import { loadOverrides } from './import/overrides.ts';
import { loadProfile } from './import/profile.ts';
import { OUTCOME_LABELS, summaryTable, writeRefusalReport, writeTextReport, type PageResult } from './import/report.ts';
import { listSources, type SourceFile } from './import/sources.ts';
import { isWxr, listWxr } from './import/wxr.ts';
import { scriptEnv } from './lib/settings.ts';

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  const { CMS_URL: cmsUrl, CMS_IMPORT_TOKEN: token } = scriptEnv();
  if (!cmsUrl || !token) {
    console.error(`Thiếu CMS_URL hoặc CMS_IMPORT_TOKEN.\n${USAGE}`);
    return 2;
  }
  const cms = cmsClient(cmsUrl, token);
  const source = path.resolve(args.source);
  const isFile = (await fs.stat(source)).isFile();
  // A folder of pages or captures, or one WordPress export file (its photos are looked for beside it).
  const root = isFile ? path.dirname(source) : source;
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
    writing: new Map(),
  };
  let sources: SourceFile[];
  if (isFile) {
    if (!(await isWxr(source))) {
      console.error(`${args.source} không phải bản xuất WordPress (WXR) và không phải thư mục.\n${USAGE}`);
      return 2;
    }
    const listing = await listWxr(source);
    sources = listing.sources;
    if (listing.skipped.length > 0) console.log(`Bỏ qua ${listing.skipped.length} mục không phải bài viết: ${listing.skipped.join('; ')}`);
  } else sources = await listSources(root);
  // A few pages at a time (--concurrency): the importer's reading and the CMS's writing overlap.
  // Results keep the sources' order for the report; the lines print as pages finish.
  const results: PageResult[] = new Array<PageResult>(sources.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < sources.length) {
      const i = next++;
      const result = await importPage(sources[i]!, ctx);
      results[i] = result;
      // One line per page: a progress count, what happened, and why when it matters.
      const detail = result.detail ? ` (${result.detail})` : '';
      const notes = (result.notes ?? []).map((note) => `\n    ${note.field}: ${note.message}`).join('');
      console.log(`[${++done}/${sources.length}] ${OUTCOME_LABELS[result.outcome]}: ${result.file}${detail}${notes}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(args.concurrency, sources.length) }, worker));
  console.log(`\n${summaryTable(results, ctx.photos, args.dryRun)}`);
  const refused = await writeRefusalReport(path.resolve(args.report), results);
  if (refused > 0) console.log(`${refused} trang bị từ chối, lý do trong ${path.resolve(args.report)}`);
  // The text check's notes, beside the refusal report: "bao-cao-nhap.tsv" → "bao-cao-nhap.kiem-tra-chu.tsv".
  const textReport = path.resolve(args.report).replace(/(\.tsv)?$/u, '.kiem-tra-chu.tsv');
  const notes = await writeTextReport(textReport, results);
  if (notes > 0) console.log(`${notes} ghi chú kiểm tra chữ (chuyển mã, dính chữ, thiếu dấu cách) trong ${textReport}`);
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
