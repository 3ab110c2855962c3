// A fast build deletes the previous content store file once Astro has read it, so that Astro's
// write after the sync does not read it back (lib/cms/build-store-file.ts); a full build keeps it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { buildStoreFile, forgetPreviousStore } from '../src/lib/cms/build-store-file';

it('deletes the store of the cacheDir in a fast build, once per build, and never in a full one', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbk-store-'));
  try {
    const cacheDir = pathToFileURL(`${dir}/`);
    const file = buildStoreFile(cacheDir);
    expect(file).toBe(path.join(dir, 'data-store.json'));
    fs.writeFileSync(file, '[]');
    forgetPreviousStore(cacheDir, false);
    expect(fs.existsSync(file)).toBe(true);
    forgetPreviousStore(cacheDir, true);
    expect(fs.existsSync(file)).toBe(false);
    // The store Astro writes after the sync is the build's own: a later loader leaves it.
    fs.writeFileSync(file, '[1]');
    forgetPreviousStore(cacheDir, true);
    expect(fs.readFileSync(file, 'utf8')).toBe('[1]');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
