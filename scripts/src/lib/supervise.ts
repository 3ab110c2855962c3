import type { Running } from './process.ts';

/**
 * Keeps one child running for `npm start`: started again 2 s after it stops unexpectedly (a crash,
 * an OOM kill, someone's `kill`), so each part of the platform recovers on its own and one part's
 * death does not take the others down. stop() ends it for good.
 */
export function supervise(label: string, start: () => Running, restartDelayMs = 2000) {
  let stopping = false;
  let current: Running;
  const launch = () => {
    current = start();
    const proc = current;
    proc.child.once('exit', (code, signal) => {
      if (stopping) return;
      console.error(`${label} đã dừng bất ngờ (mã ${code ?? signal}); khởi động lại sau ${restartDelayMs / 1000} giây.\n${proc.tail().split('\n').slice(-10).join('\n')}`);
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
