// "Today" and "yesterday" of the visitor box are calendar days in Việt Nam, whatever the zone of
// the server: the rule is shared with the site (shared-types/vi-display).
import { dayInVietnam, previousDayInVietnam } from '@dbk/shared-types/vi-display';

export function vnDay(ms: number): string {
  return dayInVietnam(ms);
}

export function previousVnDay(ms: number): string {
  return previousDayInVietnam(ms);
}
