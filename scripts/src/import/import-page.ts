// One page through the whole path: read it, check it, find its entry by the old address, then
// create, update or leave it. Refusals (ours or the CMS's) come back as results, never as throws,
// so one bad page never stops an archive of thousands.
import fs from 'node:fs/promises';
import { articleData, type ArticleData } from './article-data.ts';
import { readCapture } from './capture.ts';
import { mapCategory, type CategoryTable } from './categories.ts';
import { CmsError, type CmsClient } from './cms-client.ts';
import { changedFields } from './compare.ts';
import { schemaProblem } from './dry-run-check.ts';
import { readHtml } from './html.ts';
import type { Override } from './overrides.ts';
import { PageRefusal } from './page.ts';
import { placePhotos, type PhotoTally } from './photos.ts';
import type { SiteProfile } from './profile.ts';
import type { PageResult } from './report.ts';
import { fallbackUrl, type SourceFile } from './sources.ts';
import { checkPageText } from './text-check.ts';
import { readWxrPost } from './wxr.ts';

export interface ImportContext {
  cms: CmsClient;
  root: string;
  dryRun: boolean;
  publish: boolean;
  baseUrl?: string;
  profile: SiteProfile;
  categories: CategoryTable;
  /** new category slug → documentId, read once from the CMS */
  categoryIds: Map<string, string>;
  overrides: Map<string, Override>;
  photos: PhotoTally;
  /** photo name → its lookup or upload, within this run */
  seenPhotos: Map<string, Promise<string | undefined>>;
  /** old address → the write in progress for it: two files with one old address never create two entries */
  writing: Map<string, Promise<unknown>>;
}

export async function importPage(source: SourceFile, ctx: ImportContext): Promise<PageResult> {
  const override = ctx.overrides.get(source.relative) ?? {};
  const legacyUrl = override.url ?? fallbackUrl(source, ctx.baseUrl);
  const refuse = (detail: string, url = legacyUrl): PageResult => ({ file: source.relative, legacyUrl: url, outcome: 'refused', detail });
  try {
    const page = source.post ? await readWxrPost(source.post, source.relative, source.absolute) : await readFile(source, legacyUrl, ctx);
    const notes = checkPageText(page);
    if (override.url) page.legacyUrl = override.url;
    if (override.ngay) page.dateLine = override.ngay;
    if (override.chuyenMuc) page.category = override.chuyenMuc;

    const category = mapCategory(ctx.categories, page.category);
    if (category.error) return refuse(category.error, page.legacyUrl);
    const categoryId = category.slug ? ctx.categoryIds.get(category.slug) : null;
    if (categoryId === undefined) return refuse(`Chuyên mục "${category.slug}" (trong bảng chuyên mục) không có trong CMS`, page.legacyUrl);

    // Checked before any photo is uploaded: a refused page leaves nothing behind in the library.
    const precheck = articleData(page, categoryId, new Map());
    if ('error' in precheck) return refuse(precheck.error, page.legacyUrl);
    if (ctx.dryRun) {
      const problem = schemaProblem(precheck);
      if (problem) return refuse(problem, page.legacyUrl);
    }
    const data = articleData(
      page,
      categoryId,
      await placePhotos(ctx.cms, page.photos, ctx.dryRun, ctx.photos, ctx.seenPhotos),
    ) as ArticleData;
    return { ...(await write(source, data, ctx, ctx.publish && !page.keepDraft)), notes };
  } catch (e) {
    if (e instanceof CmsError && e.status >= 400 && e.status < 500) return refuse(e.message);
    if (e instanceof PageRefusal) return refuse(e.message);
    throw e;
  }
}

async function readFile(source: SourceFile, legacyUrl: string, ctx: ImportContext) {
  const raw = await fs.readFile(source.absolute, 'utf8');
  return source.kind === 'capture'
    ? readCapture(source.relative, legacyUrl, raw, { skip: (ctx.profile.boQua ?? []).map((p) => new RegExp(p, 'iu')) })
    : readHtml({ file: source.relative, absolute: source.absolute, root: ctx.root, html: raw, fallbackUrl: legacyUrl }, ctx.profile);
}

/** `publish`: the operator's --publish, unless the source keeps the page a draft. */
async function write(source: SourceFile, data: ArticleData, ctx: ImportContext, publish: boolean): Promise<PageResult> {
  // Pages run side by side (--concurrency): writes for one old address wait for each other, so the
  // second finds the entry the first created, exactly as a run one page at a time would.
  const before = ctx.writing.get(data.legacyUrl) ?? Promise.resolve();
  const mine = before.catch(() => undefined).then(() => writeOne(source, data, ctx, publish));
  ctx.writing.set(data.legacyUrl, mine);
  return mine;
}

async function writeOne(source: SourceFile, data: ArticleData, ctx: ImportContext, publish: boolean): Promise<PageResult> {
  const result = (outcome: PageResult['outcome'], detail?: string): PageResult => ({
    file: source.relative,
    legacyUrl: data.legacyUrl,
    outcome,
    detail,
  });
  const existing = await ctx.cms.findArticle(data.legacyUrl);
  if (!existing) {
    if (!ctx.dryRun) await ctx.cms.createArticle(data, publish);
    return result('created', publish ? 'xuất bản' : 'bản nháp');
  }
  const slugOf = (id: string | null) => (id === null ? null : ([...ctx.categoryIds].find(([, v]) => v === id)?.[0] ?? null));
  const changed = changedFields(existing, data, slugOf);
  // Without --publish a published entry stays published: only --publish changes publication.
  if (publish && !existing.published) changed.push('xuất bản');
  if (changed.length === 0) return result('unchanged');
  if (!ctx.dryRun) await ctx.cms.updateArticle(existing.documentId, data, publish || existing.published);
  return result('updated', changed.join(', '));
}
