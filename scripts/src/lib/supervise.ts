import type { Running } from './process.ts';

/**
 * Keeps one child running for `npm start`: started again 2 s after it stops unexpectedly (a crash,
 * an OOM kill, someone's `kill`), so each part of the platform recovers on its own and one part's
 * death does not take the others down. A child that cannot even start (three exits in a row within
 * 10 s of starting: a port held by another program, a broken install) is not retried forever:
 * giveUp is called. stop() ends it for good.
 */
export function supervise(label: string, start: () => Running, giveUp: (reason: string) => void, restartDelayMs = 2000) {
  let stopping = false;
  let current: Running;
  let quickExits = 0;
  const launch = () => {
    current = start();
    const proc = current;
    const launchedAt = Date.now();
    proc.child.once('exit', (code, signal) => {
      if (stopping) return;
      quickExits = Date.now() - launchedAt < 10_000 ? quickExits + 1 : 0;
      if (quickExits >= 3) {
        stopping = true;
        giveUp(
          `${label} không khởi động được (dừng ${quickExits} lần liền ngay sau khi chạy, mã ${code ?? signal}):\n${proc.tail().split('\n').slice(-10).join('\n')}`,
        );
        return;
      }
      console.error(
        `${label} đã dừng bất ngờ (mã ${code ?? signal}); khởi động lại sau ${restartDelayMs / 1000} giây.\n${proc.tail().split('\n').slice(-10).join('\n')}`,
      );
      setTimeout(() => {
        if (!stopping) launch();
      }, restartDelayMs);
    });
  };
  launch();
  return {
    current: () => current,
    async stop(): Promise<void> {
      stopping = true;
      await current.stop();
    },
  };
}
