import { describe, expect, it } from 'vitest';
import { createDebouncer } from '../../src/rebuild/debouncer.ts';
import { manualClock } from './manual-clock.ts';

const setup = () => {
  const clock = manualClock(Date.UTC(2025, 5, 5, 1, 0, 0));
  const fired: Array<{ at: number; count: number }> = [];
  const debouncer = createDebouncer({ quietMs: 3000, maxWaitMs: 30_000 }, clock, (count) => fired.push({ at: clock.now(), count }));
  return { clock, fired, debouncer, t0: clock.now() };
};

describe('debouncer (3 s quiet, 30 s at most)', () => {
  it('fires once, 3 s after the last of a burst', () => {
    const { clock, fired, debouncer, t0 } = setup();
    // 20 publishes in 10 s: one every 500 ms.
    for (let i = 0; i < 20; i++) {
      debouncer.touch();
      clock.advance(500);
    }
    expect(fired).toEqual([]);
    clock.advance(2499);
    expect(fired).toEqual([]);
    clock.advance(1);
    expect(fired).toEqual([{ at: t0 + 9500 + 3000, count: 20 }]);
    clock.advance(60_000);
    expect(fired).toHaveLength(1);
  });

  it('fires after 30 s even when changes never stop, then starts a new burst', () => {
    const { clock, fired, debouncer, t0 } = setup();
    for (let i = 0; i < 45; i++) {
      debouncer.touch();
      clock.advance(1000);
    }
    expect(fired[0]).toEqual({ at: t0 + 30_000, count: 30 });
    clock.advance(10_000);
    expect(fired).toHaveLength(2);
    expect(fired[1]!.count).toBe(15);
    expect(fired[1]!.at).toBe(t0 + 44_000 + 3000);
  });

  it('counts the changes a notification carries and reports when it will fire', () => {
    const { clock, fired, debouncer, t0 } = setup();
    expect(debouncer.pending()).toEqual({ count: 0, dueAt: null });
    debouncer.touch(7);
    clock.advance(1000);
    debouncer.touch(2);
    expect(debouncer.pending()).toEqual({ count: 9, dueAt: t0 + 4000 });
    clock.advance(3000);
    expect(fired).toEqual([{ at: t0 + 4000, count: 9 }]);
    expect(debouncer.pending()).toEqual({ count: 0, dueAt: null });
  });

  it('cancel drops what was waiting', () => {
    const { clock, fired, debouncer } = setup();
    debouncer.touch();
    debouncer.cancel();
    clock.advance(60_000);
    expect(fired).toEqual([]);
    expect(clock.pendingTimers()).toBe(0);
  });
});
