// The command line of `npm run import -- <thư mục> [tuỳ chọn]`.
import { parseArgs } from 'node:util';

export const USAGE = `Cách dùng: npm run import -- <thư mục nguồn | bản xuất WordPress .xml> [tuỳ chọn]
  --dry-run              chạy thử: chỉ in những gì sẽ tạo, sửa, từ chối; không ghi gì vào CMS
  --publish              xuất bản ngay (mặc định: lưu bản nháp để biên tập viên duyệt)
  --profile <tệp.json>   bộ chọn CSS của trang cũ (title, summary, dateLine, body, byline, bylinePosition, captions, viewCount, category, remove, boQua)
  --categories <tệp.tsv> bảng chuyên mục: "tên cũ<TAB>slug mới" mỗi dòng
  --overrides <tệp.json> bổ sung theo từng tệp: url, ngay, chuyenMuc
  --base-url <địa chỉ>   địa chỉ trang cũ, ghép với đường dẫn tệp thành địa chỉ cũ
  --report <tệp.tsv>     danh sách trang bị từ chối (mặc định: bao-cao-nhap.tsv)
  --concurrency <n>      số trang nhập cùng lúc (mặc định 4; 1: từng trang một)
Biến môi trường: CMS_URL, CMS_IMPORT_TOKEN`;

export interface ImportArgs {
  source: string;
  dryRun: boolean;
  publish: boolean;
  profile?: string;
  categories?: string;
  overrides?: string;
  baseUrl?: string;
  report: string;
  concurrency: number;
}

export function readArgs(argv: string[]): ImportArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      publish: { type: 'boolean', default: false },
      profile: { type: 'string' },
      categories: { type: 'string' },
      overrides: { type: 'string' },
      'base-url': { type: 'string' },
      report: { type: 'string', default: 'bao-cao-nhap.tsv' },
      concurrency: { type: 'string', default: '4' },
    },
  });
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
    throw new Error(`--concurrency cần một số nguyên từ 1 đến 32, nhận được "${values.concurrency}".\n${USAGE}`);
  if (positionals.length !== 1) throw new Error(`Cần đúng một nguồn (thư mục hoặc tệp .xml).\n${USAGE}`);
  return {
    source: positionals[0]!,
    dryRun: values['dry-run'],
    publish: values.publish,
    profile: values.profile,
    categories: values.categories,
    overrides: values.overrides,
    baseUrl: values['base-url'],
    report: values.report,
    concurrency,
  };
}
