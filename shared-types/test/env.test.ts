import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EnvError, envChoice, envDay, envNumber, envReader, envSwitch, envText, envUrl, envWhole, readEnv } from '../src/env.js';

const schema = z.object({
  NAME: envText('mac-dinh'),
  ON: envSwitch(true),
  MAYBE: envSwitch(undefined),
  COUNT: envWhole(3, 1),
  RATIO: envNumber(0.5),
  KIND: envChoice(['sqlite', 'postgres'], 'sqlite'),
  URL: envUrl(),
  DAY: envDay(),
});

describe('environment field kinds', () => {
  it('gives the defaults for unset or blank variables', () => {
    expect(readEnv(schema, { ON: '', COUNT: '  ' })).toEqual({
      NAME: 'mac-dinh',
      ON: true,
      MAYBE: undefined,
      COUNT: 3,
      RATIO: 0.5,
      KIND: 'sqlite',
      URL: undefined,
      DAY: undefined,
    });
  });

  it('reads good values', () => {
    const env = readEnv(schema, {
      NAME: ' x ',
      ON: 'OFF',
      MAYBE: 'yes',
      COUNT: '7',
      RATIO: '0.25',
      KIND: 'Postgres',
      URL: 'https://a.vn/b/',
      DAY: '2024-06-05',
    });
    expect(env).toEqual({
      NAME: 'x',
      ON: false,
      MAYBE: true,
      COUNT: 7,
      RATIO: 0.25,
      KIND: 'postgres',
      URL: 'https://a.vn/b',
      DAY: '2024-06-05',
    });
  });

  it('refuses every malformed value at once, each by its name and value', () => {
    let error: unknown;
    try {
      readEnv(schema, { ON: 'ture', COUNT: '0', RATIO: 'nửa', KIND: 'mysql', URL: 'a.vn', DAY: '5/6/2024' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as EnvError).problems).toEqual([
      'ON phải là một trong 1, true, yes, on, 0, false, no, off, nhận được "ture"',
      'COUNT phải là số nguyên ≥ 1, nhận được "0"',
      'RATIO phải là số ≥ 0, nhận được "nửa"',
      'KIND phải là một trong sqlite, postgres, nhận được "mysql"',
      'URL phải là một địa chỉ URL (ví dụ https://ten-mien.vn), nhận được "a.vn"',
      'DAY phải là ngày dạng YYYY-MM-DD, nhận được "5/6/2024"',
    ]);
    expect(() => readEnv(schema, { URL: 'ftp://a.vn' })).toThrow('URL phải là địa chỉ bắt đầu bằng http:// hoặc https://');
    expect(() => readEnv(schema, { COUNT: '2.5' })).toThrow('COUNT phải là số nguyên ≥ 1, nhận được "2.5"');
  });

  it('parses again only when one of its variables changed', () => {
    const read = envReader(schema);
    const source: Record<string, string | undefined> = { COUNT: '4', UNRELATED: 'a' };
    const first = read(source);
    source.UNRELATED = 'b';
    expect(read(source)).toBe(first);
    source.COUNT = '5';
    expect(read(source).COUNT).toBe(5);
    source.COUNT = 'x';
    expect(() => read(source)).toThrow('COUNT');
  });
});
