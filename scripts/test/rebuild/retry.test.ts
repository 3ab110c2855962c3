import { describe, expect, it } from 'vitest';
import { createRetry } from '../../src/rebuild/retry.ts';
import { manualClock } from './manual-clock.ts';

const setup = () => {
  const clock = manualClock(Date.UTC(2025, 5, 5, 1, 0, 0));
  const tries: Array<{ at: number; reasons: string[] }> = [];
  const retry = createRetry({ baseMs: 5000, maxMs: 300_000 }, clock, (reasons) => tries.push({ at: clock.now(), reasons }));
  return { clock, tries, retry, t0: clock.now() };
};

describe('retry of failed builds (5 s doubling, 5 min at most)', () => {
  it('tries again after 5, 10, 20 s... and never waits more than 5 minutes', () => {
    const { clock, tries, retry, t0 } = setup();
    let at = t0;
    const waits: number[] = [];
    for (let failure = 1; failure <= 9; failure++) {
      retry.failed([`lần ${failure}`], 'CMS không trả lời');
      const next = retry.state().nextTryAt!;
      waits.push(next - at);
      clock.advance(next - clock.now() - 1);
      expect(tries, `not before the try ${failure} is due`).toHaveLength(failure - 1);
      clock.advance(1);
      expect(tries).toHaveLength(failure);
      at = clock.now();
    }
    expect(waits).toEqual([5000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
  });

  it('shows what is pending, the attempts, the last error and the next try', () => {
    const { clock, retry, t0 } = setup();
    expect(retry.state()).toEqual({ pending: [], attempts: 0, lastError: null, nextTryAt: null });
    retry.failed(['1 thay đổi từ CMS'], 'fetch failed');
    expect(retry.state()).toEqual({ pending: ['1 thay đổi từ CMS'], attempts: 1, lastError: 'fetch failed', nextTryAt: t0 + 5000 });
    expect(retry.waiting()).toBe(true);
    clock.advance(1000);
    retry.merge(['2 thay đổi từ CMS']);
    expect(retry.state().pending).toEqual(['1 thay đổi từ CMS', '2 thay đổi từ CMS']);
  });

  it('merges changes that arrive while waiting into the next try', () => {
    const { clock, tries, retry } = setup();
    retry.failed(['1 thay đổi từ CMS'], 'fetch failed');
    clock.advance(2000);
    retry.merge(['3 thay đổi từ CMS', '1 thay đổi từ CMS']);
    clock.advance(3000);
    expect(tries.map((t) => t.reasons)).toEqual([['1 thay đổi từ CMS', '3 thay đổi từ CMS']]);
    expect(retry.state().pending).toEqual([]);
    expect(retry.waiting()).toBe(false);
    // The try failed too: the same changes wait again, twice as long.
    retry.failed(tries[0]!.reasons, 'fetch failed');
    expect(retry.state()).toMatchObject({ attempts: 2, pending: ['1 thay đổi từ CMS', '3 thay đổi từ CMS'] });
    expect(retry.state().nextTryAt! - clock.now()).toBe(10_000);
  });

  it('a success clears the count and the error; changes still waiting are built at once', () => {
    const { clock, tries, retry } = setup();
    retry.failed(['a'], 'lỗi');
    clock.advance(5000);
    expect(tries).toHaveLength(1);
    retry.succeeded();
    expect(retry.state()).toEqual({ pending: [], attempts: 0, lastError: null, nextTryAt: null });
    clock.advance(600_000);
    expect(tries).toHaveLength(1);

    // Another build (the nightly one) succeeds while a try waits with changes: they go now.
    retry.failed(['b'], 'lỗi');
    retry.succeeded();
    expect(tries.map((t) => t.reasons)).toEqual([['a'], ['b']]);
    expect(retry.waiting()).toBe(false);
    clock.advance(600_000);
    expect(tries).toHaveLength(2);
  });
});
