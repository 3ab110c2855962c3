import type { AstroIntegration } from 'astro';
import { siteEnv, type SiteEnv } from '../env';

/**
 * A production build must know its public address: without SITE_URL every canonical URL, the
 * sitemap, the RSS and the sharing tags would say "localhost" and nobody would be told. `astro dev`,
 * `astro check` and `astro preview` (a local look at a build) keep the local default; `astro build`
 * refuses to start, naming the variable. A malformed address is refused by the reader (env.ts),
 * whatever the command.
 */
export function siteUrlRequired(env: SiteEnv = siteEnv()): AstroIntegration {
  return {
    name: 'dbk:site-url-required',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && !env.SITE_URL)
          throw new Error(
            'Thiếu SITE_URL: bản dựng cần địa chỉ công khai của trang (ví dụ https://dangbokhoi.example.vn) để ghi địa chỉ chuẩn, sơ đồ trang và RSS.',
          );
      },
    },
  };
}
