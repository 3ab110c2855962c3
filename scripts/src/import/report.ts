// What a run did, for the operator: one line per page as it goes, a summary table at the end and a
// report file listing every refused page with its reason (to fix the page, the profile or the tables).
import fs from 'node:fs/promises';

export type Outcome = 'created' | 'updated' | 'unchanged' | 'refused';

export interface PageResult {
  file: string;
  legacyUrl?: string;
  outcome: Outcome;
  /** why it was refused, or which fields changed */
  detail?: string;
  /** the Vietnamese text check: legacy encodings converted, glued words, missing spaces */
  notes?: { field: string; kind: string; message: string }[];
}

export const OUTCOME_LABELS: Record<Outcome, string> = {
  created: 'Tạo mới',
  updated: 'Cập nhật',
  unchanged: 'Không đổi',
  refused: 'Từ chối',
};

export function summaryTable(results: PageResult[], photos: { uploaded: number; reused: number }, dryRun: boolean): string {
  const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  const rows: [string, string][] = [
    ...(['created', 'updated', 'unchanged', 'refused'] as const).map((o) => [OUTCOME_LABELS[o], String(count(o))] as [string, string]),
    [dryRun ? 'Ảnh sẽ tải lên' : 'Ảnh tải lên', String(photos.uploaded)],
    ['Ảnh đã có (dùng lại)', String(photos.reused)],
    ['Bài có cảnh báo chữ', String(results.filter((r) => r.notes?.length).length)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const line = `+${'-'.repeat(width + 2)}+${'-'.repeat(10)}+`;
  const body = rows.map(([label, n]) => `| ${label.padEnd(width)} | ${n.padStart(8)} |`);
  const title = dryRun ? 'Chạy thử (không ghi gì vào CMS)' : 'Kết quả nhập';
  return [title, line, ...body, line].join('\n');
}

/** A tab-separated file: "tệp, địa chỉ cũ, lý do" for each refused page (opens in a spreadsheet). */
export async function writeRefusalReport(file: string, results: PageResult[]): Promise<number> {
  const refused = results.filter((r) => r.outcome === 'refused');
  const clean = (s: string | undefined) => (s ?? '').replace(/[\t\r\n]+/gu, ' ');
  const lines = ['tep\tdia_chi_cu\tly_do', ...refused.map((r) => [r.file, r.legacyUrl, r.detail].map(clean).join('\t'))];
  await fs.writeFile(file, `${lines.join('\n')}\n`);
  return refused.length;
}

/** "tệp, địa chỉ cũ, trường, loại, nội dung" for every note of the text check (next to the refusals). */
export async function writeTextReport(file: string, results: PageResult[]): Promise<number> {
  const clean = (s: string | undefined) => (s ?? '').replace(/[\t\r\n]+/gu, ' ');
  const rows = results.flatMap((r) => (r.notes ?? []).map((n) => [r.file, r.legacyUrl, n.field, n.kind, n.message].map(clean).join('\t')));
  await fs.writeFile(file, `${['tep\tdia_chi_cu\ttruong\tloai\tnoi_dung', ...rows].join('\n')}\n`);
  return rows.length;
}
