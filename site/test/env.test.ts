import { describe, expect, it } from 'vitest';
import { readSiteEnv } from '../src/env';
import { cmsConfig } from '../src/lib/cms/client';
import { publicCmsUrl } from '../src/lib/public-cms-url';

describe("the site's environment reader", () => {
  it('takes the defaults when a variable is unset or empty', () => {
    const env = readSiteEnv({ SITE_INCREMENTAL: '' });
    expect(env).toMatchObject({ SITE_OUT_DIR: './dist', SITE_INCREMENTAL: true, SITE_TYPES_ONLY: false });
    expect([env.SITE_URL, env.SITE_TODAY, env.CMS_URL]).toEqual([undefined, undefined, undefined]);
  });

  it('reads the values it is given, addresses without their trailing slash', () => {
    const env = readSiteEnv({
      SITE_INCREMENTAL: 'false',
      SITE_TODAY: '2024-06-05',
      CMS_URL: 'http://cms.noi-bo:1337/',
      PUBLIC_CMS_URL: 'https://cms.dangbokhoi.example.vn//',
      STRAPI_BUILD_TOKEN: 'token',
    });
    expect(env).toMatchObject({ SITE_INCREMENTAL: false, SITE_TODAY: '2024-06-05' });
    expect(cmsConfig(env)).toEqual({ url: 'http://cms.noi-bo:1337', token: 'token' });
    expect(publicCmsUrl(env)).toBe('https://cms.dangbokhoi.example.vn');
    expect(publicCmsUrl(readSiteEnv({ CMS_URL: 'http://127.0.0.1:1337' }))).toBe('http://127.0.0.1:1337');
  });

  it('stops on a malformed value, naming the variable and the value', () => {
    // "ture" used to leave incremental builds on, and a CMS address without http:// failed much later.
    expect(() => readSiteEnv({ SITE_INCREMENTAL: 'ture' })).toThrow('SITE_INCREMENTAL phải là một trong');
    expect(() => readSiteEnv({ SITE_TODAY: '5/6/2024' })).toThrow('SITE_TODAY phải là ngày dạng YYYY-MM-DD, nhận được "5/6/2024"');
    expect(() => readSiteEnv({ MEDIA_URL: 'cdn.example.vn' })).toThrow('MEDIA_URL phải là một địa chỉ URL');
    // The fast lane's base: a relative folder would depend on where the build runs from.
    expect(() => readSiteEnv({ SITE_FAST_BASE: 'var/releases/1' })).toThrow('SITE_FAST_BASE phải là đường dẫn tuyệt đối');
    expect(readSiteEnv({ SITE_FAST_BASE: ' /srv/releases/1 ' }).SITE_FAST_BASE).toBe('/srv/releases/1');
  });

  it('says which variable the build misses', () => {
    expect(() => cmsConfig(readSiteEnv({ STRAPI_BUILD_TOKEN: 't' }))).toThrow('Thiếu CMS_URL');
    expect(() => cmsConfig(readSiteEnv({ CMS_URL: 'http://127.0.0.1:1337' }))).toThrow('Thiếu STRAPI_BUILD_TOKEN');
  });
});
