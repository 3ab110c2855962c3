// Keeps the banner right on the reader's day even if the last build was days ago.
import { bannerItems, type AnniversaryInput } from '../lib/banner/anniversary';

/** Today in Asia/Ho_Chi_Minh: UTC+7 all year (Vietnam has no daylight saving). */
const todayInVietnam = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

export function refreshBanner(): void {
  const root = document.querySelector<HTMLElement>('[data-banner]');
  const raw = root?.querySelector('[data-banner-data]')?.textContent;
  const track = root?.querySelector('[data-banner-track]');
  if (!root || !raw || !track) return;
  const { prefix, today, list } = JSON.parse(raw) as { prefix: string; today: string; list: AnniversaryInput[] };
  const now = todayInVietnam();
  if (now === today) return;
  const items = bannerItems(list, now);
  track.replaceChildren(...items.map((i) => Object.assign(document.createElement('span'), { textContent: `${prefix} ${i.text}` })));
  root.hidden = items.length === 0;
}
