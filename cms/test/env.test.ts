import { describe, expect, it } from 'vitest';
import { readCmsEnv } from '../src/lib/env';
import { readSettings } from '../src/lib/interactions/settings';
import { keyPrefix, storeKind } from '../src/lib/shared-store';

describe("the CMS's environment reader", () => {
  it('takes the defaults when a variable is unset or empty', () => {
    const env = readCmsEnv({ NOTIFY_BATCH_MS: ' ', SEED_SAMPLE_CONTENT: '' });
    expect(env.NOTIFY_BATCH_MS).toBe(300);
    expect(env.NOTIFY_RETRY_ATTEMPTS).toBe(6);
    expect(env.SEED_SAMPLE_CONTENT).toBe(true);
    expect(env.REQUEST_LOG).toBeUndefined();
    expect(env.CRON_PUBLISH_RULE).toBe('0 * * * * *');
    expect(readSettings(env)).toMatchObject({ viewWindowMs: 60 * 60_000, commentMinFillMs: 3000, visitsBase: 0 });
    expect([storeKind(env), keyPrefix(env)]).toEqual(['memory', 'dbk']);
  });

  it('reads the values it is given', () => {
    const env = readCmsEnv({
      NOTIFY_BATCH_MS: '250',
      SEED_SAMPLE_CONTENT: 'off',
      REQUEST_LOG: '1',
      READER_VISITS_BASE: '120000',
      REDIS_URL: 'redis://127.0.0.1:6379',
      PREVIEW_URL: 'https://xem-truoc.example.vn/',
    });
    expect(env.NOTIFY_BATCH_MS).toBe(250);
    expect(env.SEED_SAMPLE_CONTENT).toBe(false);
    // Strapi's env.bool would read "1" as false: the project's switches go through the reader.
    expect(env.REQUEST_LOG).toBe(true);
    expect(readSettings(env).visitsBase).toBe(120_000);
    expect(storeKind(env)).toBe('redis');
    expect(env.PREVIEW_URL).toBe('https://xem-truoc.example.vn');
  });

  it('stops on a malformed number, naming the variable and the value', () => {
    for (const bad of ['1s', '-5', '2.5', 'abc']) {
      expect(() => readCmsEnv({ NOTIFY_TIMEOUT_MS: bad })).toThrow(`NOTIFY_TIMEOUT_MS phải là số nguyên ≥ 0, nhận được "${bad}"`);
    }
    expect(() => readCmsEnv({ NOTIFY_RETRY_ATTEMPTS: '0' })).toThrow('NOTIFY_RETRY_ATTEMPTS phải là số nguyên ≥ 1, nhận được "0"');
    expect(() => readCmsEnv({ READER_VIEW_WINDOW_MINUTES: '60m' })).toThrow('READER_VIEW_WINDOW_MINUTES');
  });

  it('stops on an unknown switch word instead of reading it as off', () => {
    expect(() => readCmsEnv({ SEED_SAMPLE_CONTENT: 'ko' })).toThrow(/SEED_SAMPLE_CONTENT phải là một trong 1, true, .*"ko"/);
  });

  it('stops on an address that is not http(s), and names every wrong variable at once', () => {
    expect(() => readCmsEnv({ PREVIEW_URL: 'xem-truoc.example.vn' })).toThrow('PREVIEW_URL phải là một địa chỉ URL');
    expect(() => readCmsEnv({ PREVIEW_URL: 'ftp://xem-truoc.example.vn' })).toThrow('PREVIEW_URL phải là địa chỉ bắt đầu bằng http');
    // The rebuild service's address used to be logged and skipped: the CMS then never told it a thing.
    expect(() => readCmsEnv({ REBUILD_WEBHOOK_URL: '127.0.0.1:4322/hooks/rebuild' })).toThrow('REBUILD_WEBHOOK_URL phải là');
    // In the schema's order, so one restart after fixing them all is enough.
    expect(() => readCmsEnv({ NOTIFY_BATCH_MS: 'x', ADMIN_LOGIN_RATE_MAX: 'y' })).toThrow(
      'Biến môi trường sai: ADMIN_LOGIN_RATE_MAX phải là số nguyên ≥ 1, nhận được "y"; NOTIFY_BATCH_MS phải là số nguyên ≥ 0, nhận được "x".',
    );
  });
});
