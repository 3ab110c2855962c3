// `npm run bench -- import` at a tiny size, end to end: it builds its synthetic archive, boots a fresh
// CMS, runs the real import twice and prints the table. Figures are printed, never asserted; what is
// asserted is that every page went through the operator's path (created, then unchanged) with one
// upload per distinct photo, and that its temporary folder is gone afterwards.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../src/lib/paths.ts';

const run = promisify(execFile);

describe('npm run bench -- import', () => {
  it('imports N synthetic pages through npm run import, twice, and prints time and peak memory', async () => {
    const before = new Set(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('dbk-bench-nhap-')));
    const { stdout } = await run(
      process.execPath,
      [path.join(ROOT, 'scripts', 'src', 'bench.ts'), 'import', '--n', '6', '--photos', '2', '--again'],
      {
        maxBuffer: 20_000_000,
      },
    );
    console.log(stdout.slice(-1200));
    const row = (label: string) => {
      const line = stdout.split('\n').find((l) => l.startsWith(`| ${label} |`));
      expect(line, stdout).toBeDefined();
      return line!.split('|').map((c) => c.trim());
    };
    // | lượt | trang | thời gian | trang/s | tạo mới | không đổi | từ chối | ảnh tải lên | đỉnh trình nhập | đỉnh CMS |
    const first = row('lần 1');
    expect(first.slice(2, 3)).toEqual(['6']);
    expect(first.slice(5, 9)).toEqual(['6', '0', '0', '2']);
    expect(first[9]).toMatch(/^[1-9]\d* MB$/u);
    expect(first[10]).toMatch(/^[1-9]\d* MB$/u);
    const second = row('lần 2');
    expect(second.slice(5, 9)).toEqual(['0', '6', '0', '0']);
    const after = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('dbk-bench-nhap-') && !before.has(f));
    expect(after).toEqual([]);
  }, 600_000);
});
