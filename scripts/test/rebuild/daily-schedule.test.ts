import { afterEach, describe, expect, it } from 'vitest';
import { nextDailyRun, scheduleDaily } from '../../src/rebuild/daily-schedule.ts';
import { manualClock } from './manual-clock.ts';

const HCM = 'Asia/Ho_Chi_Minh';
const at = { hour: 0, minute: 1 };
const originalTz = process.env.TZ;

describe('daily rebuild just after midnight in Asia/Ho_Chi_Minh', () => {
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('is 00:01 Vietnam time, that is 17:01 UTC, whatever the machine zone', () => {
    for (const tz of ['UTC', 'America/New_York', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati', 'Europe/Paris']) {
      process.env.TZ = tz;
      // 2025-06-05 10:00 UTC = 17:00 in Vietnam: next run 2025-06-05 17:01 UTC (00:01 on the 6th).
      expect(new Date(nextDailyRun(Date.UTC(2025, 5, 5, 10, 0), at, HCM)).toISOString(), tz).toBe('2025-06-05T17:01:00.000Z');
    }
  });

  it('after 00:01 Vietnam time, waits for the next night; exactly at 00:01, too', () => {
    expect(new Date(nextDailyRun(Date.UTC(2025, 5, 5, 17, 1), at, HCM)).toISOString()).toBe('2025-06-06T17:01:00.000Z');
    expect(new Date(nextDailyRun(Date.UTC(2025, 5, 5, 17, 0, 59), at, HCM)).toISOString()).toBe('2025-06-05T17:01:00.000Z');
    // 23:30 on New Year's Eve in Vietnam (16:30 UTC): 00:01 on 1 January.
    expect(new Date(nextDailyRun(Date.UTC(2024, 11, 31, 16, 30), at, HCM)).toISOString()).toBe('2024-12-31T17:01:00.000Z');
    // Just after midnight UTC is already morning in Vietnam.
    expect(new Date(nextDailyRun(Date.UTC(2024, 1, 29, 0, 5), at, HCM)).toISOString()).toBe('2024-02-29T17:01:00.000Z');
  });

  it('follows zones with daylight saving too (the code does not assume a fixed offset)', () => {
    // Paris on the night clocks go forward (30 March 2025): 00:01 is still at +01:00.
    expect(new Date(nextDailyRun(Date.UTC(2025, 2, 29, 12), at, 'Europe/Paris')).toISOString()).toBe('2025-03-29T23:01:00.000Z');
    // The next night is at +02:00.
    expect(new Date(nextDailyRun(Date.UTC(2025, 2, 30, 12), at, 'Europe/Paris')).toISOString()).toBe('2025-03-30T22:01:00.000Z');
  });

  it('runs every night, re-arming from the schedule', () => {
    const clock = manualClock(Date.UTC(2025, 5, 5, 10, 0));
    const runs: string[] = [];
    const planned: string[] = [];
    const stop = scheduleDaily(
      at,
      HCM,
      clock,
      () => runs.push(new Date(clock.now()).toISOString()),
      (n) => planned.push(new Date(n).toISOString()),
    );
    expect(planned).toEqual(['2025-06-05T17:01:00.000Z']);
    clock.advance(3 * 24 * 3600_000);
    expect(runs).toEqual(['2025-06-05T17:01:00.000Z', '2025-06-06T17:01:00.000Z', '2025-06-07T17:01:00.000Z']);
    stop();
    clock.advance(2 * 24 * 3600_000);
    expect(runs).toHaveLength(3);
  });
});
