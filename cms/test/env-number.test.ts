import { describe, expect, it } from 'vitest';
import { envInt } from '../src/lib/env-number';

describe('numbers from the environment', () => {
  it('takes the default only when the variable is unset or empty', () => {
    expect(envInt({}, 'NOTIFY_BATCH_MS', 1000)).toBe(1000);
    expect(envInt({ NOTIFY_BATCH_MS: ' ' }, 'NOTIFY_BATCH_MS', 1000)).toBe(1000);
    expect(envInt({ NOTIFY_BATCH_MS: '250' }, 'NOTIFY_BATCH_MS', 1000)).toBe(250);
  });

  it('stops on a malformed value, naming the variable', () => {
    for (const bad of ['1s', '-5', '2.5', 'abc']) {
      expect(() => envInt({ NOTIFY_TIMEOUT_MS: bad }, 'NOTIFY_TIMEOUT_MS', 10_000)).toThrow(
        `NOTIFY_TIMEOUT_MS phải là số nguyên ≥ 0, nhận được "${bad}".`,
      );
    }
  });
});
