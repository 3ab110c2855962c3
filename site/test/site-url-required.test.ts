import { describe, expect, it } from 'vitest';
import { readSiteEnv } from '../src/env';
import { siteUrlRequired } from '../src/integrations/site-url-required';

type Setup = (options: { command: string }) => void;
const setup = (env: Record<string, string | undefined>) =>
  siteUrlRequired(readSiteEnv(env)).hooks['astro:config:setup'] as unknown as Setup;

describe('SITE_URL for a production build', () => {
  it('stops `astro build` without it, naming the variable in Vietnamese', () => {
    expect(() => setup({})({ command: 'build' })).toThrow(/Thiếu SITE_URL/);
    expect(() => setup({ SITE_URL: '  ' })({ command: 'build' })).toThrow(/Thiếu SITE_URL/);
  });

  it('refuses an address that is not an http(s) URL', () => {
    expect(() => setup({ SITE_URL: 'dangbokhoi.example.vn' })({ command: 'build' })).toThrow(
      'SITE_URL phải là một địa chỉ URL (ví dụ https://ten-mien.vn), nhận được "dangbokhoi.example.vn"',
    );
    expect(() => setup({ SITE_URL: 'ftp://dangbokhoi.example.vn' })({ command: 'build' })).toThrow(
      /SITE_URL phải là địa chỉ bắt đầu bằng http:\/\/ hoặc https:\/\//,
    );
  });

  it('lets a build with an address, and dev or check without one, go on', () => {
    expect(() => setup({ SITE_URL: 'https://dangbokhoi.example.vn' })({ command: 'build' })).not.toThrow();
    expect(() => setup({})({ command: 'dev' })).not.toThrow();
    expect(() => setup({})({ command: 'sync' })).not.toThrow();
    expect(() => setup({})({ command: 'preview' })).not.toThrow();
  });
});
