import type { Change } from './rebuild-triggers';
import type { Target } from './targets';

export interface RetryPolicy {
  /** total tries, the first included */
  attempts: number;
  /** wait before the second try; doubled before each further one */
  baseDelayMs: number;
  /** per try: a target that hangs must not hold a delivery forever */
  timeoutMs: number;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

// A refused secret or a wrong URL will not fix itself by waiting; overload and outages might.
const retryable = (status: number) => status >= 500 || status === 408 || status === 429;

/** Sends one notification, retrying with exponential backoff. Never throws: it reports and gives up. */
export async function deliverWithRetry(target: Target, changes: Change[], policy: RetryPolicy, log: Logger): Promise<boolean> {
  const body = JSON.stringify(target.body(changes));
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    let problem: string;
    try {
      const res = await fetch(target.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...target.headers },
        body,
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) {
        log.info(`Đã báo ${target.name} dựng lại trang (${changes.length} thay đổi, lần thử ${attempt}).`);
        return true;
      }
      problem = `HTTP ${res.status}`;
      if (!retryable(res.status)) {
        log.error(`${target.name} từ chối thông báo dựng lại (${problem}); không thử lại. Kiểm tra địa chỉ và khóa bí mật.`);
        return false;
      }
    } catch (e) {
      problem = (e as Error).message;
    }
    if (attempt === policy.attempts) {
      log.error(`Không báo được ${target.name} sau ${attempt} lần thử (${problem}); trang công khai chưa được dựng lại.`);
      return false;
    }
    const wait = policy.baseDelayMs * 2 ** (attempt - 1);
    log.warn(`Báo ${target.name} thất bại (${problem}); thử lại sau ${Math.round(wait / 100) / 10} giây.`);
    await sleep(wait);
  }
  return false;
}
