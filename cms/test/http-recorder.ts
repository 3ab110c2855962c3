import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: any;
  at: number;
}

/**
 * A local HTTP listener standing in for the outside world (GitHub's API, a build hook, the rebuild
 * service): records what the CMS sends and answers with the statuses a test scripts.
 */
export async function startRecorder() {
  const requests: Recorded[] = [];
  let script: Array<number | 'hang'> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // kept as text
      }
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, at: Date.now() });
      const next = script.shift() ?? 204;
      if (next === 'hang') return;
      res.writeHead(next).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** statuses for the next requests, in order ('hang' never answers); then 204 */
    respondWith(...statuses: Array<number | 'hang'>) {
      script = statuses;
    },
    clear() {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Recorder = Awaited<ReturnType<typeof startRecorder>>;

export async function waitFor<T>(
  what: string,
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Hết thời gian chờ: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until no request arrived for quietMs (the seed's notifications at boot, for instance). */
export async function waitQuiet(recorders: Recorder[], quietMs: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = Math.max(0, ...recorders.flatMap((r) => r.requests.map((q) => q.at)));
    if (Date.now() - last >= quietMs) return;
    if (Date.now() > deadline) throw new Error('Hết thời gian chờ các thông báo lắng xuống');
    await new Promise((r) => setTimeout(r, 100));
  }
}
