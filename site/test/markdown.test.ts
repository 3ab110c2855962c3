import { describe, expect, it, vi } from 'vitest';
import type { DocumentNumber } from '@dbk/shared-types';
import { markdownToPlainText, renderMarkdown } from '../src/lib/render/markdown.ts';

// The documents "the site knows"; everything else has no page.
const KNOWN: Record<string, string> = {
  '35-nq/tw': '/van-ban/35-nq-tw/',
  '08-qdi/tw': '/van-ban/08-qdi-tw/',
  '2045-qd/duk': '/van-ban/2045-qd-duk/',
};
const documentUrl = (doc: DocumentNumber): string | undefined => KNOWN[doc.key];
const render = (md: string) => renderMarkdown(md, { documentUrl });

/** Every tag of the output, and checks that nothing in it can run script. */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<\s*\/?\s*(script|iframe|object|embed|form|input|svg|math|style|link|meta|base)\b/i);
  for (const tag of html.match(/<[^>]*>/g) ?? []) {
    expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tag).not.toMatch(/\s(style|target|srcdoc|formaction|class(?!="doc-link"))\s*=/i);
    expect(tag).not.toMatch(/(javascript|vbscript|data)\s*:/i);
  }
}

describe('renderMarkdown: sanitising', () => {
  it.each([
    ['script', '<script>alert(1)</script>\n\nChào', 'alert'],
    ['img onerror', '<img src=x onerror=alert(1)>', 'onerror'],
    ['javascript: link', '[x](javascript:alert(1))', 'javascript'],
    ['mixed-case scheme', '[x](JaVaScRiPt:alert(1))', 'alert'],
    ['tab-obfuscated scheme (Markdown)', '[x](jav&#x09;ascript:alert(1))', 'alert'],
    ['tab-obfuscated scheme (HTML)', '<a href="jav&#x09;ascript:alert(1)">x</a>', 'alert'],
    ['entity-encoded scheme', '<a href="&#106;&#97;vascript:alert(1)">x</a>', 'alert'],
    ['leading spaces and newline', '<a href="  java\nscript:alert(1)">x</a>', 'alert'],
    ['vbscript', '<a href="vbscript:msgbox(1)">x</a>', 'msgbox'],
    ['data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', 'alert'],
    ['data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="a">', 'base64'],
    ['iframe', '<iframe src="https://evil.example/" srcdoc="<script>alert(1)</script>">dự phòng</iframe>', 'evil'],
    ['svg onload', '<svg onload=alert(1)><text>x</text></svg>', 'alert'],
    ['style attribute', '<p style="background:url(javascript:alert(1))">đoạn</p>', 'background'],
    ['style element', '<style>body{display:none}</style>', 'display'],
    ['object and embed', '<object data="x.swf"></object><embed src="x.swf">', 'swf'],
    ['form', '<form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(1)">Gửi</button></form>', 'evil'],
    ['onclick on an allowed tag', '<a href="https://example.com/" onclick="alert(1)">x</a>', 'alert'],
    ['math', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>', 'alert'],
  ])('%s', (_name, markdown, payload) => {
    const { html } = render(markdown);
    expectInert(html);
    expect(html).not.toContain(payload);
  });

  it('keeps the text of a refused link, without its href', () => {
    expect(render('[bấm vào đây](javascript:alert(1))').html).toBe('<p><a>bấm vào đây</a></p>');
  });

  it('does not let authors fake a document link class or open new windows', () => {
    const { html } = render('<a href="/x" class="doc-link" target="_blank" rel="opener">x</a>');
    expect(html).toBe('<p><a href="/x">x</a></p>');
  });

  it('demotes h1 to h2: the page owns the only h1', () => {
    const { html } = render('# Tiêu đề lớn\n\n<h1>Khác</h1>\n\n## Mục\n\n###### Nhỏ');
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h2>Tiêu đề lớn</h2>');
    expect(html).toContain('<h2>Khác</h2>');
    expect(html).toContain('<h2>Mục</h2>');
    expect(html).toContain('<h6>Nhỏ</h6>');
  });

  it('marks external links noopener noreferrer, leaves internal, hash and mailto links alone', () => {
    const { html } = render(
      '[Báo](https://nhandan.vn/ "Nhân Dân") [Giới thiệu](/gioi-thieu/) [Mục 1](#muc-1) [Thư](mailto:bbt@example.vn) [CDN](//cdn.example.vn/a.pdf)',
    );
    expect(html).toBe(
      '<p><a href="https://nhandan.vn/" title="Nhân Dân" rel="noopener noreferrer">Báo</a> ' +
        '<a href="/gioi-thieu/">Giới thiệu</a> <a href="#muc-1">Mục 1</a> <a href="mailto:bbt@example.vn">Thư</a> ' +
        '<a href="//cdn.example.vn/a.pdf" rel="noopener noreferrer">CDN</a></p>',
    );
  });

  it('lazy-loads images and keeps only their safe attributes', () => {
    expect(render('![Hội nghị](/uploads/hoi-nghi.jpg "Toàn cảnh")').html).toBe(
      '<p><img src="/uploads/hoi-nghi.jpg" alt="Hội nghị" title="Toàn cảnh" loading="lazy" decoding="async" /></p>',
    );
    expect(render('<img src="https://example.vn/a.png" width="640" height="480" loading="eager" style="x" id="i">').html).toBe(
      '<img src="https://example.vn/a.png" width="640" height="480" loading="lazy" alt="" decoding="async" />',
    );
  });

  it('renders GFM tables, and raw tables with colspan/rowspan', () => {
    const { html } = render('| Đơn vị | Đảng viên |\n|---|---:|\n| Chi bộ 1 | 4.521 |');
    expect(html).toMatch(
      /^<table>\s*<thead>\s*<tr>\s*<th>Đơn vị<\/th>\s*<th>Đảng viên<\/th>\s*<\/tr>\s*<\/thead>\s*<tbody>\s*<tr>\s*<td>Chi bộ 1<\/td>\s*<td>4.521<\/td>/,
    );
    expect(html).not.toContain('align');
    const raw = render('<table><tr><td colspan="2" rowspan="3" style="color:red" onclick="x()">Gộp</td></tr></table>').html;
    expect(raw).toBe('<table><tr><td colspan="2" rowspan="3">Gộp</td></tr></table>');
  });

  it('keeps the allowed inline and block tags', () => {
    const { html } = render(
      '**đậm** *nghiêng* ~~gạch~~ H<sub>2</sub>O x<sup>2</sup> <u>gạch chân</u> <abbr title="Trung ương">TW</abbr> `mã`\n\n> trích dẫn\n\n---\n\n1. một\n2. hai\n\n<figure><img src="/a.jpg" alt=""><figcaption>Chú thích</figcaption></figure>',
    );
    for (const fragment of [
      '<strong>đậm</strong>',
      '<em>nghiêng</em>',
      '<s>gạch</s>',
      '<sub>2</sub>',
      '<sup>2</sup>',
      '<u>gạch chân</u>',
      '<abbr title="Trung ương">TW</abbr>',
      '<code>mã</code>',
      '<blockquote>',
      '<hr />',
      '<ol>',
      '<li>một</li>',
      '<figure>',
      '<figcaption>Chú thích</figcaption>',
    ]) {
      expect(html).toContain(fragment);
    }
  });

  it('keeps Vietnamese text intact, in NFC', () => {
    const text =
      'Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh: “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” – ổn định, phát triển.';
    expect(render(text).html).toBe(`<p>${text}</p>`);
    // Decomposed input (macOS, some PDFs) and the look-alike Ð come out composed and as Đ.
    const decomposed = 'Đảng bộ Khối'.normalize('NFD');
    expect(decomposed).not.toBe('Đảng bộ Khối');
    expect(render(decomposed).html).toBe('<p>Đảng bộ Khối</p>');
    expect(render('\u00D0ẢNG BỘ').html).toBe('<p>ĐẢNG BỘ</p>');
  });

  it('escapes text correctly', () => {
    expect(render('A &amp; B, 1 < 2 > 0, "trích"').html).toBe('<p>A &amp; B, 1 &lt; 2 &gt; 0, "trích"</p>');
  });

  it('treats an empty or missing body as empty', () => {
    expect(render('')).toEqual({ html: '', citedKeys: [] });
    expect(render(null as unknown as string)).toEqual({ html: '', citedKeys: [] });
  });
});

describe('renderMarkdown: document links', () => {
  it('links known party document numbers and reports them in order', () => {
    const { html, citedKeys } = render('Thực hiện Nghị quyết số 35-NQ/TW, Quy định 08-QĐi/TW và Quyết định số 2045-QĐ/ĐUK.');
    expect(html).toBe(
      '<p>Thực hiện Nghị quyết số <a href="/van-ban/35-nq-tw/" class="doc-link">35-NQ/TW</a>, ' +
        'Quy định <a href="/van-ban/08-qdi-tw/" class="doc-link">08-QĐi/TW</a> và ' +
        'Quyết định số <a href="/van-ban/2045-qd-duk/" class="doc-link">2045-QĐ/ĐUK</a>.</p>',
    );
    expect(citedKeys).toEqual(['35-nq/tw', '08-qdi/tw', '2045-qd/duk']);
  });

  it('leaves unknown documents as text', () => {
    const { html, citedKeys } = render('Kết luận 01-KL/TW và Nghị quyết số 35-NQ/TW.');
    expect(html).toBe('<p>Kết luận 01-KL/TW và Nghị quyết số <a href="/van-ban/35-nq-tw/" class="doc-link">35-NQ/TW</a>.</p>');
    expect(citedKeys).toEqual(['35-nq/tw']);
  });

  it('links nothing when documentUrl returns undefined or is not given', () => {
    const text = 'Nghị quyết số 35-NQ/TW, Quy định 08-QĐi/TW, Quyết định số 2045-QĐ/ĐUK.';
    expect(renderMarkdown(text, { documentUrl: () => undefined })).toEqual({ html: `<p>${text}</p>`, citedKeys: [] });
    expect(renderMarkdown(text)).toEqual({ html: `<p>${text}</p>`, citedKeys: [] });
  });

  it('does not link inside an existing link, inline code or a code block', () => {
    const { html, citedKeys } = render(
      '[Nghị quyết số 35-NQ/TW](/tin-tuc/bai-1/) và <a href="/x">bản <strong>08-QĐi/TW</strong></a>, `2045-QĐ/ĐUK`\n\n```\n35-NQ/TW\n```',
    );
    expect(html).not.toContain('doc-link');
    expect(html).toContain('<a href="/tin-tuc/bai-1/">Nghị quyết số 35-NQ/TW</a>');
    expect(html).toContain('<code>2045-QĐ/ĐUK</code>');
    expect(html).toContain('<pre><code>35-NQ/TW\n</code></pre>');
    expect(citedKeys).toEqual([]);
  });

  it('links inside emphasis, headings and table cells', () => {
    const { html } = render('## Về 35-NQ/TW\n\n**08-QĐi/TW**\n\n| Văn bản |\n|---|\n| 2045-QĐ/ĐUK |');
    expect(html).toContain('<h2>Về <a href="/van-ban/35-nq-tw/" class="doc-link">35-NQ/TW</a></h2>');
    expect(html).toContain('<strong><a href="/van-ban/08-qdi-tw/" class="doc-link">08-QĐi/TW</a></strong>');
    expect(html).toContain('<td><a href="/van-ban/2045-qd-duk/" class="doc-link">2045-QĐ/ĐUK</a></td>');
  });

  it('keeps offsets right around entities', () => {
    expect(render('R&D & <35-NQ/TW> "x" & 08-QĐi/TW').html).toBe(
      '<p>R&amp;D &amp; &lt;<a href="/van-ban/35-nq-tw/" class="doc-link">35-NQ/TW</a>&gt; "x" &amp; ' +
        '<a href="/van-ban/08-qdi-tw/" class="doc-link">08-QĐi/TW</a></p>',
    );
  });

  it('reports each document once, looks it up once, and links every mention', () => {
    const lookup = vi.fn(documentUrl);
    const { html, citedKeys } = renderMarkdown('35-NQ/TW, 08-QĐi/TW\n\nLại 35-NQ/TW và 35 - NQ/TW.', { documentUrl: lookup });
    expect(html.match(/class="doc-link"/g)).toHaveLength(4);
    expect(citedKeys).toEqual(['35-nq/tw', '08-qdi/tw']);
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('gives the lookup the kind and date each mention is written with, so the same number can link apart', () => {
    const seen: string[] = [];
    const { html } = renderMarkdown('Quy định số 38-QĐ/TU, ngày 08/4/2019 và Nghị quyết 01-NQ/ĐUK; lại **01-NQ/ĐUK ngày 28/8/2020**.', {
      documentUrl: (c) => {
        seen.push(`${c.canonical} ${c.documentKind} ${c.date}`);
        return c.date === '2020-08-28' ? '/van-ban/cu/' : '/van-ban/moi/';
      },
    });
    expect(seen).toEqual(['38-QĐ/TU quy_dinh 2019-04-08', '01-NQ/ĐUK nghi_quyet null', '01-NQ/ĐUK nghi_quyet 2020-08-28']);
    expect(html).toContain('Nghị quyết <a href="/van-ban/moi/" class="doc-link">01-NQ/ĐUK</a>');
    expect(html).toContain('<strong><a href="/van-ban/cu/" class="doc-link">01-NQ/ĐUK</a> ngày 28/8/2020</strong>');
  });

  it('escapes the URL it is given', () => {
    const { html } = renderMarkdown('35-NQ/TW', { documentUrl: () => '/tim?q=35&x="y"<z>' });
    expect(html).toBe('<p><a href="/tim?q=35&amp;x=&quot;y&quot;&lt;z&gt;" class="doc-link">35-NQ/TW</a></p>');
  });

  it('does not take dates, ranges or URLs for document numbers', () => {
    const { html, citedKeys } = render('Ngày 22/10/2018, tháng 6-7/2024, xem https://example.vn/van-ban/35-NQ/TW');
    expect(html).not.toContain('doc-link');
    expect(citedKeys).toEqual([]);
  });
});

describe('markdownToPlainText', () => {
  const body =
    '# Hội nghị quán triệt\n\nSáng 11/6, **Đảng ủy Khối** tổ chức hội nghị quán triệt [Nghị quyết số 35-NQ/TW](/van-ban/35-nq-tw/).\n\n' +
    '- Nội dung một\n- Nội dung hai\n\n![ảnh](/a.jpg)\n\n<script>alert(1)</script>\n\nR&amp;D &lt;b&gt;';

  it('strips markup and collapses whitespace', () => {
    expect(markdownToPlainText(body)).toBe(
      'Hội nghị quán triệt Sáng 11/6, Đảng ủy Khối tổ chức hội nghị quán triệt Nghị quyết số 35-NQ/TW. Nội dung một Nội dung hai R&D <b>',
    );
  });

  it('keeps words whole across inline tags and separates blocks', () => {
    expect(markdownToPlainText('**35**-NQ/TW\n\nhai  \nba\n\n| a | b |\n|---|---|\n| c | d |')).toBe('35-NQ/TW hai ba a b c d');
  });

  it('cuts at a word boundary with an ellipsis, within maxLength', () => {
    const text = 'Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh tổ chức hội nghị';
    const cut = markdownToPlainText(text, 30);
    expect(cut).toBe('Đảng bộ Khối Cơ quan và Doanh…'); // exactly 30 with the "…"
    expect(cut.length).toBe(30);
    // One character less and "Doanh" no longer fits whole.
    expect(markdownToPlainText(text, 29)).toBe('Đảng bộ Khối Cơ quan và…');
    // Exactly at a word end.
    expect(markdownToPlainText(text, 13)).toBe('Đảng bộ Khối…');
    // No trailing punctuation before the ellipsis.
    expect(markdownToPlainText('Một, hai, ba, bốn, năm', 10)).toBe('Một, hai…');
  });

  it('leaves short text alone and handles degenerate limits', () => {
    expect(markdownToPlainText('Ngắn gọn', 8)).toBe('Ngắn gọn');
    expect(markdownToPlainText('Ngắn gọn', 100)).toBe('Ngắn gọn');
    expect(markdownToPlainText('Ngắn gọn', 0)).toBe('');
    expect(markdownToPlainText('Mộttừrấtdàikhôngcókhoảngtrắng', 10)).toBe('Mộttừrấtd…');
    expect(markdownToPlainText('ab😀cd', 4)).toBe('ab…');
  });

  it('returns NFC text', () => {
    expect(markdownToPlainText('Đảng bộ'.normalize('NFD'))).toBe('Đảng bộ');
  });
});
