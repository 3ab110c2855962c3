import { describe, expect, it } from 'vitest';
import { caddyConfig, legacyRedirects, nginxConfig, redirectPage, staticRedirectFile } from '../src/lib/redirects';
import { urls } from '../src/lib/urls';

const articles = [
  { slug: 'hoi-nghi', legacyUrl: 'http://cu.dangbo.vn/tin-tuc/hoi-nghi.html' },
  { slug: 'doi-moi', legacyUrl: 'https://cu.dangbo.vn/index.php?option=com_content&id=12' },
  { slug: 'chup-lai', legacyUrl: 'tep:001.txt' },
  { slug: 'moi', legacyUrl: null },
  { slug: 'trung', legacyUrl: 'http://khac.vn/tin-tuc/hoi-nghi.html' },
];

describe('legacy redirects', () => {
  it('maps each old http(s) path (query included) to the new page, once', () => {
    expect(legacyRedirects(articles, urls.article)).toEqual([
      { from: '/index.php?option=com_content&id=12', to: '/bai-viet/doi-moi/' },
      { from: '/tin-tuc/hoi-nghi.html', to: '/bai-viet/hoi-nghi/' },
    ]);
  });

  it('writes nginx and Caddy maps with quoted keys', () => {
    const list = legacyRedirects(articles, urls.article);
    expect(nginxConfig(list)).toContain(
      'map $request_uri $dbk_chuyen_huong {\n    default "";\n    "/index.php?option=com_content&id=12" "/bai-viet/doi-moi/";',
    );
    expect(caddyConfig(list)).toContain('    "/tin-tuc/hoi-nghi.html" "/bai-viet/hoi-nghi/"\n');
    expect(caddyConfig(list)).toContain('redir @dbk_chuyen_huong {dbk_chuyen_huong} 301');
    expect(nginxConfig([{ from: '/a"b', to: '/x/' }])).toContain('"/a\\"b" "/x/";');
  });

  it('places static redirect pages only where a static host can serve them', () => {
    expect(staticRedirectFile('/tin-tuc/hoi-nghi.html')).toBe('tin-tuc/hoi-nghi.html');
    expect(staticRedirectFile('/tin-tuc/123')).toBe('tin-tuc/123/index.html');
    expect(staticRedirectFile('/tin-tuc/')).toBe('tin-tuc/index.html');
    expect(staticRedirectFile('/index.php?id=12')).toBeUndefined();
    expect(staticRedirectFile('/tin.php')).toBeUndefined();
    expect(staticRedirectFile('/a/%2E%2E/%2E%2E/etc')).toBeUndefined();
    const html = redirectPage('/bai-viet/hoi-nghi/', 'https://dangbokhoi.example.vn');
    expect(html).toContain('<link rel="canonical" href="https://dangbokhoi.example.vn/bai-viet/hoi-nghi/">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=https://dangbokhoi.example.vn/bai-viet/hoi-nghi/">');
  });
});
