// A tag left open in a body (an embed code cut short, a <style> or comment pasted from Word)
// costs that tag only: every sentence around it is still on the page.
import { describe, expect, it } from 'vitest';
import { markdownToPlainText, renderMarkdown } from '../src/lib/render/markdown.ts';

const BEFORE = 'Sáng 17/8, Đảng bộ Khối tổ chức hội nghị sơ kết.';
const AFTER = [
  'Đồng chí Bí thư phát biểu chỉ đạo hội nghị.',
  'Các chi bộ báo cáo kết quả thực hiện nghị quyết.',
  'Hội nghị bế mạc lúc 11 giờ cùng ngày.',
];

// Each payload class, as it is pasted: on a line of its own and inside a sentence.
const PAYLOADS: [string, string][] = [
  ['unclosed iframe', '<iframe src="https://www.youtube.com/embed/abc" width="560" height="315" allowfullscreen>'],
  ['unclosed svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="window.__pwned=1">'],
  ['unclosed object', '<object data="bao-cao.swf" type="application/x-shockwave-flash">'],
  ['unclosed style', '<style>p { display: none }'],
  ['unclosed comment', '<!-- [if gte mso 9]><xml><w:WordDocument>'],
  ['unclosed script', '<script>window.__pwned = 1;'],
];

/** Every sentence, in order, in the visible text of the rendered body. */
function expectAllSentences(markdown: string): string {
  const { html } = renderMarkdown(markdown);
  const text = markdownToPlainText(markdown);
  let from = 0;
  for (const sentence of [BEFORE, ...AFTER]) {
    const at = text.indexOf(sentence, from);
    expect(at, `"${sentence}" in ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
    from = at + sentence.length;
  }
  // Nothing of the payload can run: no element, no comment, no handler.
  expect(html).not.toMatch(/<\s*(iframe|svg|object|style|script)\b|<!--|\sonload\s*=/iu);
  return html;
}

describe('renderMarkdown: an unclosed tag costs only itself', () => {
  it.each(PAYLOADS)('%s on a line of its own', (_name, payload) => {
    const html = expectAllSentences([BEFORE, payload, ...AFTER].join('\n\n'));
    // The Markdown after it is still Markdown: one paragraph per sentence.
    for (const sentence of AFTER) expect(html).toContain(`<p>${sentence}</p>`);
    // A raw-text element's own line (CSS, script, a Word comment) goes with it.
    expect(html).not.toMatch(/display: none|__pwned|mso 9/u);
  });

  it.each(PAYLOADS)('%s followed directly by text', (_name, payload) => {
    expectAllSentences(`${BEFORE}\n\n${payload}\n${AFTER[0]}\n\n${AFTER.slice(1).join('\n\n')}`);
  });

  it.each(PAYLOADS)('%s inside a sentence', (_name, payload) => {
    expectAllSentences(`${BEFORE} ${payload} ${AFTER[0]}\n\n${AFTER.slice(1).join('\n\n')}`);
  });

  it('keeps the formatting of the text after an unclosed tag', () => {
    const { html } = renderMarkdown(`<iframe src="https://example.vn/">\n\n**${AFTER[0]}**\n\n- ${AFTER[1]}`);
    expect(html).toBe(`<p><strong>${AFTER[0]}</strong></p>\n<ul>\n<li>${AFTER[1]}</li>\n</ul>`);
  });

  it('still drops a closed embed with its fallback content, and keeps the text around it', () => {
    const { html } = renderMarkdown(
      `${BEFORE}\n\n<iframe src="https://example.vn/">Trình duyệt không hỗ trợ khung</iframe>\n\n<style>p{color:red}</style>\n\n<!-- ghi chú nội bộ -->\n\n${AFTER[0]}`,
    );
    expect(html.replace(/\n+/gu, '\n')).toBe(`<p>${BEFORE}</p>\n<p>${AFTER[0]}</p>`);
  });

  it('handles several unclosed tags in one body', () => {
    expectAllSentences(`${BEFORE}\n\n${PAYLOADS.map(([, p]) => p).join('\n\n')}\n\n${AFTER.join('\n\n')}`);
  });
});
