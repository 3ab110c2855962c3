// The only code that talks to Strapi. Fails loudly: an unreachable CMS or a refused token stops
// the build instead of producing an empty site.
import { siteEnv, type SiteEnv } from '../../env';

export interface CmsConfig {
  url: string;
  token: string;
}

export function cmsConfig(env: SiteEnv = siteEnv()): CmsConfig {
  const { CMS_URL: url, STRAPI_BUILD_TOKEN: token } = env;
  if (!url) throw new Error('Thiếu CMS_URL: không biết lấy nội dung từ đâu.');
  if (!token) throw new Error('Thiếu STRAPI_BUILD_TOKEN: bản dựng cần token chỉ đọc của CMS.');
  return { url, token };
}

/**
 * The preview server's own token (STRAPI_PREVIEW_TOKEN): the only one the CMS lets read drafts.
 * The build's token reads published content only (cms/src/lib/access.ts).
 */
export function previewCmsConfig(env: SiteEnv = siteEnv()): CmsConfig {
  const { CMS_URL: url, STRAPI_PREVIEW_TOKEN: token } = env;
  if (!url) throw new Error('Thiếu CMS_URL: không biết lấy bản nháp từ đâu.');
  if (!token) throw new Error('Thiếu STRAPI_PREVIEW_TOKEN: máy chủ xem trước cần token đọc bản nháp của CMS.');
  return { url, token };
}

export class CmsError extends Error {}

export async function cmsGet<T>(config: CmsConfig, path: string, what: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${config.url}${path}`, {
      headers: { Authorization: `Bearer ${config.token}` },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (e) {
    throw new CmsError(`Không kết nối được CMS ${config.url} khi lấy ${what}: ${(e as Error).message}`);
  }
  if (res.status === 401 || res.status === 403) throw new CmsError(`CMS từ chối token khi lấy ${what} (HTTP ${res.status}).`);
  if (!res.ok) throw new CmsError(`CMS trả lỗi HTTP ${res.status} khi lấy ${what}.`);
  return (await res.json()) as T;
}
