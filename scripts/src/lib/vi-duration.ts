/**
 * A wait as staff read it in the service's log: "0,3 giây", "20 giây", "10 phút", "1,5 phút"
 * (Vietnamese decimal comma; sub-minute settings are not rounded to "0 phút").
 */
export function durationVi(ms: number): string {
  const n = (x: number) => x.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  return ms >= 60_000 ? `${n(ms / 60_000)} phút` : `${n(ms / 1000)} giây`;
}
