import type http from 'node:http';

/** Calls onSent with each response's path (no query) and the bytes its body took, as it ends. */
export function onResponseBytes(server: http.Server, onSent: (url: string, bytes: number) => void): void {
  server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    let bytes = 0;
    const write = res.write.bind(res) as (...a: unknown[]) => boolean;
    const end = res.end.bind(res) as (...a: unknown[]) => http.ServerResponse;
    const size = (chunk: unknown) => (typeof chunk === 'string' || chunk instanceof Uint8Array ? Buffer.byteLength(chunk) : 0);
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      bytes += size(chunk);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      bytes += size(chunk);
      onSent((req.url ?? '/').replace(/\?.*$/u, ''), bytes);
      return end(chunk, ...rest);
    }) as typeof res.end;
  });
}
