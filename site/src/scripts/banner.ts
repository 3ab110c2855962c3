// Keeps the banner right on the reader's day even if the last build was days ago.
import { dayInVietnam } from '@dbk/shared-types/vi-display';
import { bannerItems, type AnniversaryInput } from '../lib/banner/anniversary';

export function refreshBanner(): void {
  const root = document.querySelector<HTMLElement>('[data-banner]');
  const raw = root?.querySelector('[data-banner-data]')?.textContent;
  const track = root?.querySelector('[data-banner-track]');
  if (!root || !raw || !track) return;
  const { prefix, today, list } = JSON.parse(raw) as { prefix: string; today: string; list: AnniversaryInput[] };
  const now = dayInVietnam();
  if (now === today) return;
  const items = bannerItems(list, now);
  track.replaceChildren(...items.map((i) => Object.assign(document.createElement('span'), { textContent: `${prefix} ${i.text}` })));
  root.hidden = items.length === 0;
}
