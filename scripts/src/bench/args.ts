// Command line of `npm run bench`.

export const STEPS = ['gen', 'read', 'cold', 'warm', 'publish', 'output', 'search'] as const;
export type Step = (typeof STEPS)[number];

export interface BenchOptions {
  articles: number;
  db: 'sqlite' | 'postgres';
  steps: Set<Step>;
  images: number;
  seed: number;
  /** JSON report path; default var/bench/<time>.json */
  out: string | null;
  /** keep the temporary folder (database, builds) and print where it is */
  keep: boolean;
}

export const USAGE = `npm run bench -- [--n 10000] [--db sqlite|postgres] [--steps ${STEPS.join(',')}]
                 [--images 40] [--seed 1] [--out var/bench/ket-qua.json] [--keep]

  --n       số tin bài tổng hợp (mặc định 10000); văn bản và album ảnh theo tỷ lệ
  --db      CMS mới trên SQLite (mặc định, thư mục tạm) hoặc PostgreSQL (cơ sở dữ liệu mới, xóa khi xong;
            TEST_PG_ADMIN_URL, mặc định postgres://postgres@127.0.0.1:5432/postgres)
  --steps   các bước đo; gen luôn chạy (CMS cần nội dung), và warm, publish, output, search cần bản dựng cold
  --images  số ảnh gốc dùng chung cho ảnh bìa và album (mặc định 40)
  --keep    giữ thư mục tạm (CSDL, các bản dựng) để xem lại

npm run bench -- import --help: đo trình nhập dữ liệu (npm run import) với N trang tổng hợp`;

function value(argv: string[], i: number, name: string): string {
  const v = argv[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`${name} cần một giá trị`);
  return v;
}

function positiveInt(raw: string, name: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} phải là số nguyên dương, nhận được "${raw}"`);
  return n;
}

export function parseArgs(argv: string[]): BenchOptions | 'help' {
  const options: BenchOptions = { articles: 10_000, db: 'sqlite', steps: new Set(STEPS), images: 40, seed: 1, out: null, keep: false };
  // --name=value is the same as --name value
  const args = argv.flatMap((a) => (/^--[a-z]+=/.test(a) ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a]));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    switch (arg) {
      case '--help':
      case '-h':
        return 'help';
      case '--n':
        options.articles = positiveInt(value(args, i++, arg), arg);
        break;
      case '--db': {
        const db = value(args, i++, arg);
        if (db !== 'sqlite' && db !== 'postgres') throw new Error(`--db phải là sqlite hoặc postgres, nhận được "${db}"`);
        options.db = db;
        break;
      }
      case '--steps': {
        const steps = value(args, i++, arg)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const unknown = steps.filter((s) => !(STEPS as readonly string[]).includes(s));
        if (unknown.length) throw new Error(`Bước không có: ${unknown.join(', ')} (có: ${STEPS.join(', ')})`);
        options.steps = new Set(steps as Step[]);
        break;
      }
      case '--images':
        options.images = positiveInt(value(args, i++, arg), arg);
        break;
      case '--seed':
        options.seed = positiveInt(value(args, i++, arg), arg);
        break;
      case '--out':
        options.out = value(args, i++, arg);
        break;
      case '--keep':
        options.keep = true;
        break;
      default:
        throw new Error(`Không hiểu tham số "${arg}"\n\n${USAGE}`);
    }
  }
  // What the chosen steps need: content always, and a cold build for those that use one.
  options.steps.add('gen');
  if (['warm', 'publish', 'output', 'search'].some((s) => options.steps.has(s as Step))) options.steps.add('cold');
  return options;
}
