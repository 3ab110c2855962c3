// End to end, nothing faked: the real Strapi on SQLite or PostgreSQL (booted in this process by the
// CMS suite's harness) and `npm run import`'s script run as the operator runs it, over copies of the seeds'
// text captures and a small saved site with a photo.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../src/lib/paths.ts';

type Json = Record<string, any>;
export type DbClient = 'sqlite' | 'postgres';
interface TestCms {
  url: string;
  strapi: { documents(uid: string): { findMany(params: Json): Promise<Json[]> } };
  stop(): Promise<void>;
}
interface Harness {
  bootCms(client: DbClient, env: Record<string, string>): Promise<TestCms>;
}
const harnessFile = path.join(ROOT, 'cms', 'test', 'harness.ts');
// Copies of the old sites' captures (../shared/seeds/, outside this repository): CI clones only the repository.
const SEEDS = path.resolve(ROOT, 'scripts', 'test', 'fixtures', 'seeds');
const WXR = path.resolve(ROOT, 'scripts', 'test', 'fixtures', 'wxr', 'export.xml');
const TOKEN = 'nhap-thu-0123456789abcdef0123456789abcdef';
const run = promisify(execFile);

export function defineImportSuite(client: DbClient): void {
  let cms: TestCms;
  let work: string;

  /** Runs the import script; the first argument is the source folder, as on the command line. */
  async function importer(...args: string[]): Promise<{ out: string; report: string }> {
    const report = path.join(work, `bao-cao-${Math.random().toString(36).slice(2)}.tsv`);
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'scripts', 'src', 'import.ts'), ...args, '--report', report], {
      env: { ...process.env, CMS_URL: cms.url, CMS_IMPORT_TOKEN: TOKEN },
      maxBuffer: 10_000_000,
    });
    return { out: stdout, report: fs.readFileSync(report, 'utf8') };
  }

  /** "| Tạo mới | 3 |" → 3 */
  function tally(out: string, label: string): number {
    const match = new RegExp(`\\| ${label}\\s*\\|\\s*(\\d+) \\|`, 'u').exec(out);
    if (!match) throw new Error(`Không thấy dòng "${label}" trong:\n${out}`);
    return Number(match[1]);
  }

  async function imported(status: 'draft' | 'published' = 'draft'): Promise<Json[]> {
    return cms.strapi
      .documents('api::article.article')
      .findMany({ filters: { legacyUrl: { $notNull: true } }, populate: ['bylines', 'category'], status, sort: 'legacyUrl:asc' });
  }

  const page = (p: { title: string; date: string; views?: string; body: string; author?: string }) => `<!doctype html>
<html><head><meta charset="utf-8"><title>${p.title} | Trang cũ</title></head><body>
<ul class="menu"><li>Trang chủ</li><li>Tin tức</li></ul>
<div class="detail"><h1 class="tieu-de">${p.title}</h1><div class="ngay">${p.date}</div><span class="luot-xem">Lượt xem: ${p.views ?? '0'}</span>
<div class="chuyen-muc">Hoạt động</div><p class="sapo">Sapo của bài ${p.title}.</p>
<div class="noi-dung">${p.body}<div class="chia-se">Chia sẻ Facebook</div></div>
<p class="tac-gia">${p.author ?? ''}</p><p class="chuc-vu">Phóng viên</p></div></body></html>`;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-import-'));
    // Text captures: the three seeds as they are. 000 and 002 print no date line: the operator gives one.
    const captures = path.join(work, 'captures');
    fs.mkdirSync(captures);
    for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(captures, f));
    fs.writeFileSync(
      path.join(work, 'bo-sung.json'),
      JSON.stringify({
        '000_66ea02589e0cf9cf.txt': { url: 'http://cu.dangbo.vn/lich-su-truyen-thong.html', ngay: 'Ngày 17/7/2019' },
        '001_e04c0fec1ba649c7.txt': { url: 'http://cu.dangbo.vn/tin-tuc/doi-moi-sang-tao.html', chuyenMuc: 'Hoạt động' },
        '002_21f094feb210baed.txt': { url: 'http://cu.dangbo.vn/tin-tuc/hoi-nghi-lan-thu-20.html', ngay: 'Ngày 27/6/2024' },
      }),
    );
    fs.writeFileSync(path.join(work, 'chuyen-muc.tsv'), '# tên cũ\tslug mới\nHoạt động\thoat-dong-dang-bo-khoi\n');

    // A saved site (wget --mirror layout: the host is the first folder) whose two articles share a photo.
    const site = path.join(work, 'site');
    fs.mkdirSync(path.join(site, 'cu.dangbo.vn', 'tin-tuc'), { recursive: true });
    fs.mkdirSync(path.join(site, 'cu.dangbo.vn', 'images'));
    const photo = await sharp({ create: { width: 16, height: 12, channels: 3, background: '#b22222' } })
      .png()
      .toBuffer();
    fs.writeFileSync(path.join(site, 'cu.dangbo.vn', 'images', 'hoi-nghi.png'), photo);
    const figure = '<figure><img src="../images/hoi-nghi.png" alt=""><figcaption>Quang cảnh hội nghị. Ảnh: Minh Thùy</figcaption></figure>';
    const file = (name: string, html: string) => fs.writeFileSync(path.join(site, 'cu.dangbo.vn', 'tin-tuc', name), html);
    file(
      'hoi-nghi-1.html',
      page({
        title: 'Hội nghị sơ kết 6 tháng',
        date: 'Thứ 3, 18/8/2020, 14:05 (GMT+7)',
        views: '1.234',
        body: `<p>Đoạn một.</p>${figure}<p>Đoạn <b>hai</b>.</p>`,
        author: 'Nguyễn Văn An',
      }),
    );
    file(
      'hoi-nghi-2.html',
      page({ title: 'Hội nghị tổng kết năm', date: 'Ngày 5/8/2020', body: `<p>Mở đầu.</p>${figure}`, author: 'Trần Thị Bình' }),
    );
    file('sai-thu.html', page({ title: 'Bài có thứ sai', date: 'Thứ Ba, 17/08/2020 08:33', body: '<p>Nội dung.</p>' }));
    file('tieu-de-qua-dai.html', page({ title: `Tiêu đề ${'rất '.repeat(100)}dài`, date: '17/08/2020', body: '<p>Nội dung.</p>' }));
    fs.writeFileSync(
      path.join(work, 'profile.json'),
      JSON.stringify({
        title: '.tieu-de',
        dateLine: '.ngay',
        viewCount: '.luot-xem',
        category: '.chuyen-muc',
        summary: '.sapo',
        body: '.noi-dung',
        remove: '.chia-se',
        byline: '.tac-gia',
        bylinePosition: '.chuc-vu',
        captions: 'figcaption',
      }),
    );

    // A WordPress export with a copy of its uploads folder beside it (the photo differs from the site's).
    const wp = path.join(work, 'wp');
    fs.mkdirSync(path.join(wp, 'wp-content', 'uploads', '2020', '08'), { recursive: true });
    fs.writeFileSync(path.join(wp, 'export.xml'), fs.readFileSync(WXR, 'utf8').replace('TIEU_DE_DAI', `${'rất '.repeat(100)}dài`));
    const wpPhoto = await sharp({ create: { width: 16, height: 12, channels: 3, background: '#1e4d8c' } })
      .png()
      .toBuffer();
    fs.writeFileSync(path.join(wp, 'wp-content', 'uploads', '2020', '08', 'hoi-nghi.png'), wpPhoto);

    const { bootCms } = (await import(harnessFile)) as Harness;
    cms = await bootCms(client, { CMS_IMPORT_TOKEN: TOKEN });
  });

  afterAll(async () => {
    await cms?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  const capturesArgs = () => [
    path.join(work, 'captures'),
    '--overrides',
    path.join(work, 'bo-sung.json'),
    '--categories',
    path.join(work, 'chuyen-muc.tsv'),
  ];
  const siteArgs = () => [
    path.join(work, 'site'),
    '--profile',
    path.join(work, 'profile.json'),
    '--categories',
    path.join(work, 'chuyen-muc.tsv'),
  ];

  describe(`npm run import (${client})`, () => {
    it('refuses a capture without a date line instead of dating it today', async () => {
      const { out, report } = await importer(path.join(work, 'captures'), '--dry-run', '--categories', path.join(work, 'chuyen-muc.tsv'));
      expect(tally(out, 'Từ chối')).toBe(2);
      expect(report).toContain('000_66ea02589e0cf9cf.txt\ttep:000_66ea02589e0cf9cf.txt\tKhông tìm thấy dòng ngày đăng');
      expect(await imported()).toEqual([]);
    });

    it('a dry run reports what it would do and writes nothing', async () => {
      const captures = await importer(...capturesArgs(), '--dry-run');
      expect(tally(captures.out, 'Tạo mới')).toBe(3);
      const site = await importer(...siteArgs(), '--dry-run');
      expect(tally(site.out, 'Tạo mới')).toBe(2);
      expect(tally(site.out, 'Từ chối')).toBe(2);
      expect(site.report).toMatch(/tieu-de-qua-dai\.html\t[^\t]+\tTiêu đề: dài quá 300 ký tự/u);
      expect(tally(site.out, 'Ảnh sẽ tải lên')).toBe(1);
      expect(site.out).toContain('Chạy thử');
      expect(await imported()).toEqual([]);
    });

    it('imports the seeds with their exact dates, bylines, view counts and categories, as drafts', async () => {
      const { out } = await importer(...capturesArgs());
      expect(tally(out, 'Tạo mới')).toBe(3);
      const [history, renewal, congress] = await imported();
      expect(await imported('published')).toEqual([]);

      expect(renewal!.title).toBe('Đổi mới sáng tạo, xây dựng Đảng bộ trong sạch vững mạnh');
      expect(renewal!.displayDate).toBe('2020-08-17T01:33:00.000Z'); // 08:33 in Vietnam
      expect(renewal!.bylines.map((b: Json) => [b.name, b.position])).toEqual([
        ['Lỳ Lỳ Xá', 'Tỉnh ủy viên, Bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh'],
      ]);
      expect(renewal!.legacyViews).toBe(5717);
      expect(renewal!.category.slug).toBe('hoat-dong-dang-bo-khoi');
      expect(renewal!.summary).toMatch(/^ĐBP - Đổi mới phương thức lãnh đạo/u);
      expect(renewal!.body).not.toMatch(/Bình luận|Tin khác|Lỳ Lỳ Xá\n\nTỉnh ủy viên/u);
      expect(renewal!.body).not.toContain('\u00D0');

      // A day without a time: 00:00 in Vietnam, which the site shows as the day alone.
      expect(congress!.displayDate).toBe('2024-06-26T17:00:00.000Z');
      expect(congress!.title).toBe('Hội nghị Ban Chấp hành Đảng bộ khối Cơ quan-Doanh nghiệp tỉnh (lần thứ 20)');
      expect(congress!.bylines).toEqual([]);
      expect(history!.title).toBe('Lịch sử truyền thống');
      expect(history!.displayDate).toBe('2019-07-16T17:00:00.000Z');
      expect(history!.body).not.toMatch(/Thống kê truy cập|Nhiệt liệt chào mừng/u);
      // The text check reports the seed's typing defects per article and changes none of them.
      expect(out).toContain('Nội dung: Có thể bị dính chữ: "đãlàm" → "đã làm"');
      expect(out).toContain('Nội dung: Thiếu dấu cách sau ".": "động.Đẩy"');
      expect(history!.body).toContain('đãlàm');
      expect(tally(out, 'Bài có cảnh báo chữ')).toBe(1);
    });

    it('imports saved pages with their photo uploaded once, and refuses invalid pages with the reason', async () => {
      const { out, report } = await importer(...siteArgs());
      expect(tally(out, 'Tạo mới')).toBe(2);
      expect(tally(out, 'Từ chối')).toBe(2);
      expect(tally(out, 'Ảnh tải lên')).toBe(1);
      expect(tally(out, 'Ảnh đã có \\(dùng lại\\)')).toBe(1);
      const lines = report.trim().split('\n');
      expect(lines).toHaveLength(3);
      expect(report).toContain(
        'cu.dangbo.vn/tin-tuc/sai-thu.html\thttp://cu.dangbo.vn/tin-tuc/sai-thu.html\tThứ "Thứ Ba" không khớp với ngày 17/8/2020',
      );
      // The CMS's own refusal, by the field's Vietnamese label.
      expect(lines.find((l) => l.startsWith('cu.dangbo.vn/tin-tuc/tieu-de-qua-dai.html'))).toMatch(/Tiêu đề/u);

      const pages = (await imported()).filter((a) => a.legacyUrl.includes('hoi-nghi-'));
      const [first, second] = pages.sort((a, b) => (a.legacyUrl < b.legacyUrl ? -1 : 1));
      expect(first!.legacyUrl).toBe('http://cu.dangbo.vn/tin-tuc/hoi-nghi-1.html');
      expect(first!.displayDate).toBe('2020-08-18T07:05:00.000Z');
      expect(first!.legacyViews).toBe(1234);
      expect(first!.bylines.map((b: Json) => [b.name, b.position])).toEqual([['Nguyễn Văn An', 'Phóng viên']]);
      expect(first!.summary).toBe('Sapo của bài Hội nghị sơ kết 6 tháng.');
      const photo = /!\[Quang cảnh hội nghị\. Ảnh: Minh Thùy\]\((\/uploads\/[^)]+)\)/u.exec(first!.body);
      expect(photo, first!.body).not.toBeNull();
      expect(first!.body).toContain('Đoạn **hai**.');
      expect(first!.body).not.toContain('Chia sẻ');
      // One upload: the second article points at the same file.
      expect(second!.body).toContain(`](${photo![1]})`);
      const res = await fetch(`${cms.url}${photo![1]}`);
      expect(res.status).toBe(200);
    });

    it('a second run changes nothing', async () => {
      const captures = await importer(...capturesArgs());
      expect([tally(captures.out, 'Tạo mới'), tally(captures.out, 'Cập nhật'), tally(captures.out, 'Không đổi')]).toEqual([0, 0, 3]);
      const site = await importer(...siteArgs());
      expect([
        tally(site.out, 'Tạo mới'),
        tally(site.out, 'Cập nhật'),
        tally(site.out, 'Không đổi'),
        tally(site.out, 'Ảnh tải lên'),
      ]).toEqual([0, 0, 2, 0]);
    });

    it('updates only what changed at the source, and --publish publishes; old views count on the site', async () => {
      const file = path.join(work, 'captures', '001_e04c0fec1ba649c7.txt');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Lượt xem: 5717', 'Lượt xem: 5800'));
      const { out } = await importer(...capturesArgs(), '--publish');
      expect(out).toMatch(/Cập nhật: 001_e04c0fec1ba649c7\.txt \(legacyViews, xuất bản\)/u);
      expect(tally(out, 'Cập nhật')).toBe(3);
      const published = await imported('published');
      expect(published.map((a) => a.legacyUrl)).toHaveLength(3);
      const renewal = published.find((a) => a.legacyUrl.endsWith('doi-moi-sang-tao.html'))!;
      const views = (await (await fetch(`${cms.url}/api/interactions/views/${renewal.documentId}`)).json()) as Json;
      expect(views.data.views).toBe(5800);
      // Published now and unchanged: nothing more to do.
      const again = await importer(...capturesArgs(), '--publish');
      expect(tally(again.out, 'Không đổi')).toBe(3);
    });

    it('imports a WordPress export: Vietnam time, author, excerpt, category, one upload per photo; drafts stay drafts', async () => {
      const wxr = path.join(work, 'wp', 'export.xml');
      const categories = ['--categories', path.join(work, 'chuyen-muc.tsv')];
      const dry = await importer(wxr, ...categories, '--dry-run');
      expect([tally(dry.out, 'Tạo mới'), tally(dry.out, 'Từ chối'), tally(dry.out, 'Ảnh sẽ tải lên')]).toEqual([3, 1, 1]);
      expect(dry.out).toContain('Bỏ qua 3 mục không phải bài viết: attachment 201: tệp đính kèm; page 5: trang tĩnh; post 106: thùng rác');
      const wpArticles = async (status: 'draft' | 'published' = 'draft') =>
        (await imported(status)).filter((a) => a.legacyUrl.startsWith('http://wp.dangbo.vn/'));
      expect(await wpArticles()).toEqual([]);

      const { out, report } = await importer(wxr, ...categories, '--publish');
      expect([tally(out, 'Tạo mới'), tally(out, 'Từ chối'), tally(out, 'Ảnh tải lên'), tally(out, 'Ảnh đã có \\(dùng lại\\)')]).toEqual([
        3, 1, 1, 1,
      ]);
      expect(report).toMatch(/export\.xml#104\thttp:\/\/wp\.dangbo\.vn\/2020\/08\/18\/tieu-de-qua-dai\/\t.*Tiêu đề/u);

      const byUrl = new Map((await wpArticles()).map((a) => [a.legacyUrl, a]));
      const renewal = byUrl.get('http://wp.dangbo.vn/2020/08/17/doi-moi-sang-tao/')!;
      expect(renewal.title).toBe('Đổi mới sáng tạo, xây dựng Đảng bộ trong sạch vững mạnh');
      expect(renewal.displayDate).toBe('2020-08-17T01:33:00.000Z');
      expect(renewal.bylines.map((b: Json) => b.name)).toEqual(['Lỳ Lỳ Xá']);
      expect(renewal.summary).toMatch(/^ĐBP - Đổi mới phương thức lãnh đạo/u);
      expect(renewal.category.slug).toBe('hoat-dong-dang-bo-khoi');
      const photo = /!\[Đồng chí Lỳ Lỳ Xá chủ trì Hội nghị\. Ảnh: Minh Thùy\]\((\/uploads\/[^)]+)\)/u.exec(renewal.body);
      expect(photo, renewal.body).not.toBeNull();
      expect(renewal.body).toContain('được **quan tâm** triển khai');
      expect(renewal.body).not.toMatch(/\[caption|\[\/caption/u);

      const congress = byUrl.get('http://wp.dangbo.vn/2024/06/27/hoi-nghi-lan-thu-20/')!;
      expect(congress.displayDate).toBe('2024-06-27T07:05:00.000Z');
      expect(congress.bylines.map((b: Json) => b.name)).toEqual(['Minh Thùy']);
      expect(congress.body).toContain(`![Quang cảnh hội nghị](${photo![1]})`);
      expect(congress.body).toMatch(/^- +Sơ kết 6 tháng đầu năm;$/mu);
      expect(congress.body).not.toContain('wp:');
      expect((await fetch(`${cms.url}${photo![1]}`)).status).toBe(200);

      // The WordPress draft: dated by the site's own clock (no UTC date yet), kept a draft despite --publish.
      const draft = byUrl.get('http://wp.dangbo.vn/?p=103')!;
      expect(draft.displayDate).toBe('2019-07-17T02:00:00.000Z');
      expect(draft.category).toBeNull();
      expect(draft.body).toContain('Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh luôn đoàn kết.');
      expect(out).toMatch(/export\.xml#103 \(bản nháp\)\n {4}Nội dung: Đã chuyển 10 từ từ mã TCVN3 sang Unicode \(§¶ng → Đảng/u);
      expect((await wpArticles('published')).map((a) => a.legacyUrl).sort()).toEqual([
        'http://wp.dangbo.vn/2020/08/17/doi-moi-sang-tao/',
        'http://wp.dangbo.vn/2024/06/27/hoi-nghi-lan-thu-20/',
      ]);

      const again = await importer(wxr, ...categories, '--publish');
      expect([tally(again.out, 'Tạo mới'), tally(again.out, 'Không đổi'), tally(again.out, 'Ảnh tải lên')]).toEqual([0, 3, 0]);
    });
  });
}
