import { siteEnv, type SiteEnv } from '../env';

/**
 * The CMS address readers' browsers call for view counts, the visitor box and comments. The build
 * may reach the CMS on an internal address (CMS_URL), so PUBLIC_CMS_URL can name the public one.
 */
export function publicCmsUrl(env: SiteEnv = siteEnv()): string | undefined {
  return env.PUBLIC_CMS_URL ?? env.CMS_URL;
}
