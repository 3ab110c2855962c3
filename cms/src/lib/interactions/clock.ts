// Every time the interaction code reads goes through here, so a test can move "now" across
// midnight in Asia/Ho_Chi_Minh without waiting or touching the system clock.
let override: (() => number) | null = null;

export function now(): number {
  return override ? override() : Date.now();
}

/** Tests only: replace the clock (null restores the real one). */
export function setClock(clock: (() => number) | null): void {
  override = clock;
}
