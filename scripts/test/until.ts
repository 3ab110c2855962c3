const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Asks `check` every `everyMs` until it answers something truthy, and returns that; fails naming `what`. */
export async function until<T>(
  what: string,
  check: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  timeoutMs: number,
  everyMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Hết thời gian chờ: ${what}`);
    await sleep(everyMs);
  }
}
