// A build started ahead of the publish it will serve (SITE_HOLD_START, set by the rebuild service:
// scripts/src/lib/site.ts holdSiteBuild). Everything before the content sync (Node's start, Astro's
// configuration, the content config, the content store read from the cache) does not depend on
// the CMS, so the service pays it while nobody waits; every loader waits here before its first
// request, until the service writes "go" on stdin once a change has arrived. The delta sync's
// token and every entry are therefore read after the change, as in a build started at that moment.
import { HELD_BUILD_READY_LINE } from '@dbk/shared-types/fast-lane-names';
import { siteEnv } from '../../env';

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
    console.log(HELD_BUILD_READY_LINE);
  }));
}
