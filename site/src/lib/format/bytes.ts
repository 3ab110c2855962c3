import { formatNumber } from './vi';

/** 1536 → "1,5 KB" (Vietnamese decimal comma). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 ? formatNumber(value) : value.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  return `${rounded} ${units[unit]}`;
}
