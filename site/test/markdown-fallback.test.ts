// A body that marked or sanitize-html chokes on must still render, as escaped paragraphs.
// Neither library throws on any input we could find, so the failure is simulated.
import { afterEach, describe, expect, it, vi } from 'vitest';

const BODY = 'Nghị quyết số 35-NQ/TW <script>alert(1)</script> & "x"\ndòng hai\n\n\nĐoạn hai';
const EXPECTED =
  '<p>Nghị quyết số <a href="/van-ban/35-nq-tw/" class="doc-link">35-NQ/TW</a> &lt;script&gt;alert(1)&lt;/script&gt; &amp; "x"<br />dòng hai</p>\n<p>Đoạn hai</p>';

async function load() {
  vi.resetModules();
  return import('../src/lib/render/markdown.ts');
}

describe('renderMarkdown fallback', () => {
  afterEach(() => {
    vi.doUnmock('marked');
    vi.doUnmock('sanitize-html');
  });

  it('falls back to escaped paragraphs when marked throws', async () => {
    vi.doMock('marked', () => ({
      Marked: class {
        parse(): string {
          throw new Error('marked chokes');
        }
      },
    }));
    const { renderMarkdown, markdownToPlainText } = await load();
    const result = renderMarkdown(BODY, { documentUrl: (d) => (d.key === '35-nq/tw' ? '/van-ban/35-nq-tw/' : undefined) });
    expect(result).toEqual({ html: EXPECTED, citedKeys: ['35-nq/tw'] });
    expect(markdownToPlainText(BODY)).toBe('Nghị quyết số 35-NQ/TW <script>alert(1)</script> & "x" dòng hai Đoạn hai');
  });

  it('falls back to escaped paragraphs when sanitize-html throws', async () => {
    vi.doMock('sanitize-html', () => ({
      default: () => {
        throw new Error('sanitizer chokes');
      },
    }));
    const { renderMarkdown } = await load();
    expect(renderMarkdown(BODY, { documentUrl: () => '/van-ban/35-nq-tw/' }).html).toBe(EXPECTED);
  });

  it('renders normally again without the mocks', async () => {
    const { renderMarkdown } = await load();
    expect(renderMarkdown('**đậm**').html).toBe('<p><strong>đậm</strong></p>');
  });
});
