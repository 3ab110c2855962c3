import { describe, expect, it } from 'vitest';
import { createBuildRunner } from '../../src/rebuild/build-runner.ts';

/** A build the test finishes by hand, to see what the runner does meanwhile. */
function controllableBuilds() {
  const started: string[][] = [];
  const finishers: Array<() => void> = [];
  let running = 0;
  let maxRunning = 0;
  const lanes: string[] = [];
  const build = (reasons: string[], lane: string) =>
    new Promise<string>((resolve) => {
      started.push(reasons);
      lanes.push(lane);
      running++;
      maxRunning = Math.max(maxRunning, running);
      finishers.push(() => {
        running--;
        resolve(`bản ${started.length}`);
      });
    });
  const finishNext = async () => {
    finishers.shift()!();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { build, started, lanes, finishNext, maxRunning: () => maxRunning };
}

describe('build runner', () => {
  it('never runs two builds at once, and serves every request during a build with one follow-up', async () => {
    const b = controllableBuilds();
    const runner = createBuildRunner(b.build);
    const first = runner.request('xuất bản A');
    await Promise.resolve();
    expect(b.started).toEqual([['xuất bản A']]);
    const during = [runner.request('xuất bản B'), runner.request('xuất bản C'), runner.request('xuất bản B')];
    expect(runner.state()).toEqual({ building: true, followUpQueued: true, paused: false, lane: 'full', followUpLane: 'full' });
    await b.finishNext();
    expect(await first).toBe('bản 1');
    expect(b.started).toEqual([['xuất bản A'], ['xuất bản B', 'xuất bản C']]);
    await b.finishNext();
    expect(await Promise.all(during)).toEqual(['bản 2', 'bản 2', 'bản 2']);
    await runner.idle();
    expect(b.started).toHaveLength(2);
    expect(b.maxRunning()).toBe(1);
    expect(runner.state()).toEqual({ building: false, followUpQueued: false, paused: false, lane: null, followUpLane: null });
  });

  it('holds requests while paused and runs them as one build on resume', async () => {
    const b = controllableBuilds();
    const runner = createBuildRunner(b.build, { paused: true });
    const requests = [runner.request('hạt giống'), runner.request('khởi động')];
    await new Promise((r) => setTimeout(r, 10));
    expect(b.started).toEqual([]);
    runner.resume();
    expect(b.started).toEqual([['hạt giống', 'khởi động']]);
    await b.finishNext();
    expect(await Promise.all(requests)).toEqual(['bản 1', 'bản 1']);
  });

  it('passes a failing build to whoever waits on it and keeps going', async () => {
    let n = 0;
    const runner = createBuildRunner(async () => {
      n++;
      if (n === 1) throw new Error('hỏng');
      return n;
    });
    await expect(runner.request('a')).rejects.toThrow('hỏng');
    expect(await runner.request('b')).toBe(2);
  });

  it('makes the follow-up full when any of its requests is, whatever came first', async () => {
    const b = controllableBuilds();
    const runner = createBuildRunner(b.build);
    void runner.request('thay đổi 1', 'fast');
    await Promise.resolve();
    void runner.request('thay đổi 2', 'fast');
    expect(runner.state()).toMatchObject({ lane: 'fast', followUpLane: 'fast' });
    void runner.request('dựng lại hằng ngày', 'full');
    void runner.request('thay đổi 3', 'fast');
    expect(runner.state()).toMatchObject({ lane: 'fast', followUpLane: 'full' });
    await b.finishNext();
    expect(b.started.at(-1)).toEqual(['thay đổi 2', 'dựng lại hằng ngày', 'thay đổi 3']);
    void runner.request('thay đổi 4', 'fast');
    await b.finishNext();
    await b.finishNext();
    await runner.idle();
    expect(b.lanes).toEqual(['fast', 'full', 'fast']);
  });
});
