// What every page's chrome needs: settings, menu, the banner for "today" in Asia/Ho_Chi_Minh.
import { bannerItems } from './banner/anniversary';
import { dayInVietnam } from '@dbk/shared-types/vi-display';
import { getAnniversaries, getSiteSetting } from './data/content';
import { siteEnv } from '../env';

/** The day pages are built for; SITE_TODAY (YYYY-MM-DD) pins it for tests and reproducible builds. */
export function buildDay(): string {
  return siteEnv().SITE_TODAY ?? dayInVietnam();
}

async function load(today: string) {
  const [setting, anniversaries] = await Promise.all([getSiteSetting(), getAnniversaries()]);
  return { setting, anniversaries, today, banner: bannerItems(anniversaries, today) };
}

/**
 * The same for every page of a day: made once per day, not once per page (12,700 pages in a full
 * build). The day is part of it because the preview server runs for days.
 */
let current: { today: string; context: ReturnType<typeof load> } | undefined;
export function siteContext(): ReturnType<typeof load> {
  const today = buildDay();
  if (current?.today !== today) current = { today, context: load(today) };
  return current.context;
}
