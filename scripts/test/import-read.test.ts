// The importer's readers without a CMS: what they keep of a page and what they leave out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCapture } from '../src/import/capture.ts';
import { mapCategory } from '../src/import/categories.ts';
import { readHtml } from '../src/import/html.ts';
import { fallbackUrl } from '../src/import/sources.ts';
import { parseWxr, readWxrPost, wpToHtml, wxrDateLine } from '../src/import/wxr.ts';

describe('readCapture', () => {
  it('keeps title, date line, sapo, body and the byline with its position; drops the furniture', () => {
    const page = readCapture(
      'a.txt',
      'tep:a.txt',
      'Tên trang\n\nTiêu đề bài\n\nNgày 5 / 8 / 2020 Lượt xem: 1.234\n\nSapo.\n\n- Một ý.\n\n1. Hai ý.\n\nNguyễn Văn An\n\nPhó Bí thư Đảng ủy Khối\n\nBình luận\n\nTin khác\n\nBài khác',
    );
    expect(page).toMatchObject({ title: 'Tiêu đề bài', dateLine: 'Ngày 5 / 8 / 2020 Lượt xem: 1.234', viewCount: 1234, summary: 'Sapo.' });
    expect(page.bylines).toEqual([{ name: 'Nguyễn Văn An', position: 'Phó Bí thư Đảng ủy Khối' }]);
    // Plain text that Markdown would read as a list is escaped.
    expect(page.body).toBe('\\- Một ý.\n\n1\\. Hai ý.');
  });

  it('reads a date printed above the title', () => {
    const page = readCapture('a.txt', 'tep:a.txt', 'Thứ Hai, 17/08/2020 08:33\n\nTiêu đề\n\nĐoạn một.');
    expect(page).toMatchObject({ title: 'Tiêu đề', dateLine: 'Thứ Hai, 17/08/2020 08:33', body: 'Đoạn một.' });
  });

  it('does not take a last sentence for a byline', () => {
    const page = readCapture('a.txt', 'tep:a.txt', 'Tiêu đề\n\n17/08/2020\n\nĐoạn một.\n\nĐoạn cuối kết thúc bằng dấu chấm.');
    expect(page.bylines).toEqual([]);
  });
});

describe('readHtml without a profile', () => {
  it('finds the article with Readability and the date in the page meta', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-read-'));
    const paragraph = 'Đảng ủy Khối tổ chức triển khai, quán triệt và thực hiện tốt Nghị quyết; chỉ đạo, hướng dẫn cơ sở học tập. '.repeat(
      4,
    );
    const html = `<html><head><title>Hội nghị Ban Chấp hành</title><meta property="article:published_time" content="2020-08-17T08:33:00+07:00">
      <link rel="canonical" href="https://cu.dangbo.vn/bai/123"></head><body><nav>Trang chủ | Tin tức</nav>
      <article><h1>Hội nghị Ban Chấp hành</h1><p>${paragraph}</p><p>${paragraph}</p></article><footer>Bản quyền</footer></body></html>`;
    const page = readHtml({ file: 'x/bai.html', absolute: path.join(root, 'x', 'bai.html'), root, html, fallbackUrl: 'tep:x' }, {});
    expect(page.title).toBe('Hội nghị Ban Chấp hành');
    expect(page.legacyUrl).toBe('https://cu.dangbo.vn/bai/123');
    expect(page.dateLine).toBe('17/08/2020 08:33 (GMT+7)');
    expect(page.body).toContain('Đảng ủy Khối tổ chức triển khai');
    expect(page.body).not.toMatch(/Trang chủ|Bản quyền/u);
    // A UTC time in the meta is written as Việt Nam's wall clock (late evening UTC is the next day).
    const utc = html.replace('2020-08-17T08:33:00+07:00', '2020-08-16T18:05:00Z');
    expect(
      readHtml({ file: 'x/bai.html', absolute: path.join(root, 'x', 'bai.html'), root, html: utc, fallbackUrl: 'tep:x' }, {}).dateLine,
    ).toBe('17/08/2020 01:05');
  });
});

describe('old addresses and categories', () => {
  it('rebuilds the address from a wget mirror folder, or from --base-url', () => {
    expect(fallbackUrl({ kind: 'html', relative: 'cu.dangbo.vn/tin/a.html', absolute: '' }, undefined)).toBe(
      'http://cu.dangbo.vn/tin/a.html',
    );
    expect(fallbackUrl({ kind: 'html', relative: 'tin/index.html', absolute: '' }, 'https://cu.vn/goc')).toBe('https://cu.vn/goc/tin/');
    expect(fallbackUrl({ kind: 'capture', relative: 'a.txt', absolute: '' }, undefined)).toBe('tep:a.txt');
  });

  it('maps categories by the table, case-insensitively, and refuses unknown ones', () => {
    const table = new Map([['hoạt động', 'hoat-dong']]);
    expect(mapCategory(table, 'HOẠT ĐỘNG')).toEqual({ slug: 'hoat-dong' });
    expect(mapCategory(table, 'Khác').error).toBe('Chuyên mục cũ "Khác" chưa có trong bảng chuyên mục');
    expect(mapCategory(new Map([...table, ['*', 'tin-tuc']]), 'Khác')).toEqual({ slug: 'tin-tuc' });
  });
});

describe('WordPress export (WXR)', () => {
  const xml = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'wxr', 'export.xml'), 'utf8');

  it('keeps posts, skips attachments, pages and the trash, and maps authors to their display names', () => {
    const { posts, skipped } = parseWxr(xml);
    expect(posts.map((p) => [p.id, p.author, p.categories, p.draft])).toEqual([
      ['101', 'Lỳ Lỳ Xá', ['Hoạt động'], false],
      ['102', 'Minh Thùy', ['Hoạt động'], false],
      ['103', 'Minh Thùy', [], true],
      ['104', 'Minh Thùy', [], false],
    ]);
    expect(skipped).toEqual(['attachment 201: tệp đính kèm', 'page 5: trang tĩnh', 'post 106: thùng rác']);
  });

  it('dates posts in Vietnam time from the UTC date, else the site clock, else pubDate', () => {
    expect(wxrDateLine({ dateGmt: '2020-08-17 01:33:00', dateLocal: '2020-08-17 08:33:00', pubDate: '' })).toBe('17/08/2020 08:33');
    expect(wxrDateLine({ dateGmt: '0000-00-00 00:00:00', dateLocal: '2019-07-17 09:00:00', pubDate: '' })).toBe('17/07/2019 09:00');
    expect(wxrDateLine({ dateGmt: '', dateLocal: '', pubDate: 'Mon, 31 Dec 2018 20:15:00 +0000' })).toBe('01/01/2019 03:15');
    expect(wxrDateLine({ dateGmt: '', dateLocal: '', pubDate: '' })).toBeUndefined();
  });

  it('turns WordPress paragraphs and [caption] shortcodes into HTML', () => {
    expect(wpToHtml('Một.\n\n[caption id="a"]<img src="a.png" /> Chú thích[/caption]\n\nHai\nba.')).toBe(
      '<p>Một.</p>\n<figure><img src="a.png" /><figcaption>Chú thích</figcaption></figure>\n<p>Hai<br>ba.</p>',
    );
  });

  it('reads a post with its photo from the uploads folder beside the export, and refuses a photo found nowhere', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-wxr-'));
    fs.mkdirSync(path.join(root, 'wp-content', 'uploads', '2020', '08'), { recursive: true });
    fs.writeFileSync(path.join(root, 'wp-content', 'uploads', '2020', '08', 'hoi-nghi.png'), 'png');
    const [post, second] = parseWxr(xml).posts;
    const page = await readWxrPost(post!, 'export.xml#101', path.join(root, 'export.xml'));
    expect(page).toMatchObject({
      title: 'Đổi mới sáng tạo, xây dựng Đảng bộ trong sạch vững mạnh',
      dateLine: '17/08/2020 08:33',
      category: 'Hoạt động',
    });
    expect(page.photos).toEqual([
      {
        token: 'dbk-anh-1',
        file: path.join(root, 'wp-content', 'uploads', '2020', '08', 'hoi-nghi.png'),
        caption: 'Đồng chí Lỳ Lỳ Xá chủ trì Hội nghị. Ảnh: Minh Thùy',
      },
    ]);
    expect(page.body).toContain('![Đồng chí Lỳ Lỳ Xá chủ trì Hội nghị. Ảnh: Minh Thùy](dbk-anh-1)');
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-wxr-'));
    await expect(readWxrPost(second!, 'export.xml#102', path.join(empty, 'export.xml'))).rejects.toThrow(
      /Ảnh \/wp-content\/uploads\/2020\/08\/hoi-nghi\.png: không có trong thư mục cạnh tệp xuất/u,
    );
  });
});
