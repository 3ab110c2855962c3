// "Today" and "yesterday" of the visitor box are calendar days in Việt Nam, whatever the zone of
// the server. en-CA formats as YYYY-MM-DD, which also sorts as text.
const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

export function vnDay(ms: number): string {
  return DAY.format(ms);
}

/** Việt Nam has no daylight saving time: 24 hours earlier is always the previous calendar day. */
export function previousVnDay(ms: number): string {
  return DAY.format(ms - 86_400_000);
}
