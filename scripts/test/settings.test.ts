import { describe, expect, it } from 'vitest';
import { readScriptEnv } from '../src/lib/settings.ts';
import { dataDirFrom, siteServeFrom } from '../src/rebuild/config.ts';

describe("the scripts' environment reader", () => {
  it('takes the defaults when a variable is unset or empty', () => {
    const env = readScriptEnv({ BENCH_DB: '', SITE_PORT: ' ' });
    expect(env).toMatchObject({ BENCH_DB: 'sqlite', BENCH_CONNECTIONS: 50, SITE_PORT: 4321, REBUILD_ALLOW_SHRINK: false });
    expect(siteServeFrom({})).toEqual({ host: '0.0.0.0', port: 4321 });
    expect(dataDirFrom({})).toMatch(/\/var$/);
  });

  it('reads the values it is given', () => {
    const env = readScriptEnv({ BENCH_DB: 'postgres', REBUILD_MIN_ARTICLE_RATIO: '0.8', CMS_URL: 'http://127.0.0.1:1337/' });
    expect(env).toMatchObject({ BENCH_DB: 'postgres', REBUILD_MIN_ARTICLE_RATIO: 0.8, CMS_URL: 'http://127.0.0.1:1337' });
    expect(siteServeFrom({ SITE_HOST: '127.0.0.1', SITE_PORT: '8080' })).toEqual({ host: '127.0.0.1', port: 8080 });
  });

  it('stops on a malformed value, naming the variable and the value', () => {
    // Each of these used to become NaN, the default or "sqlite" without a word.
    expect(() => readScriptEnv({ BENCH_CONNECTIONS: '50x' })).toThrow('BENCH_CONNECTIONS phải là số nguyên ≥ 1, nhận được "50x"');
    expect(() => readScriptEnv({ BENCH_DB: 'postgresql' })).toThrow('BENCH_DB phải là một trong sqlite, postgres, nhận được "postgresql"');
    expect(() => readScriptEnv({ REBUILD_MIN_ARTICLE_RATIO: 'nửa' })).toThrow('REBUILD_MIN_ARTICLE_RATIO phải là số ≥ 0');
    expect(() => readScriptEnv({ REBUILD_ALLOW_SHRINK: 'có' })).toThrow('REBUILD_ALLOW_SHRINK phải là một trong');
    expect(() => readScriptEnv({ CMS_URL: '127.0.0.1:1337' })).toThrow('CMS_URL phải là');
    expect(() => siteServeFrom({ SITE_PORT: 'http' })).toThrow('SITE_PORT phải là số nguyên ≥ 0');
  });
});
