// The bench's side of the admin API (lib/admin-api.ts): article documents, and an edit published
// the way the admin panel sends it, the whole form with "Xuất bản".
import { adminLogin, type AdminCall } from '../lib/admin-api.ts';

export type ArticleFields = { documentId: string; slug: string; title: string; body: string };
export type { AdminCall };

export const ARTICLES = '/content-manager/collection-types/api::article.article';

/** Logs in; each call returns the answer's document (`data`), and a call without one throws. */
export async function adminClient(cmsUrl: string, email: string, password: string): Promise<AdminCall<ArticleFields>> {
  const call = await adminLogin(cmsUrl, email, password);
  return async (method, pathname, body) => {
    const json = await call(method, pathname, body);
    if (!json.data) throw new Error(`${method} ${pathname}: câu trả lời không có dữ liệu ${JSON.stringify(json).slice(0, 300)}`);
    return json.data as ArticleFields;
  };
}

type Edit = { title: string; body: string };

/** Reads a published article, changes it with `edit`, and publishes the change: what was sent, and the CMS's answer. */
export async function publishEdit(
  admin: AdminCall<ArticleFields>,
  documentId: string,
  edit: (current: ArticleFields) => Edit,
): Promise<{ sent: Edit; published: ArticleFields }> {
  const sent = edit(await admin('GET', `${ARTICLES}/${documentId}`));
  return { sent, published: await admin('POST', `${ARTICLES}/${documentId}/actions/publish`, sent) };
}

/** Unpublishes a published article, as the admin panel's "Gỡ xuất bản" does. */
export async function unpublishArticle(admin: AdminCall<ArticleFields>, documentId: string): Promise<void> {
  await admin('POST', `${ARTICLES}/${documentId}/actions/unpublish`, {});
}
