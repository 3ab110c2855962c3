// How long a build's bundle takes to get its content store: read back from the file Astro wrote,
// as every build did before site/src/lib/cms/live-store.ts, or taken from the loaders' stores in
// memory, as now. Either way the same map (site/test/live-store.test.ts); this prints the cost.
//
//   npm run bench -- --n 10000 --steps gen,cold --keep      (prints the folder it keeps)
//   node --expose-gc scripts/src/bench/store-read.ts <that folder>/astro-cache/data-store.json
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { liveStore, shareCollection } from '../../../site/src/lib/cms/live-store.ts';

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error('Cách dùng: node --expose-gc scripts/src/bench/store-read.ts <thư mục bench giữ lại>/astro-cache/data-store.json');
  process.exit(2);
}
// Astro's own devalue, as its store module parses the file.
const astro = createRequire(import.meta.url).resolve('astro/package.json');
const devalue = (await import(pathToFileURL(createRequire(astro).resolve('devalue')).href)) as { unflatten(v: unknown): unknown };

const byFile = () => devalue.unflatten(JSON.parse(fs.readFileSync(file, 'utf8'))) as Map<string, Map<string, unknown>>;
// The loaders' stores hold the same entries the file does (a loader's meta is not the bundle's).
for (const [name, entries] of byFile()) {
  if (!name.startsWith('meta:')) shareCollection(name, { entries: () => [...entries.entries()] });
}
const fromMemory = () => liveStore();

const runs = 5;
const times: Record<'file' | 'memory', number[]> = { file: [], memory: [] };
const gc = (globalThis as { gc?: () => void }).gc;
for (let i = 0; i < runs; i++) {
  for (const [kind, make] of [
    ['file', byFile],
    ['memory', fromMemory],
  ] as const) {
    gc?.();
    const start = performance.now();
    make();
    times[kind].push(performance.now() - start);
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toFixed(0);
console.log(
  `Kho nội dung ${(fs.statSync(file).size / 1e6).toFixed(1)} MB: đọc lại từ tệp ${median(times.file)} ms, lấy từ bộ nhớ ${median(times.memory)} ms (trung vị ${runs} lần)`,
);
