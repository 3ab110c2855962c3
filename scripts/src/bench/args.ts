// Command line of `npm run bench`.

export const STEPS = ['gen', 'read', 'cold', 'warm', 'fast', 'publish', 'output', 'search', 'hugo', 'profile'] as const;
/** what runs without --steps: everything but the profile (a slower, instrumented extra build) */
export const DEFAULT_STEPS = STEPS.filter((s) => s !== 'profile');
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
  /** publish-to-live runs of each kind (new, edited, unpublished article) */
  publishes: number;
  /** interleaved rounds of the Hugo comparison: project cold build, Hugo, project, Hugo ... */
  rounds: number;
  /** apt-get install -y hugo when hugo is missing */
  installHugo: boolean;
  /** the fast step's last build runs under node --cpu-prof */
  profileFast: boolean;
  /** the warm step's build runs under node --cpu-prof */
  profileWarm: boolean;
  /** what the fast step changes before each build: an article edited, or one unpublished */
  fastChange: 'edit' | 'unpublish';
}

export const USAGE = `npm run bench -- [--n 10000] [--db sqlite|postgres] [--steps ${STEPS.join(',')}]
                 [--images 40] [--seed 1] [--out var/bench/ket-qua.json] [--keep]
                 [--publishes 5] [--rounds 1] [--install-hugo] [--profile] [--profile-fast] [--profile-warm]
                 [--fast-change edit|unpublish]
npm run bench -- hugo [...]       chỉ tạo nội dung, dựng cold và so với Hugo (--steps gen,cold,hugo)

  --n       số tin bài tổng hợp (mặc định 10000); văn bản và album ảnh theo tỷ lệ
  --db      CMS mới trên SQLite (mặc định, thư mục tạm) hoặc PostgreSQL (cơ sở dữ liệu mới, xóa khi xong;
            TEST_PG_ADMIN_URL, mặc định postgres://postgres@127.0.0.1:5432/postgres)
  --steps   các bước đo; gen luôn chạy (CMS cần nội dung), và warm, fast, publish, output, search, hugo cần bản dựng cold
  --images  số ảnh gốc dùng chung cho ảnh bìa và album (mặc định 40)
  --keep    giữ thư mục tạm (CSDL, các bản dựng) để xem lại
  --publishes  số lần đo xuất bản → trang công khai cho mỗi loại (bài mới, bài sửa, bài gỡ); mặc định 5
  --rounds  số vòng so với Hugo, xen kẽ: dựng cold của dự án, Hugo, dự án, Hugo ... (mặc định 1;
            vòng 1 dùng bản dựng cold của bước cold)
  --install-hugo  cài Hugo từ gói Debian (apt-get install -y hugo) nếu máy chưa có; không có tham số
            này và máy chưa có hugo thì bước hugo được bỏ qua kèm lời giải thích
  --profile thêm bước profile: một bản dựng cold nữa dưới node --cpu-prof, in 15 hàm tốn thời gian
            tự thân nhất (bước này không có trong mặc định)
  --profile-fast  bản dựng làn nhanh cuối của bước fast chạy dưới node --cpu-prof, in như --profile
  --profile-warm  bản dựng của bước warm chạy dưới node --cpu-prof, in như --profile
  fast      làn nhanh không qua dịch vụ: sau mỗi lần sửa một tin bài, astro build với SITE_FAST_BASE là
            bản cold; lần đầu với bộ nhớ đệm làn nhanh trống, rồi --publishes lần nữa
  --fast-change  bước fast sửa một tin bài (edit, mặc định) hay gỡ một tin bài (unpublish, rải khắp kho
            lưu trữ: các trang danh sách mới hơn nó dịch đi)
  các bước: ${STEPS.join(', ')} (mặc định tất cả trừ profile)

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
  const options: BenchOptions = {
    articles: 10_000,
    db: 'sqlite',
    steps: new Set(DEFAULT_STEPS),
    images: 40,
    seed: 1,
    out: null,
    keep: false,
    publishes: 5,
    rounds: 1,
    installHugo: false,
    profileFast: false,
    profileWarm: false,
    fastChange: 'edit',
  };
  let profile = false;
  // --name=value is the same as --name value
  const args = argv.flatMap((a) => (/^--[a-z-]+=/.test(a) ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a]));
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
      case '--publishes':
        options.publishes = positiveInt(value(args, i++, arg), arg);
        break;
      case '--rounds':
        options.rounds = positiveInt(value(args, i++, arg), arg);
        break;
      case '--install-hugo':
        options.installHugo = true;
        break;
      case '--profile':
        profile = true;
        break;
      case '--profile-fast':
        options.profileFast = true;
        break;
      case '--profile-warm':
        options.profileWarm = true;
        break;
      case '--fast-change': {
        const change = value(args, i++, arg);
        if (change !== 'edit' && change !== 'unpublish')
          throw new Error(`--fast-change phải là edit hoặc unpublish, nhận được "${change}"`);
        options.fastChange = change;
        break;
      }
      default:
        throw new Error(`Không hiểu tham số "${arg}"\n\n${USAGE}`);
    }
  }
  // What the chosen steps need: content always, and a cold build for those that use one.
  if (profile) options.steps.add('profile');
  if (options.profileFast) options.steps.add('fast');
  if (options.profileWarm) options.steps.add('warm');
  options.steps.add('gen');
  if (['warm', 'fast', 'publish', 'output', 'search', 'hugo'].some((s) => options.steps.has(s as Step))) options.steps.add('cold');
  return options;
}
