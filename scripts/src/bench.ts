// `npm run bench`: the platform at provincial-archive scale (issue 7). A fresh CMS in a temporary
// folder (or a fresh PostgreSQL database) with N synthetic articles, then: generation time, the
// build's CMS read, a cold and a warm full build, publish-to-live through the rebuild service, the
// output and the weight of an article page, the search index. Prints a table, writes JSON.
//
//   npm run bench -- --n 10000 --db sqlite --steps gen,read,cold,warm,publish,output,search
//   npm run bench -- hugo --n 10000 --rounds 4   (cold builds interleaved with Hugo on the same content)
//   npm run bench -- --n 2000 --steps gen,profile   (a CPU profile of a cold build, top self time)
//   npm run bench -- import --n 10000      (the importer: see bench/import-bench.ts)
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/paths.ts';
import { parseArgs, USAGE } from './bench/args.ts';
import { createProgress } from './bench/progress.ts';
import { table } from './bench/report.ts';

// The CMS's harness and sample texts are TypeScript in a CommonJS package: Node says so for each
// file it loads. Noise here. (run.ts is imported below, after this filter, for that reason.)
process.removeAllListeners('warning');
process.on('warning', (w) => {
  if ((w as { code?: string }).code !== 'MODULE_TYPELESS_PACKAGE_JSON') console.warn(w);
});
const { runBench } = await import('./bench/run.ts');

// `npm run bench -- import [...]`: the importer's own benchmark (bench/import-bench.ts).
if (process.argv[2] === 'import') {
  const { parseImportArgs, runImportBench, IMPORT_USAGE } = await import('./bench/import-bench.ts');
  if (process.argv.includes('--help')) {
    console.log(IMPORT_USAGE);
    process.exit(0);
  }
  let importOptions;
  try {
    importOptions = parseImportArgs(process.argv.slice(3));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  await runImportBench(importOptions, createProgress());
  process.exit(0);
}

// `npm run bench -- hugo [...]`: content, a cold build and the Hugo comparison only.
const argv = process.argv[2] === 'hugo' ? ['--steps', 'gen,cold,hugo', ...process.argv.slice(3)] : process.argv.slice(2);
let options;
try {
  options = parseArgs(argv);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
if (options === 'help') {
  console.log(USAGE);
  process.exit(0);
}

const report = await runBench(options, createProgress());
const out = options.out ? path.resolve(options.out) : path.join(ROOT, 'var', 'bench', `${report.startedAt.replace(/[:.]/g, '-')}.json`);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `\n${table(report)}\n\nJSON: ${path.relative(process.cwd(), out)}${report.workDir ? `\nThư mục tạm giữ lại: ${report.workDir}` : ''}`,
);
// Strapi's timers and pools would keep the process alive after stop().
process.exit(0);
