// A build started ahead of the publish it will serve (SITE_HOLD_START, set by the rebuild service:
// scripts/src/lib/site.ts holdSiteBuild). Everything before the content sync (Node's start, Astro's
// configuration, the content config, the content store read from the cache) does not depend on
// the CMS, so the service pays it while nobody waits; every loader waits here before its first
// request, until the service writes "go" on stdin once a change has arrived. The delta sync's
// token and every entry are therefore read after the change, as in a build started at that moment.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { HELD_BUILD_READY_LINE } from '@dbk/shared-types/fast-lane-names';
import { siteEnv } from '../../env';

/**
 * Until the build has nothing left to do but wait: Astro sets its own keys in the content store as
 * the sync starts and writes the whole store half a second later (mutable-data-store.js,
 * SAVE_DEBOUNCE_MS), over a second of CPU at 10,000 articles. A build that says it is ready while
 * doing that would make a publish arriving then wait for it; so the ready line comes once the event
 * loop has been nearly idle for a quarter of a second (at most 10 s after the start of the wait).
 */
async function settled(): Promise<void> {
  await sleep(600);
  let before = performance.eventLoopUtilization();
  for (let i = 0; i < 40; i++) {
    await sleep(250);
    const now = performance.eventLoopUtilization();
    if (performance.eventLoopUtilization(now, before).utilization < 0.1) return;
    before = now;
  }
}

let released: Promise<void> | undefined;

/** Resolves at once in a build that is not held; in a held one, when the service says go. */
export function heldStart(): Promise<void> {
  if (!siteEnv().SITE_HOLD_START) return Promise.resolve();
  return (released ??= new Promise<void>((resolve) => {
    let text = '';
    const onData = (chunk: string) => {
      text += chunk;
      if (!text.includes('\n')) return;
      process.stdin.off('data', onData);
      process.stdin.off('end', onEnd);
      // Nothing more comes on stdin: it must not keep the build's process alive.
      process.stdin.destroy();
      if (text.trim() === 'go') resolve();
      else {
        console.error(`Bản dựng giữ sẵn nhận lệnh lạ "${text.trim()}" thay cho "go": dừng.`);
        process.exit(1);
      }
    };
    // The service went away without a publish: a held build has nothing to do.
    const onEnd = () => {
      console.error('Bản dựng giữ sẵn không được dùng (dịch vụ dựng lại đã đóng kết nối): dừng.');
      process.exit(1);
    };
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', onData);
    process.stdin.on('end', onEnd);
    void settled().then(() => console.log(HELD_BUILD_READY_LINE));
  }));
}
