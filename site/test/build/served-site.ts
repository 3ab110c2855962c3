// What every browser suite of the shared sample build starts: the built site served statically on
// a free port, and one headless Chromium from the distribution (never a downloaded browser).
import type http from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from '../../../cms/test/harness';
import { serveStatic } from '../../../scripts/src/lib/static-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface ServedSite {
  browser: Browser;
  /** http://127.0.0.1:<port>, the site's root */
  base: string;
  close(): Promise<void>;
}

export async function startServedSite(dir: string): Promise<ServedSite> {
  const port = await freePort();
  const server: http.Server = await serveStatic(dir, port, '127.0.0.1');
  const browser = await launchChromium();
  return {
    browser,
    base: `http://127.0.0.1:${port}`,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
