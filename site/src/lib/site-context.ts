// What every page's chrome needs: settings, menu, the banner for "today" in Asia/Ho_Chi_Minh.
import { bannerItems } from './banner/anniversary';
import { todayHcm } from './format/vi';
import { getAnniversaries, getSiteSetting } from './data/content';

/** The day pages are built for; SITE_TODAY (YYYY-MM-DD) pins it for tests and reproducible builds. */
export function buildDay(): string {
  const pinned = process.env.SITE_TODAY;
  if (pinned && !/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error(`SITE_TODAY phải có dạng YYYY-MM-DD, nhận "${pinned}".`);
  return pinned || todayHcm();
}

export async function siteContext() {
  const [setting, anniversaries] = await Promise.all([getSiteSetting(), getAnniversaries()]);
  const today = buildDay();
  return { setting, anniversaries, today, banner: bannerItems(anniversaries, today) };
}
