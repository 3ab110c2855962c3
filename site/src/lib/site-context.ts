// What every page's chrome needs: settings, menu, the banner for "today" in Asia/Ho_Chi_Minh.
import { bannerItems } from './banner/anniversary';
import { dayInVietnam } from '@dbk/shared-types/vi-display';
import { getAnniversaries, getSiteSetting } from './data/content';
import { siteEnv } from '../env';

/** The day pages are built for; SITE_TODAY (YYYY-MM-DD) pins it for tests and reproducible builds. */
export function buildDay(): string {
  return siteEnv().SITE_TODAY ?? dayInVietnam();
}

export async function siteContext() {
  const [setting, anniversaries] = await Promise.all([getSiteSetting(), getAnniversaries()]);
  const today = buildDay();
  return { setting, anniversaries, today, banner: bannerItems(anniversaries, today) };
}
