// Every HTML page of the sample build through the Nu HTML Checker (the W3C validator, npm
// `vnu-jar`, run with the machine's Java): 0 errors. Checked by a tool no one here wrote, so a
// stray tag, a <script> after </html> or an <img> without src fails the build's tests.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { listFiles } from './fixture';

// vnu-jar's main export is the path of the jar (a String object).
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const JAVA = process.env.JAVA_PATH ?? 'java';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

export function defineHtmlValidityTests(outDir: () => string): void {
  describe('the Nu HTML Checker', () => {
    it('finds 0 errors on every page of the site', async () => {
      const pages = listFiles(outDir())
        .filter((f) => f.endsWith('.html'))
        .sort();
      // Every page type at least: a check of nothing would pass.
      expect(pages.length).toBeGreaterThan(100);
      // --exit-zero-always: the messages, not the exit code, are the result; the JSON report
      // goes to stderr. One JVM for all pages.
      const { stderr } = await promisify(execFile)(
        JAVA,
        ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--exit-zero-always', ...pages.map((p) => path.join(outDir(), p))],
        { maxBuffer: 64 * 1024 * 1024 },
      );
      const messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
      const errors = messages
        .filter((m) => m.type !== 'info')
        .map((m) =>
          `${path.relative(outDir(), new URL(m.url ?? 'file:///').pathname)}:${m.lastLine ?? '?'} ${m.message} ${m.extract ?? ''}`.trim(),
        );
      expect(errors).toEqual([]);
    }, 300_000);
  });
}
