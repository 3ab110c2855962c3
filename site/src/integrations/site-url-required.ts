import type { AstroIntegration } from 'astro';

/**
 * A production build must know its public address: without SITE_URL every canonical URL, the
 * sitemap, the RSS and the sharing tags would say "localhost" and nobody would be told. `astro dev`
 * and `astro check` keep the local default; `astro build` refuses to start, naming the variable.
 */
export function siteUrlRequired(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'dbk:site-url-required',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const raw = env.SITE_URL?.trim();
        if (!raw)
          throw new Error(
            'Thiếu SITE_URL: bản dựng cần địa chỉ công khai của trang (ví dụ https://dangbokhoi.example.vn) để ghi địa chỉ chuẩn, sơ đồ trang và RSS.',
          );
        let url: URL;
        try {
          url = new URL(raw);
        } catch {
          throw new Error(`SITE_URL không phải địa chỉ hợp lệ: "${raw}".`);
        }
        if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL phải bắt đầu bằng http:// hoặc https://, nhận "${raw}".`);
      },
    },
  };
}
